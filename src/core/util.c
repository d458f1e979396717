/* util.c -- allocation that aborts, string buffers, the last error.
 *
 * The only place in the core allowed to end the process: when memory runs
 * out there is nothing sensible left to do. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

const char sb_empty[1] = "";

static void oom(size_t n)
{
	fprintf(stderr, "gloss: out of memory (%zu bytes)\n", n);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom(n * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t c = *cap ? *cap : 8;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			oom(SIZE_MAX);
		c *= 2;
	}
	if (size && c > SIZE_MAX / size)
		oom(SIZE_MAX);
	p = xrealloc(p, c * size);
	*cap = c;
	return p;
}

void xfree(void *pp)
{
	void **p = pp;
	free(*p);
	*p = NULL;
}

void iso_utc(char out[21], time_t t)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void sb_init(struct sb *b)
{
	b->s = (char *)sb_empty;
	b->len = b->cap = 0;
}

void sb_grow(struct sb *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t c = b->cap ? b->cap : 32;
	while (c < need)
		c *= 2;
	if (b->cap == 0) {
		char *s = xmalloc(c);
		memcpy(s, b->s, b->len + 1);
		b->s = s;
	} else {
		b->s = xrealloc(b->s, c);
	}
	b->cap = c;
}

void sb_add(struct sb *b, const void *data, size_t n)
{
	if (!n)
		return;
	sb_grow(b, n);
	memcpy(b->s + b->len, data, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_adds(struct sb *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void sb_addc(struct sb *b, int c)
{
	sb_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}

void sb_vaddf(struct sb *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n <= 0)
		return;
	sb_grow(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void sb_addf(struct sb *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(b, fmt, ap);
	va_end(ap);
}

void sb_reset(struct sb *b)
{
	b->len = 0;
	if (b->cap)
		b->s[0] = '\0';
}

char *sb_detach(struct sb *b)
{
	char *s = b->cap ? b->s : xstrdup("");
	sb_init(b);
	return s;
}

void sb_release(struct sb *b)
{
	if (b->cap)
		free(b->s);
	sb_init(b);
}

/* Length of the valid UTF-8 sequence at s, or 0 (RFC 3629: no overlong
 * forms, no surrogates, nothing past U+10FFFF). util sits below ustr, so
 * it checks the structure itself rather than asking libunistring. */
static size_t utf8_len(const char *str, size_t n)
{
	const unsigned char *p = (const unsigned char *)str;
	size_t len;
	unsigned lo = 0x80, hi = 0xbf;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		len = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		if (p[0] == 0xe0) lo = 0xa0;
		if (p[0] == 0xed) hi = 0x9f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		if (p[0] == 0xf0) lo = 0x90;
		if (p[0] == 0xf4) hi = 0x8f;
	} else {
		return 0;
	}
	if (n < len || p[1] < lo || p[1] > hi)
		return 0;
	for (size_t k = 2; k < len; k++)
		if (p[k] < 0x80 || p[k] > 0xbf)
			return 0;
	return len;
}

void sb_add_json(struct sb *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	sb_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': sb_add(b, "\\\"", 2); break;
		case '\\': sb_add(b, "\\\\", 2); break;
		case '\n': sb_add(b, "\\n", 2); break;
		case '\r': sb_add(b, "\\r", 2); break;
		case '\t': sb_add(b, "\\t", 2); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
				sb_add(b, u, 6);
			} else if (c < 0x80) {
				sb_addc(b, c);
			} else {
				/* JSON must be UTF-8: a byte that does not start a
				 * valid sequence becomes U+FFFD. */
				size_t l = utf8_len(s + i, n - i);
				if (l == 0) {
					sb_add(b, "\\ufffd", 6);
				} else {
					sb_add(b, s + i, l);
					i += l - 1;
				}
			}
		}
	}
	sb_addc(b, '"');
}

static char errbuf[1024];

int err_set(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(errbuf, sizeof errbuf, fmt, ap);
	va_end(ap);
	return -1;
}

const char *err_msg(void)
{
	return errbuf[0] ? errbuf : _("unknown error");
}

void err_clear(void)
{
	errbuf[0] = '\0';
}

uint64_t hash64(const void *data, size_t n)
{
	/* FNV-1a on 64-bit lanes with a final avalanche: a few GB/s, and the
	 * same value on every machine because lanes are read little-endian. */
	const unsigned char *p = data;
	uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)n;
	const uint64_t prime = 0x100000001b3ULL;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w = 0;
		for (int k = 7; k >= 0; k--)
			w = (w << 8) | p[i + (size_t)k];
		h = (h ^ w) * prime;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ p[i]) * prime;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

void hash64_hex(uint64_t h, char out[17])
{
	static const char hex[] = "0123456789abcdef";
	for (int i = 15; i >= 0; i--) {
		out[i] = hex[h & 15];
		h >>= 4;
	}
	out[16] = '\0';
}

char *read_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		err_set("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		err_set("%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		err_set(_("%s: is a directory"), path);
		close(fd);
		return NULL;
	}
	size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
	char *buf = xmalloc(cap);
	size_t n = 0;
	for (;;) {
		if (n + 1 >= cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			err_set("%s: %s", path, strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	buf[n] = '\0';
	*len = n;
	return buf;
}

int write_file_atomic(const char *path, const void *data, size_t n, int overwrite)
{
	if (!overwrite && access(path, F_OK) == 0)
		return err_set(_("%s: file exists (use --force to overwrite)"), path);
	struct sb tmp = SB_INIT;
	sb_addf(&tmp, "%s.tmp.XXXXXX", path);
	int fd = mkstemp(tmp.s);
	if (fd < 0) {
		err_set("%s: %s", path, strerror(errno));
		sb_release(&tmp);
		return -1;
	}
	const char *p = data;
	size_t left = n;
	while (left) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		p += w;
		left -= (size_t)w;
	}
	if (fchmod(fd, 0644) < 0 || fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (!overwrite) {
		/* link() fails if path appeared meanwhile: never replace a file
		 * the caller did not allow us to replace. */
		if (link(tmp.s, path) < 0) {
			if (errno == EEXIST)
				err_set(_("%s: file exists (use --force to overwrite)"), path);
			else
				err_set("%s: %s", path, strerror(errno));
			unlink(tmp.s);
			sb_release(&tmp);
			return -1;
		}
		unlink(tmp.s);
	} else if (rename(tmp.s, path) < 0) {
		goto fail;
	}
	sb_release(&tmp);
	return 0;
fail:
	err_set("%s: %s", path, strerror(errno));
	if (fd >= 0)
		close(fd);
	unlink(tmp.s);
	sb_release(&tmp);
	return -1;
}

int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z') x += 32;
		if (y >= 'A' && y <= 'Z') y += 32;
		if (x != y || !x)
			return x - y;
	}
}

int ascii_ncasecmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z') x += 32;
		if (y >= 'A' && y <= 'Z') y += 32;
		if (x != y || !x)
			return x - y;
	}
	return 0;
}
