/* ops.c -- named operations on notes, tags, exports and imports.
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
#include <time.h>
#include <unistd.h>

#include "anchor.h"
#include "article.h"
#include "core.h"
#include "hl.h"
#include "json.h"
#include "library.h"
#include "ops.h"
#include "store.h"
#include "store-mentions.h"
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

/* The text of the article at relpath: a when given, else read from disk
 * into *own (caller frees). */
static const struct article *text_of(struct library *l, const char *relpath, const struct article *a,
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

static int fail_rollback(struct library *l)
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
	const struct article *art = text_of(l, relpath, a, &own);
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
			err_set(_("%s: the quote occurs %zu times; give a longer quote or --range START:END"),
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
		return err_set(_("note %lld is deleted (gloss note undo brings it back)"), (long long)id);
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

/* The anchor of a note as JSON, for the undo log. */
static char *anchor_json(const struct store_note *n)
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
	const struct article *art = text_of(l, n.path, a, &own);
	struct anchor an = { 0 };
	char *before = NULL;
	int r = -1;
	if (!art)
		goto out;
	if (anchor_make(art->data, art->len, start, end, &an) < 0) {
		err_prefix(n.path);
		goto out;
	}
	before = anchor_json(&n);
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

static int undo_anchor(struct library *l, int64_t id, const char *before)
{
	struct json *j = json_parse(before, strlen(before));
	if (!j)
		return err_set(_("the undo log entry for note %lld is damaged"), (long long)id);
	int64_t start, end, orphan = 0;
	const char *quote = json_get_str(j, "quote"), *prefix = json_get_str(j, "prefix");
	const char *suffix = json_get_str(j, "suffix"), *hash = json_get_str(j, "hash");
	int r;
	if (json_int(json_get(j, "start"), &start) < 0 || json_int(json_get(j, "end"), &end) < 0 ||
	    start < 0 || end < start || !quote || !prefix || !suffix || !hash) {
		r = err_set(_("the undo log entry for note %lld is damaged"), (long long)id);
	} else {
		json_int(json_get(j, "orphan"), &orphan);
		r = store_note_set_anchor(l->store, id, (size_t)start, (size_t)end, quote, prefix, suffix, hash, 0);
		if (r == 0 && orphan)
			r = store_note_set_anchor(l->store, id, 0, 0, NULL, NULL, NULL, NULL, 1);
	}
	json_free(&j);
	return r;
}

static int undo_note_add(struct library *l, const struct store_undo *u)
{
	return store_note_set_deleted(l->store, u->note_id, 1);
}

static int undo_note_delete(struct library *l, const struct store_undo *u)
{
	return store_note_set_deleted(l->store, u->note_id, 0);
}

static int undo_note_edit(struct library *l, const struct store_undo *u)
{
	return store_note_set_body(l->store, u->note_id, u->before ? u->before : "");
}

static int undo_note_tag(struct library *l, const struct store_undo *u)
{
	return store_note_untag(l->store, u->note_id, u->before, NULL);
}

static int undo_note_untag(struct library *l, const struct store_undo *u)
{
	return store_note_tag(l->store, u->note_id, u->before, NULL);
}

static int undo_note_anchor(struct library *l, const struct store_undo *u)
{
	return undo_anchor(l, u->note_id, u->before);
}

/* One row per op the undo log can hold: the function that takes back what
 * the op did, inside the transaction ops_undo opened. An op that logs
 * itself needs a row here. */
static const struct {
	const char *op;
	int needs_before;   /* an entry without its before value is damaged */
	int (*undo)(struct library *l, const struct store_undo *u);
} undo_ops[] = {
	{ OPS_NOTE_ADD, 0, undo_note_add },
	{ OPS_NOTE_DELETE, 0, undo_note_delete },
	{ OPS_NOTE_EDIT, 0, undo_note_edit },
	{ OPS_NOTE_TAG, 1, undo_note_tag },
	{ OPS_NOTE_UNTAG, 1, undo_note_untag },
	{ OPS_NOTE_ANCHOR, 1, undo_note_anchor },
};

/* Takes back entry u through its row; an op with no row, or an entry that
 * lacks what its op needs, is an error and the entry stays in the log. */
static int undo_entry(struct library *l, const struct store_undo *u)
{
	for (size_t i = 0; i < sizeof undo_ops / sizeof undo_ops[0]; i++) {
		if (strcmp(u->op, undo_ops[i].op) != 0)
			continue;
		if (undo_ops[i].needs_before && !u->before)
			return err_set(_("the undo log entry for note %lld is damaged"), (long long)u->note_id);
		return undo_ops[i].undo(l, u);
	}
	return err_set(_("the newest undo log entry is '%s', an operation this gloss cannot undo "
			 "(written by a newer gloss?); it is kept"), u->op);
}

int ops_undo(struct library *l, struct ops_undone *out)
{
	memset(out, 0, sizeof *out);
	if (store_begin(l->store) < 0)
		return -1;
	struct store_undo u = { 0 };
	int r = store_undo_last(l->store, &u);
	if (r <= 0) {
		if (r < 0)
			return fail_rollback(l);
		return store_commit(l->store) < 0 ? -1 : 0;
	}
	struct store_note n = { 0 };
	int found = store_note_get(l->store, u.note_id, &n);
	int rc = 0;
	if (found < 0)
		rc = -1;
	else if (found == 0)
		rc = 0;   /* cannot happen (notes are never removed); drop the entry */
	else
		rc = undo_entry(l, &u);
	if (rc == 0)
		rc = store_undo_drop(l->store, u.id);
	if (rc < 0) {
		fail_rollback(l);
	} else if (store_commit(l->store) < 0) {
		rc = -1;
	} else {
		snprintf(out->op, sizeof out->op, "%s", u.op);
		out->note_id = u.note_id;
		out->article_id = n.article_id;
	}
	store_note_clear(&n);
	store_undo_clear(&u);
	return rc < 0 ? -1 : 1;
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
	struct store_note_filter f = { .article_id = article_id };
	if (store_notes(l->store, &f, &notes) < 0) {
		r = -1;
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
		if (m.how == ANCHOR_ORPHAN) {
			/* keeps its old hash: it is tried again when the text changes */
			if (!n->orphan) {
				if (store_note_set_anchor(l->store, n->id, 0, 0, NULL, NULL, NULL, NULL, 1) < 0)
					goto fail;
				(*changed)++;
			}
			continue;
		}
		struct anchor an;
		if (anchor_make(art->data, art->len, m.start, m.end, &an) < 0)
			continue;   /* cannot happen: anchor.c snaps to boundaries */
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

/* ---- export ---- */

/* Code points before byte offset off (an invalid byte counts as one). */
static int64_t code_points(const char *s, size_t len, size_t off)
{
	int64_t n = 0;
	for (size_t i = 0; i < off && i < len; n++) {
		int32_t cp;
		i += (size_t)ustr_decode(s + i, len - i, &cp);
	}
	return n;
}

int ops_export(struct library *l, const struct ops_export *e, struct sb *out)
{
	struct store_note_list notes = { 0 };
	int r = 0;
	if (e->npaths == 0) {
		r = ops_notes(l, NULL, NULL, e->tag, &notes);
	} else {
		for (size_t i = 0; i < e->npaths && r == 0; i++)
			r = ops_notes(l, e->paths[i], NULL, e->tag, &notes);
	}
	if (r < 0) {
		store_note_list_clear(&notes);
		return -1;
	}
	struct export_note *v = xcalloc(notes.n + 1, sizeof *v);
	struct article *art = NULL;
	int64_t art_id = 0;
	for (size_t i = 0; i < notes.n; i++) {
		const struct store_note *n = &notes.v[i];
		v[i].n = n;
		v[i].cp_start = v[i].cp_end = -1;
		if (n->orphan || !n->present)
			continue;
		if (n->article_id != art_id) {
			art_free(&art);
			art_id = n->article_id;
			char *full = lib_path(l, n->path);
			art = art_load(full);
			free(full);
		}
		char hex[17];
		if (!art)
			continue;
		hash64_hex(art->hash, hex);
		if (strcmp(hex, n->hash) != 0 || n->end > art->len)
			continue;   /* changed under us: the quote is still there */
		v[i].cp_start = code_points(art->data, art->len, n->start);
		v[i].cp_end = v[i].cp_start + code_points(art->data + n->start, n->end - n->start, n->end - n->start);
	}
	art_free(&art);
	char now[21];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	struct export_set set = { v, notes.n, l->dir, now };
	export_write(e->format, &set, out);
	free(v);
	store_note_list_clear(&notes);
	return 0;
}

int ops_export_file(struct library *l, const struct ops_export *e, const char *path, int overwrite)
{
	if (!overwrite && access(path, F_OK) == 0)
		return err_set(_("%s: file exists (use --force to overwrite)"), path);
	struct sb b = SB_INIT;
	int r = ops_export(l, e, &b);
	if (r == 0)
		r = write_file_atomic(path, b.s, b.len, overwrite);
	sb_release(&b);
	return r;
}

/* ---- import ---- */

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

/* ---- mentions ---- */

int ops_mentions_index(struct library *l, const struct hl_engine *e)
{
	if (store_readonly(l->store))
		return 0;
	if (!e && !(e = lib_engine(l)))
		return -1;
	/* Stamped with the engine that runs: whatever engine the caller gives,
	 * the index says what made it, and another engine makes it again. */
	const char *engine = hl_engine_stamp(e);
	int64_t *ids;
	char **paths;
	size_t n;
	int r = store_mentions_stale(l->store, engine, &ids, &paths, &n);
	int done = 0;
	struct hl_spans sp = { 0 };
	if (r == 0 && n && store_begin(l->store) < 0)
		r = -1;
	for (size_t i = 0; r == 0 && i < n; i++) {
		char *full = lib_path(l, paths[i]);
		struct article *a = art_load(full);
		free(full);
		if (!a)
			continue;   /* unreadable now: indexed when it can be read */
		struct hl_doc doc = {
			.text = a->data + a->body, .len = a->len - a->body, .base = a->body,
			.date = a->iso_date[0] ? a->iso_date : NULL,
		};
		char hex[17];
		hash64_hex(a->hash, hex);
		if (hl_run(e, &doc, &sp) < 0 || store_mentions_put(l->store, ids[i], hex, engine, &sp) < 0)
			r = -1;
		else
			done++;
		hl_spans_clear(&sp);
		art_free(&a);
	}
	if (n && r == 0)
		r = store_commit(l->store);
	else if (n)
		store_rollback(l->store);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	free(ids);
	return r < 0 ? -1 : done;
}

/* Words of a lower-cased name, split at spaces. */
struct words {
	char **v;
	size_t n, cap;
};

static void words_split(struct words *w, const char *s)
{
	char *low = ustr_lower(s, strlen(s));
	for (char *t = low; *t;) {
		while (*t == ' ' || *t == '\t' || *t == '\n')
			t++;
		char *e = t;
		while (*e && *e != ' ' && *e != '\t' && *e != '\n')
			e++;
		if (e > t) {
			XGROW(w->v, w->cap, w->n + 1);
			w->v[w->n++] = xstrndup(t, (size_t)(e - t));
		}
		t = e;
	}
	free(low);
}

static void words_free(struct words *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	memset(w, 0, sizeof *w);
}

static int words_within(const struct words *a, const struct words *b)
{
	for (size_t i = 0; i < a->n; i++) {
		size_t j = 0;
		while (j < b->n && strcmp(a->v[i], b->v[j]) != 0)
			j++;
		if (j == b->n)
			return 0;
	}
	return a->n > 0;
}

struct key_match {
	struct words q;
	int type;
	char **keys;
	size_t n, cap;
};

static int match_key(const char *key, const char *type, long articles, long mentions, void *ctx)
{
	(void)articles;
	(void)mentions;
	struct key_match *km = ctx;
	if (km->type >= 0 && strcmp(type, hl_type_name((enum hl_type)km->type)) != 0)
		return 0;
	struct words k = { 0 };
	words_split(&k, key);
	if (words_within(&km->q, &k) || words_within(&k, &km->q)) {
		XGROW(km->keys, km->cap, km->n + 1);
		km->keys[km->n++] = xstrdup(key);
	}
	words_free(&k);
	return 0;
}

/* The keys NAME stands for. */
static int keys_of(struct library *l, const struct hl_engine *e, const char *name, int type, struct key_match *km)
{
	memset(km, 0, sizeof *km);
	km->type = type;
	if (ops_mentions_index(l, e) < 0)
		return -1;
	words_split(&km->q, name);
	if (km->q.n == 0)
		return err_set(_("no name to look for"));
	return store_mention_keys(l->store, match_key, km);
}

static void keys_free(struct key_match *km)
{
	for (size_t i = 0; i < km->n; i++)
		free(km->keys[i]);
	free(km->keys);
	words_free(&km->q);
}

void ops_mention_clear(struct ops_mention *m)
{
	free(m->path);
	free(m->title);
	free(m->date);
	free(m->key);
	free(m->text);
	free(m->before);
	free(m->after);
	memset(m, 0, sizeof *m);
}

void ops_mention_list_clear(struct ops_mention_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		ops_mention_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static char *one_line(const char *s, size_t n)
{
	char *r = xstrndup(s, n);
	for (char *p = r; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	return r;
}

struct collect {
	struct library *l;
	struct ops_mention_list *out;
	struct article *art;     /* the article of the last mention, loaded once */
	int64_t art_id;
};

static int collect_mention(const struct store_mention *m, void *ctx)
{
	struct collect *c = ctx;
	if (m->article_id != c->art_id) {
		art_free(&c->art);
		c->art_id = m->article_id;
		char *full = lib_path(c->l, m->path);
		c->art = art_load(full);
		free(full);
		c->out->narticles++;
	}
	const struct article *a = c->art;
	if (!a || m->end > a->len || m->start >= m->end)
		return 0;   /* the file changed since indexing: skip, the next index fixes it */
	struct ops_mention_list *out = c->out;
	XGROW(out->v, out->cap, out->n + 1);
	struct ops_mention *o = &out->v[out->n++];
	memset(o, 0, sizeof *o);
	o->article_id = m->article_id;
	o->path = xstrdup(m->path);
	o->title = xstrdup(m->title ? m->title : "");
	o->date = xstrdup(m->date ? m->date : "");
	o->start = m->start;
	o->end = m->end;
	snprintf(o->type, sizeof o->type, "%s", m->type);
	o->key = xstrdup(m->key);
	o->text = one_line(a->data + m->start, m->end - m->start);
	size_t bs = m->start > OPS_KWIC ? m->start - OPS_KWIC : 0;
	while (bs < m->start && ((unsigned char)a->data[bs] & 0xC0) == 0x80)
		bs++;
	size_t ae = m->end + OPS_KWIC < a->len ? m->end + OPS_KWIC : a->len;
	while (ae > m->end && ae < a->len && ((unsigned char)a->data[ae] & 0xC0) == 0x80)
		ae--;
	o->before = one_line(a->data + bs, m->start - bs);
	o->after = one_line(a->data + m->end, ae - m->end);
	return 0;
}

int ops_mentions(struct library *l, const struct hl_engine *e, const char *name, int type,
		 struct ops_mention_list *out)
{
	struct key_match km;
	int r = keys_of(l, e, name, type, &km);
	if (r == 0 && km.n) {
		struct collect c = { l, out, NULL, 0 };
		r = store_mentions_of(l->store, (const char *const *)km.keys, km.n, collect_mention, &c);
		art_free(&c.art);
	}
	keys_free(&km);
	return r;
}

int ops_mention_next_article(struct library *l, const struct hl_engine *e, const char *name, int type,
			     int64_t from_article_id, int dir, int wrap, struct ops_mention *out)
{
	memset(out, 0, sizeof *out);
	struct ops_mention_list ml = { 0 };
	if (ops_mentions(l, e, name, type, &ml) < 0)
		return -1;
	/* the articles in order, and where from_article_id stands among them
	 * (or would: it may not mention NAME itself) */
	int found = 0;
	if (ml.n) {
		size_t here = SIZE_MAX;
		for (size_t i = 0; i < ml.n && here == SIZE_MAX; i++)
			if (ml.v[i].article_id == from_article_id)
				here = i;
		size_t pick = SIZE_MAX;
		if (here == SIZE_MAX) {
			/* not among them: start from the ends */
			pick = dir > 0 ? 0 : ml.n - 1;
			if (!wrap)
				pick = SIZE_MAX;
		} else if (dir > 0) {
			size_t j = here;
			while (j < ml.n && ml.v[j].article_id == from_article_id)
				j++;
			pick = j < ml.n ? j : wrap ? 0 : SIZE_MAX;
		} else {
			size_t j = here;   /* first mention in from_article_id */
			pick = j > 0 ? j - 1 : wrap ? ml.n - 1 : SIZE_MAX;
		}
		if (pick != SIZE_MAX) {
			/* dir < 0: pick is the last mention of the article before */
			*out = ml.v[pick];
			memset(&ml.v[pick], 0, sizeof ml.v[pick]);
			found = 1;
		}
	}
	ops_mention_list_clear(&ml);
	return found;
}

struct cooccur_ctx {
	ops_cooccur_fn fn;
	void *ctx;
};

static int cooccur_cb(const char *key, const char *type, long articles, long mentions, void *ctx)
{
	(void)mentions;
	struct cooccur_ctx *c = ctx;
	return c->fn(key, type, articles, c->ctx);
}

int ops_cooccur(struct library *l, const struct hl_engine *e, const char *name, int type, long limit,
		ops_cooccur_fn fn, void *ctx)
{
	struct key_match km;
	int r = keys_of(l, e, name, type, &km);
	if (r == 0 && km.n) {
		struct cooccur_ctx c = { fn, ctx };
		r = store_mentions_cooccur(l->store, (const char *const *)km.keys, km.n, limit, cooccur_cb, &c);
	}
	keys_free(&km);
	return r;
}
