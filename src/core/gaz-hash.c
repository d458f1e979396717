/* gaz-hash.c -- the folded-key hash and the table lookup, shared by the
 * engine and by the build-time generator of its tables (gaz-gen.c), which
 * must agree on every bit. */
#include "system.h"

#include "hl-impl.h"

uint64_t hl_hash_more(uint64_t h, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n; i++) {
		unsigned c = p[i];
		if (c == '.')
			continue;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		else if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x99 || p[i + 2] == 0x98)) {
			c = '\'';  /* a curly apostrophe is the same letter as a straight one */
			i += 2;
		} else if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9E && p[i + 1] != 0x97) {
			/* Latin-1 capitals fold too, so "SÃO" finds "são" */
			h = (h ^ c) * 0x100000001b3ULL;
			c = p[++i] + 0x20;
		}
		h = (h ^ c) * 0x100000001b3ULL;
	}
	return h;
}

const struct hl_lex *gaz_lookup(const struct hl_lex *slot, size_t mask, uint64_t h)
{
	if (!h)
		h = 1;
	for (size_t i = gaz_slot_of(h, mask);; i = (i + 1) & mask) {
		const struct hl_lex *x = &slot[i];
		if (x->h == h)
			return x;
		if (!x->h)
			return NULL;
	}
}
