/* fuzz-json.c -- libFuzzer target: any bytes as a file for import-notes.
 *
 * export_json_read (jansson under json_read's limits) reads the input;
 * what it accepts is written again with export_json and read back, and
 * must come back the same: the path byte for byte (percent-encoded in the
 * IRI where it is not UTF-8), quote, context, body, tags and gloss's own
 * fields. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct export_items in = { 0 }, back = { 0 };
	if (export_json_read((const char *)data, size, &in) < 0) {
		export_items_clear(&in);
		return 0;
	}
	struct export_note *v = xcalloc(in.n + 1, sizeof *v);
	for (size_t i = 0; i < in.n; i++) {
		v[i].n = &in.v[i].n;
		v[i].cp_start = in.v[i].cp_start;
		v[i].cp_end = in.v[i].cp_end;
	}
	struct export_set set = { v, in.n, "fuzz", "2024-01-01T00:00:00Z" };
	struct sb out = SB_INIT;
	export_json(&set, &out);
	if (export_json_read(out.s, out.len, &back) < 0 || back.n != in.n)
		abort();
	for (size_t i = 0; i < in.n; i++) {
		const struct store_note *a = &in.v[i].n, *b = &back.v[i].n;
		if (strcmp(a->path, b->path) != 0 || !same(a->quote, b->quote) || !same(a->prefix, b->prefix) ||
		    !same(a->suffix, b->suffix) || !same(a->body, b->body) || !same(a->tags, b->tags) ||
		    !same(a->title, b->title) || a->orphan != b->orphan || strcmp(a->hash, b->hash) != 0)
			abort();
		if (in.v[i].has_range && (!back.v[i].has_range || a->start != b->start || a->end != b->end))
			abort();
		if (a->id > 0 && a->id != b->id)
			abort();
	}
	sb_release(&out);
	free(v);
	export_items_clear(&in);
	export_items_clear(&back);
	return 0;
}
