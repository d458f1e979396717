/* gaz-hash.c -- the folded-key hash and the table lookup, shared by the
 * engine and by the build-time generator of its tables (gaz-gen.c), which
 * must agree on every bit. */
#include "system.h"

#include "hl-impl.h"

uint64_t hl_hash(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t h = HL_HASH_INIT, w = 0;
	size_t nf = 0;  /* folded bytes so far */
#define PUT(b) do { \
		w |= (uint64_t)(b) << (8 * (nf & 7)); \
		if ((++nf & 7) == 0) { \
			h = hl_hash_step(h, w); \
			w = 0; \
		} \
	} while (0)
	for (size_t i = 0; i < n; i++) {
		unsigned c = p[i];
		if (c == '.')
			continue;
		if (c >= 'A' && c <= 'Z') {
			c += 32;
		} else if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 &&
			   (p[i + 2] == 0x99 || p[i + 2] == 0x98)) {
			c = '\'';  /* a curly apostrophe is the same letter as a straight one */
			i += 2;
		} else if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9E &&
			   p[i + 1] != 0x97) {
			/* Latin-1 capitals fold too, so "SÃO" finds "são" */
			PUT(c);
			c = p[++i] + 0x20;
		}
		PUT(c);
	}
#undef PUT
	if (nf & 7)
		h = hl_hash_step(h, w);
	return hl_hash_final(h, nf);
}
