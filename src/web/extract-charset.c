/* extract-charset.c -- a page's or a feed's bytes as UTF-8 (see
 * extract-int.h).
 *
 * The charset is looked for as browsers do (the WHATWG encoding
 * sniffing, shortened): a byte order mark, the label the caller found
 * (for a page, the HTTP header's or a <meta charset> or <meta http-equiv
 * content="...charset=..."> in the first XT_PRESCAN bytes; for a feed,
 * its XML declaration's), else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 when they are not. Labels are mapped to what browsers
 * decode them as (latin1 and ascii as windows-1252, Shift_JIS as CP932,
 * EUC-KR as CP949) and converted with iconv; what iconv cannot convert
 * becomes U+FFFD, one byte at a time. */
#include "system.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "extract-int.h"

#define XT_PRESCAN 8192

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Copies the label at s (up to a quote, ';', space or '>') into buf. */
static int take_label(const char *s, const char *end, char *buf, size_t n)
{
	while (s < end && (is_space((unsigned char)*s) || *s == '=' || *s == '"' || *s == '\''))
		s++;
	size_t k = 0;
	while (s < end && !is_space((unsigned char)*s) && *s != '"' && *s != '\'' && *s != ';' && *s != '>' && *s != ',') {
		if (k + 1 >= n)
			return -1;
		buf[k++] = (char)lower((unsigned char)*s++);
	}
	buf[k] = '\0';
	return k ? 0 : -1;
}

int xt_label(const char *s, const char *end, const char *key, char *buf, size_t n)
{
	size_t k = strlen(key);
	for (; s + k <= end; s++) {
		if (ascii_ncasecmp(s, key, k) != 0)
			continue;
		const char *c = s + k;
		while (c < end && is_space((unsigned char)*c))
			c++;
		return c < end && *c == '=' ? take_label(c + 1, end, buf, n) : -1;
	}
	return -1;
}

/* The charset label of a Content-Type value, in a buffer of n bytes; 0
 * when there is one, else -1. */
static int charset_of_type(const char *content_type, char *buf, size_t n)
{
	return content_type ? xt_label(content_type, content_type + strlen(content_type), "charset", buf, n) : -1;
}

/* The charset label of a <meta> in the first XT_PRESCAN bytes of html,
 * in a buffer of n bytes; 0 when there is one, else -1. */
static int charset_of_meta(const char *html, size_t len, char *buf, size_t n)
{
	const char *end = html + (len < XT_PRESCAN ? len : XT_PRESCAN);
	for (const char *s = html; s + 5 < end; s++) {
		if (s[0] != '<' || ascii_ncasecmp(s + 1, "meta", 4) != 0 || !(is_space((unsigned char)s[5]) || s[5] == '/'))
			continue;
		const char *e = memchr(s, '>', (size_t)(end - s));
		if (!e)
			return -1;
		if (xt_label(s + 5, e, "charset", buf, n) == 0)
			return 0;
		s = e;
	}
	return -1;
}

/* The iconv name browsers decode a label as; NULL for UTF-8 itself. */
static const char *iconv_name(const char *label)
{
	static const struct {
		const char *label, *name;
	} map[] = {
		{ "utf-8", NULL }, { "utf8", NULL }, { "unicode-1-1-utf-8", NULL },
		{ "iso-8859-1", "CP1252" }, { "iso8859-1", "CP1252" }, { "latin1", "CP1252" },
		{ "l1", "CP1252" }, { "ascii", "CP1252" }, { "us-ascii", "CP1252" },
		{ "windows-1252", "CP1252" }, { "cp1252", "CP1252" }, { "x-cp1252", "CP1252" },
		{ "iso-8859-9", "CP1254" }, { "latin5", "CP1254" },
		{ "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
		{ "x-sjis", "CP932" }, { "ms_kanji", "CP932" }, { "windows-31j", "CP932" },
		{ "csshiftjis", "CP932" },
		{ "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" }, { "windows-949", "CP949" },
		{ "x-windows-949", "CP949" }, { "ksc5601", "CP949" },
		{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
		{ "utf-16", "UTF-16LE" },
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(label, map[i].label) == 0)
			return map[i].name;
	return label;
}

/* Length of the valid UTF-8 sequence at s (1 to 4), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	size_t k;
	unsigned min;
	if (c >= 0xc2 && c <= 0xdf)
		k = 2, min = 0x80;
	else if (c >= 0xe0 && c <= 0xef)
		k = 3, min = 0x800;
	else if (c >= 0xf0 && c <= 0xf4)
		k = 4, min = 0x10000;
	else
		return 0;
	if (n < k)
		return 0;
	unsigned cp = c & (0x3f >> (k - 1));
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return k;
}

/* The length of the longest prefix of s that is valid UTF-8 without NUL
 * bytes. */
static size_t valid_prefix(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (i + 8 <= n) {
			/* Eight ASCII bytes, none NUL, at a time. */
			uint64_t x;
			memcpy(&x, u + i, 8);
			if (!(x & 0x8080808080808080ull) && !((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		if (u[i] >= 0x01 && u[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = u[i] ? utf8_seq(u + i, n - i) : 0;
		if (!k)
			break;
		i += k;
	}
	return i;
}

static int valid_utf8(const char *s, size_t n)
{
	return valid_prefix(s, n) == n;
}

/* A copy of s with invalid sequences as U+FFFD and NUL bytes dropped. */
static char *utf8_copy(const char *s, size_t n, size_t *outlen)
{
	size_t i = valid_prefix(s, n);
	if (i == n) {
		*outlen = n;
		return xstrndup(s, n);
	}
	struct sb b = SB_INIT;
	sb_grow(&b, n + 16);
	sb_add(&b, s, i);
	while (i < n) {
		if (s[i])
			sb_adds(&b, "\xef\xbf\xbd");
		i++;
		size_t k = valid_prefix(s + i, n - i);
		sb_add(&b, s + i, k);
		i += k;
	}
	*outlen = b.len;
	return sb_detach(&b);
}

/* s converted from the iconv charset name to UTF-8; NULL when iconv
 * knows no such charset. */
static char *convert(const char *name, const char *s, size_t n, size_t *outlen)
{
	iconv_t cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1)
		return NULL;
	struct sb b = SB_INIT;
	char *in = (char *)s;
	size_t left = n;
	char chunk[4096];
	while (left > 0) {
		char *o = chunk;
		size_t room = sizeof chunk;
		size_t r = iconv(cd, &in, &left, &o, &room);
		sb_add(&b, chunk, (size_t)(o - chunk));
		if (r == (size_t)-1 && errno != E2BIG) {
			/* EILSEQ or EINVAL: one byte as U+FFFD, and on. */
			sb_adds(&b, "\xef\xbf\xbd");
			in++;
			left--;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	char *o = chunk;
	size_t room = sizeof chunk;
	iconv(cd, NULL, NULL, &o, &room);
	sb_add(&b, chunk, (size_t)(o - chunk));
	iconv_close(cd);
	/* NUL bytes would end the document early. */
	size_t w = 0;
	for (size_t i = 0; i < b.len; i++)
		if (b.s[i])
			b.s[w++] = b.s[i];
	b.len = w;
	if (b.cap)
		b.s[w] = '\0';
	*outlen = b.len;
	return sb_detach(&b);
}

char *xt_decode(const char *s, size_t len, const char *label, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	const char *name = NULL;
	if (len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		/* A BOM wins over a label, as in browsers. */
		return utf8_copy(s + 3, len - 3, outlen);
	} else if (len >= 2 && u[0] == 0xff && u[1] == 0xfe) {
		name = "UTF-16LE", s += 2, len -= 2;
	} else if (len >= 2 && u[0] == 0xfe && u[1] == 0xff) {
		name = "UTF-16BE", s += 2, len -= 2;
	} else if (label) {
		name = iconv_name(label);
		/* Bytes that say UTF-16 in ASCII are not UTF-16. */
		if (name && ascii_ncasecmp(name, "utf-16", 6) == 0)
			name = NULL;
	} else if (!valid_utf8(s, len)) {
		name = "CP1252";
	}
	if (name) {
		char *r = convert(name, s, len, outlen);
		if (r)
			return r;
		if (!valid_utf8(s, len) && (r = convert("CP1252", s, len, outlen)))
			return r;
	}
	return utf8_copy(s, len, outlen);
}

char *xt_to_utf8(const char *html, size_t len, const char *content_type, size_t *outlen)
{
	char label[64];
	int found = charset_of_type(content_type, label, sizeof label) == 0 ||
		    charset_of_meta(html, len, label, sizeof label) == 0;
	return xt_decode(html, len, found ? label : NULL, outlen);
}
