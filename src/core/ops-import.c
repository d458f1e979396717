/* ops-import.c -- ops_import: notes back from a JSON export; an import
 * never replaces a note (ops.h). The file is untrusted: it may name only
 * articles of the library, its ranges are checked against the text, its
 * context is trimmed, and each note remembers the annotation it came from
 * (notes.origin) so that importing the same file again adds nothing. */
#include "system.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "anchor.h"
#include "article.h"
#include "core.h"
#include "export.h"
#include "library.h"
#include "links.h"
#include "ops.h"
#include "query.h"
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

/* 1 when [s, e) of the article holds exactly quote. */
static int holds(const struct article *art, size_t s, size_t e, const char *quote)
{
	return s < e && e <= art->len && e - s == strlen(quote) && memcmp(art->data + s, quote, e - s) == 0;
}

/* Anchors n at [s, e) of art: range, quote, context (at most
 * ANCHOR_CONTEXT bytes each side) and the article's hash. Returns 0, or
 * -1 when anchor_make refuses the range. */
static int adopt(struct store_note *n, const struct article *art, size_t s, size_t e)
{
	struct anchor an;
	if (anchor_make(art->data, art->len, s, e, &an) < 0)
		return -1;
	n->start = an.start;
	n->end = an.end;
	memcpy(n->hash, an.hash, sizeof n->hash);
	free(n->quote);
	free(n->prefix);
	free(n->suffix);
	n->quote = an.quote;
	n->prefix = an.prefix;
	n->suffix = an.suffix;
	an.quote = an.prefix = an.suffix = NULL;
	anchor_clear(&an);
	n->orphan = 0;
	return 0;
}

/* Places an imported note on the article as it is now. Nothing of the
 * file is trusted: a byte range (gloss:start/end) is kept only when the
 * article has the hash it was taken on and the range holds the quote;
 * then the position selector, when it holds the quote; then the quote
 * searched as re-anchoring does; else the note is an orphan. An orphan
 * keeps its range for the record only when it lies inside the file, and
 * its context only as far as anchor_trim() lets it. */
static void place(struct export_item *it, const struct article *art)
{
	struct store_note *n = &it->n;
	char cur[17];
	hash64_hex(art->hash, cur);
	anchor_trim(n->prefix, n->suffix);   /* no longer than our own context */
	if (!n->orphan) {
		if (it->has_range && strcmp(n->hash, cur) == 0 && holds(art, n->start, n->end, n->quote) &&
		    adopt(n, art, n->start, n->end) == 0)
			return;
		if (it->cp_start >= 0) {
			int64_t s = byte_of_cp(art->data, art->len, it->cp_start), e = byte_of_cp(art->data, art->len, it->cp_end);
			if (s >= 0 && e > s && holds(art, (size_t)s, (size_t)e, n->quote) && adopt(n, art, (size_t)s, (size_t)e) == 0)
				return;
		}
		/* a range past the end says nothing of where to look */
		int near = it->has_range && n->end <= art->len;
		struct anchor old = { near ? n->start : 0, near ? n->end : 0, n->quote, n->prefix, n->suffix, "" };
		struct anchor_match m;
		anchor_resolve(&old, art->data, art->len, NULL, &m);
		if (m.how != ANCHOR_ORPHAN && adopt(n, art, m.start, m.end) == 0)
			return;
	}
	n->orphan = 1;
	if (!it->has_range || n->end > art->len)
		n->start = n->end = 0;
	if (strlen(n->hash) != 16)
		snprintf(n->hash, sizeof n->hash, "%s", "0000000000000000");
}

/* 1 when relpath is written the way the library's walk names its
 * articles: relative, no empty, "." or ".." component and nothing hidden
 * (a component starting with a dot). Anything else names no article. */
static int article_name(const char *relpath)
{
	const char *c = relpath;
	for (;;) {
		if (*c == '\0' || *c == '/' || *c == '.')
			return 0;
		const char *slash = strchr(c, '/');
		if (!slash)
			return 1;
		c = slash + 1;
	}
}

/* Makes the row of an article that is not in the folder: missing, with
 * the title its file name gives. 1 and *sa filled, or -1. */
static int missing_article(struct library *l, const char *relpath, struct store_article *sa)
{
	struct article *a = art_from_buffer(relpath, xstrdup(""), 0);
	if (!a)
		return -1;
	int64_t id = store_article_put(l->store, relpath, a, -1, 0);
	art_free(&a);
	if (id < 0 || store_article_set_present(l->store, id, 0) < 0)
		return -1;
	return store_article_get(l->store, relpath, sa) > 0 ? 1 : -1;
}

/* The article an annotation names, checked before anything is read:
 * 1 and *sa filled when relpath is a present article of the library that
 * is still a regular file, brought up to date in the sidecar; 2 and *sa
 * filled when relpath names no file of the library but could (a missing
 * article, made when it was not known); 0 when it is none (the error set);
 * -1 on a database error. */
static int import_article(struct library *l, const char *relpath, struct store_article *sa)
{
	if (!article_name(relpath))
		return err_set(_("%s: not an article of the library"), relpath), 0;
	int found = store_article_get(l->store, relpath, sa);
	if (found < 0)
		return -1;
	char *full = lib_path(l, relpath);
	struct stat st;
	int lstat_r = lstat(full, &st);
	int regular = stat(full, &st) == 0 && S_ISREG(st.st_mode);   /* a link to a file, as the walk takes it */
	free(full);
	if ((found == 0 || !sa->present) && lstat_r < 0 && errno == ENOENT && lib_article_file(relpath)) {
		/* Not in this library (yet): its notes are kept as orphans of a
		 * missing article, which a file arriving at that path takes over. */
		int r = found ? 1 : missing_article(l, relpath, sa);
		if (r > 0)
			return 2;
		return r;
	}
	if (found == 0 || !sa->present) {
		store_article_clear(sa);
		return err_set(_("%s: not an article of the library"), relpath), 0;
	}
	if (!regular) {
		store_article_clear(sa);
		return err_set(_("%s: not a regular file"), relpath), 0;
	}
	if (lib_refresh(l, relpath) < 0) {
		store_article_clear(sa);
		return 0;
	}
	store_article_clear(sa);
	int r = store_article_get(l->store, relpath, sa);
	if (r == 0)
		err_set(_("%s: not an article of the library"), relpath);
	return r;
}

/* The key an imported note is known by (notes.origin), made from the
 * annotation as the file has it, before it is placed. A gloss export
 * names note N "urn:x-gloss:note:N", unique only within its library, so
 * the key adds the file, the quote and when the note was made; another
 * tool's annotation adds its context and body too. Caller frees. */
static char *origin_key(const struct store_note *n)
{
	struct sb b = SB_INIT, key = SB_INIT;
	const char *parts[] = { n->path, n->quote, n->created_at ? n->created_at : "",
				n->id > 0 ? "" : n->prefix, n->id > 0 ? "" : n->suffix, n->id > 0 ? "" : n->body };
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		sb_add(&b, parts[i] ? parts[i] : "", strlen(parts[i] ? parts[i] : "") + 1);   /* with its NUL */
	char hex[17];
	hash64_hex(hash64(b.s, b.len), hex);
	if (n->id > 0)
		sb_addf(&key, "urn:x-gloss:note:%lld", (long long)n->id);
	sb_addf(&key, "#%s", hex);
	sb_release(&b);
	return sb_detach(&key);
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

/* How many failed annotations the error names one by one. */
#define IMPORT_ERRORS_SHOWN 5

/* After a failed write the transaction is gone: no note was imported,
 * whatever the loop had counted. Says so before the store's error. */
static int import_lost(struct ops_import_stats *stats)
{
	stats->added = stats->skipped = 0;
	char *why = xstrdup(err_msg());
	err_set(_("no note was imported: %s"), why);
	free(why);
	return -1;
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
	struct article *art = NULL;   /* the article of the last annotation, kept for the next */
	int64_t art_id = 0;
	for (size_t i = 0; i < items.n; i++) {
		struct export_item *it = &items.v[i];
		struct store_note *nt = &it->n;
		free(nt->origin);
		nt->origin = origin_key(nt);
		struct store_article sa = { 0 };
		if (link_has_scheme(nt->path)) {
			/* Another tool's annotation of a web page: the article
			 * saved from that page, when the library has one. */
			struct store_article by;
			if (query_article_by_source(l, nt->path, -1, &by) == 1) {
				free(nt->path);
				nt->path = xstrdup(by.path);
				query_article_clear(&by);
			}
		}
		int found = import_article(l, nt->path, &sa);
		if (found < 0)
			goto db_fail;
		if (found == 0) {
			/* Every failure is named, up to a few; then how many more. */
			if (stats->failed < IMPORT_ERRORS_SHOWN) {
				char *why = xstrdup(err_msg());
				sb_addf(&errors, "%s", errors.len ? "; " : "");
				sb_addf(&errors, _("annotation %zu: %s"), i + 1, why);
				free(why);
			}
			stats->failed++;
			continue;
		}
		if (found == 2)
			stats->orphaned++;
		nt->article_id = sa.id;
		int64_t had = store_note_by_origin(l->store, nt->origin);
		if (had < 0) {
			store_article_clear(&sa);
			goto db_fail;
		}
		if (had > 0) {
			store_article_clear(&sa);
			stats->skipped++;   /* imported before, under this id or another */
			continue;
		}
		if (found == 2) {
			art_free(&art);
			art_id = 0;
		} else if (!art || art_id != sa.id) {
			art_free(&art);
			char *full = lib_path(l, sa.path);
			art = art_load(full);
			free(full);
			art_id = sa.id;
		}
		if (art) {
			place(it, art);
		} else {
			anchor_trim(nt->prefix, nt->suffix);
			nt->orphan = 1;
			nt->start = nt->end = 0;
			/* placed on no text here: the article's first reading must try it */
			if (strlen(nt->hash) != 16 || found == 2)
				snprintf(nt->hash, sizeof nt->hash, "%s", "0000000000000000");
		}
		store_article_clear(&sa);
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
	art_free(&art);
	export_items_clear(&items);
	if (store_commit(l->store) < 0) {
		sb_release(&errors);
		return import_lost(stats);
	}
	if (stats->failed) {
		if (stats->failed > IMPORT_ERRORS_SHOWN)
			sb_addf(&errors, ngettext("; and %ld more", "; and %ld more", (unsigned long)(stats->failed - IMPORT_ERRORS_SHOWN)),
				stats->failed - IMPORT_ERRORS_SHOWN);
		err_set("%s", errors.s);
		sb_release(&errors);
		return -1;
	}
	sb_release(&errors);
	return 0;
db_fail:
	store_rollback(l->store);
	art_free(&art);
	sb_release(&errors);
	export_items_clear(&items);
	return import_lost(stats);
}
