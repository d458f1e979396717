/* fuzz-hl.c -- libFuzzer target: the highlight engine on any text.
 *
 * Runs hl_run over the input (with a document date, at a base offset)
 * and checks what hl.h promises of the spans: sorted, not overlapping,
 * non-empty, inside the text, never inside a valid UTF-8 sequence, each with a key, and
 * a value exactly for dates. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "hl.h"
#include "ustr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct hl_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!engine && !(engine = hl_engine_new()))
		abort();
	const char *text = (const char *)data;
	const size_t base = 1000;
	struct hl_doc doc = { .text = text, .len = size, .base = base, .date = "2024-01-11" };
	struct hl_spans sp = { 0 };
	if (hl_run(engine, &doc, &sp) < 0)
		abort();
	/* where characters start: a byte that is not valid UTF-8 is one */
	unsigned char *edge = xcalloc(size + 1, 1);
	for (size_t i = 0; i < size;) {
		int32_t cp;
		edge[i] = 1;
		i += (size_t)ustr_decode(text + i, size - i, &cp);
	}
	edge[size] = 1;
	size_t prev = base;
	for (size_t i = 0; i < sp.n; i++) {
		const struct hl_span *h = &sp.v[i];
		if (h->start < prev || h->end <= h->start || h->end > base + size || h->type >= HL_NTYPES || !h->key)
			abort();
		if (!edge[h->start - base] || !edge[h->end - base])
			abort();
		if ((h->type == HL_DATE) != (h->value != NULL))
			abort();
		prev = h->end;
	}
	free(edge);
	hl_spans_clear(&sp);
	return 0;
}
