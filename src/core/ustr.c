/* ustr.c -- libunistring behind a small interface (see ustr.h).
 *
 * Kept tiny on purpose: if gloss ever swaps libunistring for tables of its
 * own (as less does), only this file changes. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "util.h"
#include "ustr.h"

int ustr_decode(const char *s, size_t n, int32_t *cp)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	ucs4_t uc;
	int len = u8_mbtoucr(&uc, (const uint8_t *)s, n);
	if (len <= 0) {
		*cp = -1;
		return 1;
	}
	*cp = (int32_t)uc;
	return len;
}

size_t ustr_invalid_at(const char *s, size_t n)
{
	const uint8_t *bad = u8_check((const uint8_t *)s, n);
	return bad ? (size_t)(bad - (const uint8_t *)s) : n;
}

int ustr_cp_width(int32_t cp)
{
	if (cp < 0)
		return -1;
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return -1;
	if (cp < 0x7f)
		return 1;
	int w = uc_width((ucs4_t)cp, "UTF-8");
	return w < 0 ? -1 : w;
}

const char *ustr_grapheme_next(const char *s, const char *end)
{
	if (s >= end)
		return end;
	/* ASCII followed by ASCII is always a cluster boundary, except CR LF. */
	if ((unsigned char)s[0] < 0x80 && (s + 1 == end || ((unsigned char)s[1] < 0x80 && !(s[0] == '\r' && s[1] == '\n'))))
		return s + 1;
	const uint8_t *next = u8_grapheme_next((const uint8_t *)s, (const uint8_t *)end);
	if (!next || (const char *)next <= s)
		return s + 1;
	return (const char *)next;
}

void ustr_linebreaks(const char *s, size_t n, char *brk)
{
	if (n == 0)
		return;
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", brk);
	for (size_t i = 0; i < n; i++) {
		switch (brk[i]) {
		case UC_BREAK_POSSIBLE: brk[i] = USTR_BRK_ALLOWED; break;
		case UC_BREAK_MANDATORY: brk[i] = USTR_BRK_MANDATORY; break;
		default: brk[i] = USTR_BRK_NONE; break;
		}
	}
}

int ustr_is_alpha(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	return cp > 0 && uc_is_alpha((ucs4_t)cp);
}

int ustr_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return cp > 0 && uc_is_upper((ucs4_t)cp);
}

int ustr_is_digit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return cp > 0 && uc_is_digit((ucs4_t)cp);
}

int ustr_is_format(int32_t cp)
{
	return cp > 0 && uc_is_general_category((ucs4_t)cp, UC_CATEGORY_Cf);
}

char *ustr_lower(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n || ustr_invalid_at(s, n) != n) {
		/* ASCII fast path, and the byte-wise path for invalid input. */
		char *out = xstrndup(s, n);
		for (size_t k = 0; k < n; k++)
			if (out[k] >= 'A' && out[k] <= 'Z')
				out[k] = (char)(out[k] + 32);
		return out;
	}
	size_t len = 0;
	uint8_t *r = u8_tolower((const uint8_t *)s, n, NULL, NULL, NULL, &len);
	if (!r)
		return xstrndup(s, n);
	char *out = xstrndup((const char *)r, len);
	free(r);
	return out;
}

size_t ustr_width(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		i += (size_t)ustr_decode(s + i, n - i, &cp);
		int cw = ustr_cp_width(cp);
		if (cw > 0)
			w += (size_t)cw;
	}
	return w;
}
