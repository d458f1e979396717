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

const char *ustr_glyph_next(const char *s, const char *end)
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

/* The Grapheme_Cluster_Break property, with the classes Unicode retired
 * (emoji base and modifier) read as their successors. */
static int gcb(int32_t cp)
{
	int p = uc_graphemeclusterbreak_property((ucs4_t)cp);
	if (p == GBP_EM)
		return GBP_EXTEND;
	if (p == GBP_EB || p == GBP_EBG || p == GBP_GAZ)
		return GBP_OTHER;
	return p;
}

/* UAX #29 rules GB3 to GB13: does b stay in the cluster that ends with a?
 * gb11: a is a ZWJ after an emoji (and extenders) and b is an emoji;
 * ri_odd: a closes an odd run of regional indicators. */
static int gcb_joins(int a, int b, int gb11, int ri_odd)
{
	if (a == GBP_CR && b == GBP_LF)
		return 1;
	if (a == GBP_CONTROL || a == GBP_CR || a == GBP_LF || b == GBP_CONTROL || b == GBP_CR || b == GBP_LF)
		return 0;
	if (a == GBP_L && (b == GBP_L || b == GBP_V || b == GBP_LV || b == GBP_LVT))
		return 1;
	if ((a == GBP_LV || a == GBP_V) && (b == GBP_V || b == GBP_T))
		return 1;
	if ((a == GBP_LVT || a == GBP_T) && b == GBP_T)
		return 1;
	if (b == GBP_EXTEND || b == GBP_ZWJ || b == GBP_SPACINGMARK || a == GBP_PREPEND)
		return 1;
	if (a == GBP_ZWJ && gb11)
		return 1;
	return a == GBP_RI && b == GBP_RI && ri_odd;
}

const char *ustr_grapheme_next(const char *s, const char *end)
{
	if (s >= end)
		return end;
	if ((unsigned char)s[0] < 0x80 && (s + 1 == end || ((unsigned char)s[1] < 0x80 && !(s[0] == '\r' && s[1] == '\n'))))
		return s + 1;
	int32_t cp;
	const char *p = s + ustr_decode(s, (size_t)(end - s), &cp);
	if (cp < 0)
		return p;
	int prev = gcb(cp);
	int pict = uc_is_property_extended_pictographic((ucs4_t)cp);  /* emoji, extenders since */
	int zwj = 0;                 /* ... and then a ZWJ */
	int ri = prev == GBP_RI;     /* an odd run of regional indicators */
	while (p < end) {
		int32_t c;
		int l = ustr_decode(p, (size_t)(end - p), &c);
		if (c < 0)
			break;
		int next = gcb(c);
		int ep = uc_is_property_extended_pictographic((ucs4_t)c);
		if (!gcb_joins(prev, next, zwj && ep, ri))
			break;
		zwj = pict && next == GBP_ZWJ;
		pict = ep || (pict && next == GBP_EXTEND);
		ri = next == GBP_RI && !(prev == GBP_RI && ri);
		prev = next;
		p += l;
	}
	return p;
}

/* Must a cluster begin at k (start < k)? After a newline, before a CR or
 * a lone LF, and between two ASCII bytes other than CR LF. */
static int cluster_starts(const char *k)
{
	unsigned char a = (unsigned char)k[-1], b = (unsigned char)k[0];
	if (a == '\n' || b == '\r')
		return 1;
	return a < 0x80 && b < 0x80 && !(a == '\r' && b == '\n');
}

const char *ustr_grapheme_prev(const char *start, const char *s)
{
	if (s <= start)
		return start;
	const char *floor = s - start > 1024 ? s - 1024 : start, *k = s - 1;
	while (k > floor && !cluster_starts(k))
		k--;
	while (k > start && ((unsigned char)*k & 0xc0) == 0x80)
		k--;   /* no safe point: a character boundary */
	const char *last = k;
	for (const char *p = k; p < s; p = ustr_grapheme_next(p, s))
		last = p;
	return last;
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

int ustr_is_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return cp > 0 && uc_is_lower((ucs4_t)cp);
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
