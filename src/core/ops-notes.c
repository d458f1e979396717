/* ops-notes.c -- named operations on notes and tags (ops.h); the undo
 * of what they log is ops-undo.c, exports ops-export.c, imports
 * ops-import.c, mentions ops-mentions.c.
 *
 * Each op checks its input, does its writes and its undo entry in one
 * transaction (store_begin nests), and leaves a message on failure. Ops
 * never print and never draw: the front end shows err_msg() and redraws.
 * An op must never lose a note: deletes are soft, re-anchoring only moves
 * a note when anchor.c is sure, and an import never replaces a note. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "article.h"
#include "core.h"
#include "library.h"
#include "ops.h"
#include "ops-internal.h"
#include "store.h"
#include "store-notes.h"
#include "ustr.h"

/* ---- helpers ---- */

static int article_of(struct library *l, const char *relpath, struct store_article *sa)
{
	int r = store_article_get(l->store, relpath, sa);
	if (r == 0)
		return err_set(_("%s: not an article of the library"), relpath);
	return r < 0 ? -1 : 0;
}

const struct article *ops_text_of(struct library *l, const char *relpath, const struct article *a,
				  struct article **own)
{
	*own = NULL;
	if (a)
		return a;
	char *full = lib_path(l, relpath);
	*own = art_load(full);
	free(full);
	return *own;
}

static int valid_body(const char *body)
{
	size_t n = strlen(body);
	if (ustr_invalid_at(body, n) != n)
		return err_set(_("the note is not valid UTF-8"));
	return 0;
}

/* Puts "what: " before the current error. err_msg() is the buffer
 * err_set() writes into, so it is copied first. */
static int err_prefix(const char *what)
{
	char *m = xstrdup(err_msg());
	err_set("%s: %s", what, m);
	free(m);
	return -1;
}

int fail_rollback(struct library *l)
{
	store_rollback(l->store);
	return -1;
}

/* ---- notes ---- */

int64_t ops_note_add(struct library *l, const char *relpath, const struct article *a,
		     const struct ops_note_spec *spec)
{
	if (spec->body && valid_body(spec->body) < 0)
		return -1;
	for (size_t i = 0; i < spec->ntags; i++)
		if (!store_tag_valid(spec->tags[i]))
			return err_set(_("'%s' is not a valid tag (empty, over 100 bytes, or with a comma or control character)"),
				       spec->tags[i]);
	struct article *own;
	const struct article *art = ops_text_of(l, relpath, a, &own);
	if (!art)
		return -1;   /* art_load's message names the file */
	struct store_article sa = { 0 };
	struct anchor an = { 0 };
	struct sb tags = SB_INIT;
	int64_t id = -1;
	char hex[17];
	hash64_hex(art->hash, hex);
	if (article_of(l, relpath, &sa) < 0)
		goto out;
	if (strcmp(sa.hash, hex) != 0 && lib_refresh(l, relpath) < 0)
		goto out;   /* the sidecar saw an older version: bring it up to date */
	size_t start = spec->start, end = spec->end;
	if (spec->quote) {
		if (!spec->quote[0]) {
			err_set(_("the quote is empty"));
			goto out;
		}
		size_t count = anchor_find(art->data, art->len, art->body, spec->quote, &start);
		if (count == 0) {
			err_set(_("%s: the quote is not in the article"), relpath);
			goto out;
		}
		if (count > 1) {
			err_set(ngettext("%s: the quote occurs %zu time; give a longer quote or --range START:END",
					 "%s: the quote occurs %zu times; give a longer quote or --range START:END", count),
				relpath, count);
			goto out;
		}
		end = start + strlen(spec->quote);
	}
	if (anchor_make(art->data, art->len, start, end, &an) < 0) {
		err_prefix(relpath);
		goto out;
	}
	for (size_t i = 0; i < spec->ntags; i++) {
		if (i)
			sb_addc(&tags, ',');
		sb_adds(&tags, spec->tags[i]);
	}
	struct store_note n = {
		.article_id = sa.id, .start = an.start, .end = an.end,
		.quote = an.quote, .prefix = an.prefix, .suffix = an.suffix,
		.body = (char *)(spec->body ? spec->body : ""), .tags = tags.s,
	};
	memcpy(n.hash, an.hash, sizeof n.hash);
	if (store_begin(l->store) < 0)
		goto out;
	id = store_note_insert(l->store, &n);
	if (id < 0 || store_undo_push(l->store, OPS_NOTE_ADD, id, NULL) < 0 || store_commit(l->store) < 0) {
		fail_rollback(l);
		id = -1;
	}
out:
	anchor_clear(&an);
	sb_release(&tags);
	store_article_clear(&sa);
	art_free(&own);
	return id;
}

/* The note must exist and be live for an edit. */
static int live_note(struct library *l, int64_t id, struct store_note *n)
{
	int r = store_note_get(l->store, id, n);
	if (r < 0)
		return -1;
	if (r == 0)
		return err_set(_("no note %lld"), (long long)id);
	if (n->deleted_at) {
		store_note_clear(n);
		return err_set(_("note %lld is deleted (gloss note restore %lld brings it back)"), (long long)id, (long long)id);
	}
	return 0;
}

int ops_note_edit(struct library *l, int64_t id, const char *body)
{
	if (valid_body(body) < 0)
		return -1;
	struct store_note n = { 0 };
	if (live_note(l, id, &n) < 0)
		return -1;
	int r = -1;
	if (strcmp(n.body, body) == 0) {
		r = 0;   /* nothing changed: nothing to undo either */
	} else if (store_begin(l->store) == 0) {
		if (store_note_set_body(l->store, id, body) < 0 ||
		    store_undo_push(l->store, OPS_NOTE_EDIT, id, n.body) < 0 || store_commit(l->store) < 0)
			fail_rollback(l);
		else
			r = 0;
	}
	store_note_clear(&n);
	return r;
}

int ops_note_delete(struct library *l, int64_t id)
{
	struct store_note n = { 0 };
	if (live_note(l, id, &n) < 0)
		return -1;
	store_note_clear(&n);
	if (store_begin(l->store) < 0)
		return -1;
	if (store_note_set_deleted(l->store, id, 1) < 0 || store_undo_push(l->store, OPS_NOTE_DELETE, id, NULL) < 0)
		return fail_rollback(l);
	return store_commit(l->store);
}

int ops_note_restore(struct library *l, int64_t id)
{
	struct store_note n = { 0 };
	int r = store_note_get(l->store, id, &n);
	if (r <= 0)
		return r < 0 ? -1 : err_set(_("no note %lld"), (long long)id);
	int deleted = n.deleted_at != NULL;
	store_note_clear(&n);
	if (!deleted)
		return err_set(_("note %lld is not deleted"), (long long)id);
	if (store_begin(l->store) < 0)
		return -1;
	if (store_note_set_deleted(l->store, id, 0) < 0 || store_undo_push(l->store, OPS_NOTE_RESTORE, id, NULL) < 0)
		return fail_rollback(l);
	return store_commit(l->store);
}

static int tag_or_untag(struct library *l, int64_t id, const char *tag, int add)
{
	struct store_note n = { 0 };
	if (live_note(l, id, &n) < 0)
		return -1;
	store_note_clear(&n);
	if (store_begin(l->store) < 0)
		return -1;
	int changed = 0;
	int r = add ? store_note_tag(l->store, id, tag, &changed) : store_note_untag(l->store, id, tag, &changed);
	if (r < 0 || (changed && store_undo_push(l->store, add ? OPS_NOTE_TAG : OPS_NOTE_UNTAG, id, tag) < 0))
		return fail_rollback(l);
	return store_commit(l->store);
}

int ops_note_tag(struct library *l, int64_t id, const char *tag)
{
	return tag_or_untag(l, id, tag, 1);
}

int ops_note_untag(struct library *l, int64_t id, const char *tag)
{
	return tag_or_untag(l, id, tag, 0);
}

char *ops_anchor_json(const struct store_note *n)
{
	struct sb b = SB_INIT;
	sb_addf(&b, "{\"start\":%zu,\"end\":%zu,\"orphan\":%d,\"hash\":", n->start, n->end, n->orphan ? 1 : 0);
	sb_add_json(&b, n->hash, strlen(n->hash));
	sb_adds(&b, ",\"quote\":");
	sb_add_json(&b, n->quote, strlen(n->quote));
	sb_adds(&b, ",\"prefix\":");
	sb_add_json(&b, n->prefix, strlen(n->prefix));
	sb_adds(&b, ",\"suffix\":");
	sb_add_json(&b, n->suffix, strlen(n->suffix));
	sb_addc(&b, '}');
	return sb_detach(&b);
}

int ops_note_reattach(struct library *l, int64_t id, const struct article *a, size_t start, size_t end)
{
	struct store_note n = { 0 };
	if (live_note(l, id, &n) < 0)
		return -1;
	struct article *own;
	const struct article *art = ops_text_of(l, n.path, a, &own);
	struct anchor an = { 0 };
	char *before = NULL;
	int r = -1;
	if (!art)
		goto out;
	if (anchor_make(art->data, art->len, start, end, &an) < 0) {
		err_prefix(n.path);
		goto out;
	}
	before = ops_anchor_json(&n);
	if (store_begin(l->store) < 0)
		goto out;
	if (store_note_set_anchor(l->store, id, an.start, an.end, an.quote, an.prefix, an.suffix, an.hash, 0) < 0 ||
	    store_undo_push(l->store, OPS_NOTE_ANCHOR, id, before) < 0)
		fail_rollback(l);
	else
		r = store_commit(l->store);
out:
	free(before);
	anchor_clear(&an);
	art_free(&own);
	store_note_clear(&n);
	return r;
}

/* ---- re-anchoring ---- */

static int reanchor_one(struct library *l, int64_t article_id, const struct article *a, int *changed)
{
	struct store_article sa = { 0 };
	int r = store_article_by_id(l->store, article_id, &sa);
	if (r <= 0)
		return r;
	struct store_note_list notes = { 0 };
	struct article *own = NULL;
	const struct article *art = a;
	struct store_note_filter f = { .article_id = article_id };
	if (store_notes(l->store, &f, &notes) < 0) {
		r = -1;
		goto done;
	}
	if (notes.n == 0)
		goto done;   /* nothing to place: the file need not be looked at */
	if (!art) {
		if (!sa.present)
			goto done;   /* gone from disk: keep the notes as they are */
		/* brings the sidecar's hash up to date when the file changed */
		if (lib_refresh(l, sa.path) < 0)
			goto done;
		store_article_clear(&sa);
		if (store_article_by_id(l->store, article_id, &sa) <= 0)
			goto done;
	}
	char cur[17];
	if (art) {
		hash64_hex(art->hash, cur);
	} else {
		snprintf(cur, sizeof cur, "%s", sa.hash);
	}
	size_t stale = 0;
	for (size_t i = 0; i < notes.n; i++)
		stale += strcmp(notes.v[i].hash, cur) != 0;
	if (!stale)
		goto done;
	if (!art) {
		char *full = lib_path(l, sa.path);
		art = own = art_load(full);
		free(full);
		if (!art)
			goto done;   /* unreadable now: try again later */
		hash64_hex(art->hash, cur);
	}
	if (store_begin(l->store) < 0) {
		r = -1;
		goto done;
	}
	for (size_t i = 0; i < notes.n; i++) {
		struct store_note *n = &notes.v[i];
		if (strcmp(n->hash, cur) == 0)
			continue;
		struct anchor old = { n->start, n->end, n->quote, n->prefix, n->suffix, { 0 } };
		memcpy(old.hash, n->hash, sizeof old.hash);
		struct anchor_match m;
		anchor_resolve(&old, art->data, art->len, cur, &m);
		/* A range that no longer holds the quote is never kept: a match
		 * anchor_make refuses makes the note an orphan too. */
		struct anchor an = { 0 };
		if (m.how == ANCHOR_ORPHAN || anchor_make(art->data, art->len, m.start, m.end, &an) < 0) {
			/* keeps its old hash: it is tried again when the text changes */
			if (!n->orphan) {
				if (store_note_set_anchor(l->store, n->id, 0, 0, NULL, NULL, NULL, NULL, 1) < 0)
					goto fail;
				(*changed)++;
			}
			continue;
		}
		r = store_note_set_anchor(l->store, n->id, an.start, an.end, an.quote, an.prefix, an.suffix, an.hash, 0);
		anchor_clear(&an);
		if (r < 0)
			goto fail;
		(*changed)++;
	}
	r = store_commit(l->store);
	goto done;
fail:
	store_rollback(l->store);
	r = -1;
done:
	store_note_list_clear(&notes);
	store_article_clear(&sa);
	art_free(&own);
	return r < 0 ? -1 : 0;
}

int ops_reanchor(struct library *l, int64_t article_id, const struct article *a)
{
	if (store_readonly(l->store))
		return 0;
	int changed = 0;
	if (article_id > 0)
		return reanchor_one(l, article_id, a, &changed) < 0 ? -1 : changed;
	int64_t *ids;
	size_t n;
	if (store_notes_articles(l->store, &ids, &n) < 0)
		return -1;
	int r = 0;
	for (size_t i = 0; i < n && r == 0; i++)
		r = reanchor_one(l, ids[i], NULL, &changed);
	free(ids);
	return r < 0 ? -1 : changed;
}

int ops_notes(struct library *l, const char *relpath, const struct article *a, const char *tag,
	      struct store_note_list *out)
{
	struct store_note_filter f = { .tag = tag };
	if (relpath) {
		struct store_article sa = { 0 };
		if (article_of(l, relpath, &sa) < 0)
			return -1;
		f.article_id = sa.id;
		store_article_clear(&sa);
	}
	if (ops_reanchor(l, f.article_id, a) < 0)
		return -1;
	return store_notes(l->store, &f, out);
}

int ops_note_get(struct library *l, int64_t id, struct store_note *out)
{
	return store_note_get(l->store, id, out);
}

/* Adds or removes one tag of the article at relpath. */
static int article_tag_op(struct library *l, const char *relpath, const char *tag, int add)
{
	struct store_article sa = { 0 };
	if (article_of(l, relpath, &sa) < 0)
		return -1;
	int r = add ? store_article_tag(l->store, sa.id, tag) : store_article_untag(l->store, sa.id, tag);
	store_article_clear(&sa);
	return r;
}

int ops_article_tag(struct library *l, const char *relpath, const char *tag)
{
	return article_tag_op(l, relpath, tag, 1);
}

int ops_article_untag(struct library *l, const char *relpath, const char *tag)
{
	return article_tag_op(l, relpath, tag, 0);
}
