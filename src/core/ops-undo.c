/* ops-undo.c -- ops_undo: takes back the newest entry of the undo log
 * through a table of handlers, one per op that logs itself (ops.h). */
#include "system.h"

#include <stdio.h>
#include <string.h>

#include "core.h"
#include "json.h"
#include "library.h"
#include "ops.h"
#include "ops-internal.h"
#include "store.h"
#include "store-notes.h"

static int undo_anchor(struct library *l, int64_t id, const char *before)
{
	json_t *j = json_read(before, strlen(before));
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
