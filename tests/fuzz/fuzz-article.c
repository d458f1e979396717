/* fuzz-article.c -- libFuzzer target: any bytes as an article file.
 *
 * Loads the bytes as an article, then walks every paragraph through the
 * sanitizer; checks that ranges stay inside the file and that the visible
 * form never holds a control byte. Build with ./configure --enable-fuzzing
 * CC=clang, run: tests/fuzz/fuzz-article -dict=tests/fuzz/article.dict */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "core.h"
#include "sanitize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = xmalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	struct article *a = art_from_buffer("fuzz.txt", copy, size);
	if (!a)
		return 0;
	if (a->body > a->len)
		abort();
	struct sb b = SB_INIT;
	for (size_t i = 0; i < a->npara; i++) {
		const struct art_para *p = &a->para[i];
		if (p->start > p->end || p->end > a->len || p->start < a->body)
			abort();
		sb_reset(&b);
		san_append(&b, a->data + p->start, p->end - p->start, 0);
		for (size_t k = 0; k < b.len; k++)
			if ((unsigned char)b.s[k] < 0x20 || (unsigned char)b.s[k] == 0x7f)
				abort();
	}
	char *t = san_str(a->title, 0);
	free(t);
	sb_release(&b);
	art_free(&a);
	return 0;
}
