/* ops-import.c -- ops_import: notes back from a JSON export; an import
 * never replaces a note (ops.h). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "article.h"
#include "core.h"
#include "export.h"
#include "library.h"
#include "ops.h"
#include "store.h"
#include "store-notes.h"
#include "ustr.h"

/* Byte offset of code point cp in s, or -1 past the end. */
static int64_t byte_of_cp(const char *s, size_t len, int64_t cp)
{
	size_t i = 0;
	for (int64_t k = 0; k < cp; k++) {
		if (i >= len)
			return -1;
		int32_t c;
		i += (size_t)ustr_decode(s + i, len - i, &c);
	}
	return (int64_t)i;
}

/* Places an imported note that gloss did not anchor (another tool's
 * annotation, or no byte range): the position selector when it still
 * holds the quote, else the quote searched as re-anchoring does. */
static void place(struct store_note *n, const struct article *art, int64_t cp_start, int64_t cp_end)
{
	if (cp_start >= 0) {
		int64_t s = byte_of_cp(art->data, art->len, cp_start), e = byte_of_cp(art->data, art->len, cp_end);
		if (s >= 0 && e > s && (size_t)(e - s) == strlen(n->quote) && memcmp(art->data + s, n->quote, (size_t)(e - s)) == 0) {
			n->start = (size_t)s;
			n->end = (size_t)e;
			hash64_hex(art->hash, n->hash);
			n->orphan = 0;
			return;
		}
	}
	struct anchor old = { n->start, n->end, n->quote, n->prefix, n->suffix, "" };
	struct anchor_match m;
	anchor_resolve(&old, art->data, art->len, NULL, &m);
	struct anchor an;
	if (m.how != ANCHOR_ORPHAN && anchor_make(art->data, art->len, m.start, m.end, &an) == 0) {
		n->start = an.start;
		n->end = an.end;
		memcpy(n->hash, an.hash, sizeof n->hash);
		free(n->prefix);
		free(n->suffix);
		n->prefix = an.prefix;
		n->suffix = an.suffix;
		an.prefix = an.suffix = NULL;
		anchor_clear(&an);
		n->orphan = 0;
		return;
	}
	n->orphan = 1;
}

/* 1 when the sidecar already holds this very note (an import run twice). */
static int same_note(struct library *l, const struct store_note *n)
{
	struct store_note have = { 0 };
	int r = store_note_get(l->store, n->id, &have);
	if (r <= 0)
		return r;
	r = have.article_id == n->article_id && strcmp(have.quote, n->quote) == 0 && strcmp(have.body, n->body) == 0 ? 1 : 2;
	store_note_clear(&have);
	return r;
}

int ops_import(struct library *l, const char *json, size_t n, struct ops_import_stats *stats)
{
	memset(stats, 0, sizeof *stats);
	struct export_items items = { 0 };
	if (export_json_read(json, n, &items) < 0) {
		export_items_clear(&items);
		return -1;
	}
	struct sb errors = SB_INIT;
	if (store_begin(l->store) < 0) {
		export_items_clear(&items);
		return -1;
	}
	for (size_t i = 0; i < items.n; i++) {
		struct export_item *it = &items.v[i];
		struct store_note *nt = &it->n;
		struct store_article sa = { 0 };
		int found = store_article_get(l->store, nt->path, &sa);
		if (found == 0 && lib_refresh(l, nt->path) > 0)
			found = store_article_get(l->store, nt->path, &sa);
		if (found <= 0) {
			if (found < 0)
				goto db_fail;
			stats->failed++;
			sb_reset(&errors);
			sb_addf(&errors, _("annotation %zu: %s: not an article of the library"), i + 1, nt->path);
			continue;
		}
		nt->article_id = sa.id;
		if (!it->has_range || strlen(nt->hash) != 16 || ustr_invalid_at(nt->quote, strlen(nt->quote)) != strlen(nt->quote)) {
			char *full = lib_path(l, sa.path);
			struct article *art = art_load(full);
			free(full);
			if (art) {
				place(nt, art, it->cp_start, it->cp_end);
			} else {
				nt->orphan = 1;
				if (strlen(nt->hash) != 16)
					snprintf(nt->hash, sizeof nt->hash, "%s", "0000000000000000");
			}
			art_free(&art);
		}
		store_article_clear(&sa);
		if (nt->end < nt->start)
			nt->end = nt->start;
		if (nt->id > 0) {
			int same = same_note(l, nt);
			if (same < 0)
				goto db_fail;
			if (same == 1) {
				stats->skipped++;
				continue;
			}
			if (same == 2)
				nt->id = 0;   /* the id is taken by another note: a new one */
		}
		if (store_note_insert(l->store, nt) < 0)
			goto db_fail;
		stats->added++;
	}
	if (store_commit(l->store) < 0) {
		sb_release(&errors);
		export_items_clear(&items);
		return -1;
	}
	export_items_clear(&items);
	if (stats->failed) {
		err_set("%s", errors.s);
		sb_release(&errors);
		return -1;
	}
	sb_release(&errors);
	return 0;
db_fail:
	store_rollback(l->store);
	sb_release(&errors);
	export_items_clear(&items);
	stats->added = 0;
	return -1;
}
