/* ops-undo.c -- ops_undo and ops_redo: take back the newest entry of the
 * undo log, or do again the newest of the redo log, through a table of
 * handlers, one row per op on a note that logs itself (ops.h); the
 * corrections of one mention have their own step (passage_step). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "json.h"
#include "library.h"
#include "ops.h"
#include "ops-internal.h"
#include "store.h"
#include "store-notes.h"

/* The handlers: each sets note id back (or forth) to what value says,
 * the entry's before value, or for a redo the after value where its op
 * has one (u->after, what the undo replaced). */
static int set_anchor(struct library *l, int64_t id, const char *value)
{
	json_t *j = json_read(value, strlen(value));
	if (!j)
		return err_set(_("the undo log entry for note %lld is damaged"), (long long)id);
	int64_t start, end, orphan = 0;
	const char *quote = json_member_str(j, "quote"), *prefix = json_member_str(j, "prefix");
	const char *suffix = json_member_str(j, "suffix"), *hash = json_member_str(j, "hash");
	int r;
	if (json_member_int(j, "start", &start) < 0 || json_member_int(j, "end", &end) < 0 ||
	    start < 0 || end < start || !quote || !prefix || !suffix || !hash) {
		r = err_set(_("the undo log entry for note %lld is damaged"), (long long)id);
	} else {
		json_member_int(j, "orphan", &orphan);
		r = store_note_set_anchor(l->store, id, (size_t)start, (size_t)end, quote, prefix, suffix, hash, 0);
		if (r == 0 && orphan)
			r = store_note_set_anchor(l->store, id, 0, 0, NULL, NULL, NULL, NULL, 1);
	}
	json_decref(j);
	return r;
}

static int set_deleted(struct library *l, int64_t id, const char *value)
{
	(void)value;
	return store_note_set_deleted(l->store, id, 1);
}

static int set_live(struct library *l, int64_t id, const char *value)
{
	(void)value;
	return store_note_set_deleted(l->store, id, 0);
}

static int set_body(struct library *l, int64_t id, const char *value)
{
	return store_note_set_body(l->store, id, value);
}

static int tag(struct library *l, int64_t id, const char *value)
{
	return store_note_tag(l->store, id, value, NULL);
}

static int untag(struct library *l, int64_t id, const char *value)
{
	return store_note_untag(l->store, id, value, NULL);
}

static char *body_of(const struct store_note *n)
{
	return xstrdup(n->body);
}

/* One row per op the undo log can hold: the functions that take back and
 * do again what the op did, inside the transaction ops_undo or ops_redo
 * opened. An op that logs itself needs a row here. */
static const struct undo_op {
	const char *op;
	int needs_before;   /* an entry without its before value is damaged */
	int (*undo)(struct library *l, int64_t id, const char *value);
	int (*redo)(struct library *l, int64_t id, const char *value);
	/* What the undo replaces, for the redo (its value); NULL: the redo
	 * takes the before value too. */
	char *(*after)(const struct store_note *n);
} undo_ops[] = {
	{ OPS_NOTE_ADD, 0, set_deleted, set_live, NULL },
	{ OPS_NOTE_DELETE, 0, set_live, set_deleted, NULL },
	{ OPS_NOTE_RESTORE, 0, set_deleted, set_live, NULL },
	{ OPS_NOTE_EDIT, 0, set_body, set_body, body_of },
	{ OPS_NOTE_TAG, 1, untag, tag, NULL },
	{ OPS_NOTE_UNTAG, 1, tag, untag, NULL },
	{ OPS_NOTE_ANCHOR, 1, set_anchor, set_anchor, ops_anchor_json },
};

/* The row of entry u's op, or NULL with the error set: an op with no row,
 * or an entry that lacks what its op needs, stays in its log. */
static const struct undo_op *op_of(const struct store_undo *u, const char *log)
{
	for (size_t i = 0; i < sizeof undo_ops / sizeof undo_ops[0]; i++) {
		if (strcmp(u->op, undo_ops[i].op) != 0)
			continue;
		if (undo_ops[i].needs_before && !u->before) {
			err_set(_("the %s entry for note %lld is damaged"), log, (long long)u->note_id);
			return NULL;
		}
		return &undo_ops[i];
	}
	err_set(_("the newest %s entry is '%s', an operation this gloss cannot undo or redo "
		  "(written by a newer gloss?); it is kept"), log, u->op);
	return NULL;
}

/* A correction of one mention (OPS_PASSAGE): the entry is of an article
 * (note_id holds its id), and its values are the article's corrections
 * before (and for a redo, after): they are put back whole. Called inside
 * step's transaction; ends it. */
static int passage_step(struct library *l, int redo, struct store_undo *u, struct ops_undone *out)
{
	int64_t article_id = u->note_id;
	int rc;
	if (redo) {
		rc = ops_passage_restore(l, article_id, u->after ? u->after : "");
		if (rc == 0)
			rc = store_undo_push_redone(l->store, u->op, article_id, u->before);
	} else {
		char *after = ops_passage_snapshot(l, article_id);
		rc = after ? ops_passage_restore(l, article_id, u->before ? u->before : "") : -1;
		if (rc == 0)
			rc = store_redo_push(l->store, u, after);
		free(after);
	}
	if (rc == 0)
		rc = redo ? store_redo_drop(l->store, u->id) : store_undo_drop(l->store, u->id);
	if (rc < 0) {
		fail_rollback(l);
	} else if (store_commit(l->store) < 0) {
		rc = -1;
	} else {
		snprintf(out->op, sizeof out->op, "%s", u->op);
		out->article_id = article_id;
	}
	store_undo_clear(u);
	return rc < 0 ? -1 : 1;
}

/* Pops the newest entry of the undo log (redo == 0) or the redo log and
 * applies it, moving it to the other log, in one transaction. */
static int step(struct library *l, int redo, struct ops_undone *out)
{
	memset(out, 0, sizeof *out);
	const char *log = redo ? _("redo log") : _("undo log");
	if (store_begin(l->store) < 0)
		return -1;
	struct store_undo u = { 0 };
	int r = redo ? store_redo_last(l->store, &u) : store_undo_last(l->store, &u);
	if (r <= 0) {
		if (r < 0)
			return fail_rollback(l);
		return store_commit(l->store) < 0 ? -1 : 0;
	}
	if (strcmp(u.op, OPS_PASSAGE) == 0)
		return passage_step(l, redo, &u, out);
	struct store_note n = { 0 };
	int found = store_note_get(l->store, u.note_id, &n);
	int rc = found < 0 ? -1 : 0;
	if (found > 0) {
		const struct undo_op *op = op_of(&u, log);
		if (!op) {
			rc = -1;
		} else if (redo) {
			const char *v = op->after ? u.after : u.before;
			rc = op->redo(l, u.note_id, v ? v : "");
			if (rc == 0)
				rc = store_undo_push_redone(l->store, u.op, u.note_id, u.before);
		} else {
			char *after = op->after ? op->after(&n) : NULL;
			rc = op->undo(l, u.note_id, u.before ? u.before : "");
			if (rc == 0)
				rc = store_redo_push(l->store, &u, after);
			free(after);
		}
	}
	/* found == 0 cannot happen (notes are never removed): the entry goes */
	if (rc == 0)
		rc = redo ? store_redo_drop(l->store, u.id) : store_undo_drop(l->store, u.id);
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

int ops_undo(struct library *l, struct ops_undone *out)
{
	return step(l, 0, out);
}

int ops_redo(struct library *l, struct ops_undone *out)
{
	return step(l, 1, out);
}
