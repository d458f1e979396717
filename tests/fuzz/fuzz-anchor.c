/* fuzz-anchor.c -- libFuzzer target: anchoring against a slow reference.
 *
 * The input is two bytes of range, then an article text; the same text
 * without the passage's first byte stands for the article after an edit.
 * anchor_make must accept exactly the ranges anchor.c allows (non-empty,
 * inside, on boundaries, no NUL, valid UTF-8) and take
 * the quote and context it says; anchor_find must agree with a byte-by-byte
 * count; anchor_resolve on the unchanged text must give the same range,
 * and on the edited text a range inside it that holds the quote when it
 * calls the match exact. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "core.h"
#include "ustr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* anchor_find as anchor.h states it, one offset at a time. */
static size_t slow_count(const char *t, size_t len, size_t from, const char *q, size_t qn, size_t *first)
{
	size_t n = 0;
	for (size_t i = from; i + qn <= len; i++)
		if (memcmp(t + i, q, qn) == 0 && n++ == 0)
			*first = i;
	return n;
}

static size_t slow_find(const char *t, size_t len, size_t from, const char *q, size_t *first)
{
	size_t qn = strlen(q);
	if (qn == 0 || from > len)
		return 0;
	size_t n = slow_count(t, len, from, q, qn, first);
	if (n == 0 && from > 0)
		n = slow_count(t, len, 0, q, qn, first);
	return n;
}

static int valid_range(const char *t, size_t len, size_t s, size_t e)
{
	return s < e && e <= len && anchor_boundary(t, len, s) && anchor_boundary(t, len, e) &&
	       !memchr(t + s, '\0', e - s) && ustr_invalid_at(t + s, e - s) == e - s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	size_t s = data[0], e = data[1];
	const char *text = (const char *)data + 2;
	size_t len = size - 2;
	struct anchor a = { 0 };
	int ok = anchor_make(text, len, s, e, &a) == 0;
	if (ok != valid_range(text, len, s, e))
		abort();
	if (!ok)
		return 0;
	if (a.start != s || a.end != e || strlen(a.quote) != e - s || memcmp(a.quote, text + s, e - s) != 0)
		abort();
	size_t pn = strlen(a.prefix), sn = strlen(a.suffix);
	if (pn > ANCHOR_CONTEXT || sn > ANCHOR_CONTEXT || pn > s || memcmp(a.prefix, text + s - pn, pn) != 0 ||
	    e + sn > len || memcmp(a.suffix, text + e, sn) != 0)
		abort();

	size_t from = len ? data[0] % (len + 1) : 0, f1 = 0, f2 = 0;
	size_t n1 = anchor_find(text, len, from, a.quote, &f1);
	size_t n2 = slow_find(text, len, from, a.quote, &f2);
	if (n1 != n2 || (n1 && f1 != f2))
		abort();

	char hash[17];
	hash64_hex(hash64(text, len), hash);
	struct anchor_match m;
	anchor_resolve(&a, text, len, hash, &m);
	if (m.how != ANCHOR_SAME || m.start != s || m.end != e)
		abort();

	/* the same article with the first byte of the quote gone */
	char *edit = xmalloc(len);
	memcpy(edit, text, s);
	memcpy(edit + s, text + s + 1, len - s - 1);
	size_t elen = len - 1;
	hash64_hex(hash64(edit, elen), hash);
	anchor_resolve(&a, edit, elen, hash, &m);
	if (m.how != ANCHOR_ORPHAN) {
		if (m.start > m.end || m.end > elen)
			abort();
		if (m.how == ANCHOR_EXACT && (m.end - m.start != e - s || memcmp(edit + m.start, a.quote, e - s) != 0))
			abort();
	}
	free(edit);
	anchor_clear(&a);
	return 0;
}
