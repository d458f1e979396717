/* store-notes.c -- the SQL of notes, note tags and the undo log.
 *
 * Every write runs inside store_begin() (BEGIN IMMEDIATE, nested calls
 * counted) so that an op can group a change and its undo entry in one
 * transaction; every value is a bound parameter. Nothing here ever runs
 * DELETE on notes: a note leaves only by deleted_at. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "store-internal.h"
#include "store-notes.h"

void store_note_clear(struct store_note *n)
{
	free(n->quote);
	free(n->prefix);
	free(n->suffix);
	free(n->body);
	free(n->created_at);
	free(n->updated_at);
	free(n->deleted_at);
	free(n->tags);
	free(n->origin);
	free(n->path);
	free(n->title);
	free(n->source);
	free(n->date);
	memset(n, 0, sizeof *n);
}

void store_note_list_clear(struct store_note_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		store_note_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

#define NOTE_COLS \
	"n.id, n.article_id, n.start, n.end, n.quote, n.prefix, n.suffix, n.hash, n.body, n.orphan, " \
	"n.created_at, n.updated_at, n.deleted_at, " \
	"coalesce((SELECT group_concat(name, ',') FROM (SELECT t.name FROM note_tags nt " \
	"JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = n.id ORDER BY t.name COLLATE NOCASE)), ''), " \
	"a.path, a.title, a.source, a.date, a.present"

static void note_row(sqlite3_stmt *st, struct store_note *n)
{
	n->id = sqlite3_column_int64(st, 0);
	n->article_id = sqlite3_column_int64(st, 1);
	n->start = (size_t)sqlite3_column_int64(st, 2);
	n->end = (size_t)sqlite3_column_int64(st, 3);
	n->quote = store_col_dup(st, 4);
	n->prefix = store_col_dup(st, 5);
	n->suffix = store_col_dup(st, 6);
	const unsigned char *h = sqlite3_column_text(st, 7);
	snprintf(n->hash, sizeof n->hash, "%s", h ? (const char *)h : "");
	n->body = store_col_dup(st, 8);
	n->orphan = sqlite3_column_int(st, 9);
	n->created_at = store_col_dup(st, 10);
	n->updated_at = store_col_dup(st, 11);
	n->deleted_at = store_col_dup_opt(st, 12);
	n->tags = store_col_dup(st, 13);
	n->path = store_col_dup(st, 14);
	n->title = store_col_dup(st, 15);
	n->source = store_col_dup_opt(st, 16);
	n->date = store_col_dup_opt(st, 17);
	n->present = sqlite3_column_int(st, 18);
}

int store_notes(struct store *s, const struct store_note_filter *f, struct store_note_list *out)
{
	struct sb q = SB_INIT;
	sb_adds(&q, "SELECT " NOTE_COLS " FROM notes n JOIN articles a ON a.id = n.article_id WHERE 1");
	if (f->article_id)
		sb_adds(&q, " AND n.article_id = ?1");
	if (f->id)
		sb_adds(&q, " AND n.id = ?4");
	if (f->deleted == 0)
		sb_adds(&q, " AND n.deleted_at IS NULL");
	else if (f->deleted == 1)
		sb_adds(&q, " AND n.deleted_at IS NOT NULL");
	if (f->tag)
		sb_adds(&q, " AND (n.id IN (SELECT nt.note_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
			    "WHERE t.name = ?2) OR n.article_id IN (SELECT at.article_id FROM article_tags at "
			    "JOIN tags t ON t.id = at.tag_id WHERE t.name = ?2))");
	sb_adds(&q, " ORDER BY a.date IS NULL, a.date DESC, a.path, n.orphan, n.start, n.id");
	sqlite3_stmt *st = store_prep(s, q.s);
	sb_release(&q);
	if (!st)
		return -1;
	if (f->article_id)
		sqlite3_bind_int64(st, 1, f->article_id);
	if (f->tag)
		sqlite3_bind_text(st, 2, f->tag, -1, SQLITE_TRANSIENT);
	if (f->id)
		sqlite3_bind_int64(st, 4, f->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		XGROW(out->v, out->cap, out->n + 1);
		memset(&out->v[out->n], 0, sizeof out->v[0]);
		note_row(st, &out->v[out->n++]);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, "notes");
}

int store_note_get(struct store *s, int64_t id, struct store_note *out)
{
	struct store_note_filter f = { .deleted = 2, .id = id };
	struct store_note_list l = { 0 };
	if (store_notes(s, &f, &l) < 0)
		return -1;
	if (l.n == 0) {
		store_note_list_clear(&l);
		return 0;
	}
	*out = l.v[0];
	free(l.v);
	return 1;
}


/* Runs a one-row write and says whether a row changed. */
static int step_changes(struct store *s, sqlite3_stmt *st, const char *what, int *changed)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, what);
	if (changed)
		*changed = sqlite3_changes(s->db) > 0;
	return 0;
}

static int tag_link(struct store *s, int64_t id, const char *tag, int add, int *changed)
{
	if (changed)
		*changed = 0;
	if (add && !store_tag_valid(tag))
		return err_set(_("'%s' is not a valid tag (empty, over 100 bytes, or with a comma or control character)"), tag);
	int64_t tid = store_tag_id(s, tag, add);
	if (tid < 0)
		return -1;
	if (tid == 0)
		return 0;   /* removing a tag nobody has */
	sqlite3_stmt *st = store_prep(s, add ? "INSERT OR IGNORE INTO note_tags(note_id, tag_id) VALUES (?, ?)"
					     : "DELETE FROM note_tags WHERE note_id = ? AND tag_id = ?");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, tid);
	return step_changes(s, st, "note tag", changed);
}

static int touch(struct store *s, int64_t id)
{
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, "UPDATE notes SET updated_at = ?2 WHERE id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	return store_step_done(s, st, "note");
}

int64_t store_note_by_origin(struct store *s, const char *origin)
{
	sqlite3_stmt *st = store_prep(s, "SELECT id FROM notes WHERE origin = ?1 LIMIT 1");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, origin, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "note origin");
	return id;
}

int64_t store_note_insert(struct store *s, const struct store_note *n)
{
	if (store_begin(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s,
		"INSERT INTO notes(id, article_id, start, end, quote, prefix, suffix, hash, body, orphan, "
		"created_at, updated_at, deleted_at, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
		"RETURNING id");
	if (!st)
		goto fail;
	if (n->id > 0)
		sqlite3_bind_int64(st, 1, n->id);
	else
		sqlite3_bind_null(st, 1);
	sqlite3_bind_int64(st, 2, n->article_id);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)n->start);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)n->end);
	sqlite3_bind_text(st, 5, n->quote ? n->quote : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, n->prefix ? n->prefix : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, n->suffix ? n->suffix : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 8, n->hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 9, n->body ? n->body : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 10, n->orphan ? 1 : 0);
	sqlite3_bind_text(st, 11, n->created_at && n->created_at[0] ? n->created_at : now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 12, n->updated_at && n->updated_at[0] ? n->updated_at : now, -1, SQLITE_TRANSIENT);
	store_bind_text(st, 13, n->deleted_at);
	store_bind_text(st, 14, n->origin);
	int64_t id = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (id < 0) {
		store_fail(s, "note");
		goto fail;
	}
	/* tags: comma-separated names */
	for (const char *t = n->tags ? n->tags : ""; *t;) {
		const char *e = strchr(t, ',');
		size_t len = e ? (size_t)(e - t) : strlen(t);
		char *name = xstrndup(t, len);
		int r = len ? tag_link(s, id, name, 1, NULL) : 0;
		free(name);
		if (r < 0)
			goto fail;
		t += len + (e ? 1 : 0);
	}
	if (store_commit(s) < 0)
		return -1;
	return id;
fail:
	store_rollback(s);
	return -1;
}

int store_note_set_body(struct store *s, int64_t id, const char *body)
{
	if (store_check_writable(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, "UPDATE notes SET body = ?2, updated_at = ?3 WHERE id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, body, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	return store_step_done(s, st, "note");
}

int store_note_set_anchor(struct store *s, int64_t id, size_t start, size_t end, const char *quote,
			  const char *prefix, const char *suffix, const char *hash, int orphan)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = orphan
		? store_prep(s, "UPDATE notes SET orphan = 1 WHERE id = ?1")
		: store_prep(s, "UPDATE notes SET start = ?2, end = ?3, quote = ?4, prefix = ?5, suffix = ?6, "
				"hash = ?7, orphan = 0 WHERE id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (!orphan) {
		sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
		sqlite3_bind_text(st, 4, quote, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, prefix, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 6, suffix, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 7, hash, -1, SQLITE_TRANSIENT);
	}
	return store_step_done(s, st, "note anchor");
}

int store_note_set_deleted(struct store *s, int64_t id, int deleted)
{
	if (store_check_writable(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, "UPDATE notes SET deleted_at = ?2 WHERE id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (deleted)
		sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 2);
	return store_step_done(s, st, "note");
}

static int tag_op(struct store *s, int64_t id, const char *tag, int add, int *changed)
{
	if (store_begin(s) < 0)
		return -1;
	int ch = 0;
	if (tag_link(s, id, tag, add, &ch) < 0 || (ch && touch(s, id) < 0)) {
		store_rollback(s);
		return -1;
	}
	if (changed)
		*changed = ch;
	return store_commit(s);
}

int store_note_tag(struct store *s, int64_t id, const char *tag, int *changed)
{
	return tag_op(s, id, tag, 1, changed);
}

int store_note_untag(struct store *s, int64_t id, const char *tag, int *changed)
{
	return tag_op(s, id, tag, 0, changed);
}

static int ids_of(struct store *s, const char *sql, int64_t **ids, size_t *n)
{
	*ids = NULL;
	*n = 0;
	size_t cap = 0;
	sqlite3_stmt *st = store_prep(s, sql);
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		XGROW(*ids, cap, *n + 1);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, "notes");
}

int store_notes_stale_articles(struct store *s, int64_t **ids, size_t *n)
{
	return ids_of(s, "SELECT DISTINCT n.article_id FROM notes n JOIN articles a ON a.id = n.article_id "
			 "WHERE n.deleted_at IS NULL AND n.hash <> a.hash ORDER BY 1", ids, n);
}

int store_notes_articles(struct store *s, int64_t **ids, size_t *n)
{
	return ids_of(s, "SELECT DISTINCT article_id FROM notes WHERE deleted_at IS NULL ORDER BY 1", ids, n);
}

int64_t store_notes_count(struct store *s)
{
	sqlite3_stmt *st = store_prep(s, "SELECT count(*) FROM notes");
	if (!st)
		return -1;
	int64_t c = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	return c < 0 ? store_fail(s, "notes") : c;
}

/* ---- undo ---- */

void store_undo_clear(struct store_undo *u)
{
	free(u->op);
	free(u->before);
	free(u->after);
	free(u->at);
	memset(u, 0, sizeof *u);
}

/* The two logs: the undo log and the redo log, each with its fixed
 * statements (only the redo log has an after column). */
struct log {
	const char *name;   /* as messages say it */
	const char *push, *last, *drop;
};

static const struct log undo_log = {
	"undo log",
	"INSERT INTO undo_log(op, note_id, before, at) VALUES (?1, ?2, ?3, ?4)",
	"SELECT id, op, note_id, before, at, NULL FROM undo_log ORDER BY id DESC LIMIT 1",
	"DELETE FROM undo_log WHERE id = ?",
};

static const struct log redo_log = {
	"redo log",
	"INSERT INTO redo_log(op, note_id, before, at, after) VALUES (?1, ?2, ?3, ?4, ?5)",
	"SELECT id, op, note_id, before, at, after FROM redo_log ORDER BY id DESC LIMIT 1",
	"DELETE FROM redo_log WHERE id = ?",
};

/* Appends to a log; after goes to the redo log only. */
static int log_push(struct store *s, const struct log *log, const char *op, int64_t note_id, const char *before,
		    const char *after)
{
	if (store_check_writable(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, log->push);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, note_id);
	store_bind_text(st, 3, before);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	if (log == &redo_log)
		sqlite3_bind_text(st, 5, after ? after : "", -1, SQLITE_TRANSIENT);
	return store_step_done(s, st, log->name);
}

int store_undo_push(struct store *s, const char *op, int64_t note_id, const char *before)
{
	if (log_push(s, &undo_log, op, note_id, before, NULL) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "DELETE FROM redo_log");
	return st ? store_step_done(s, st, redo_log.name) : -1;
}

int store_undo_push_redone(struct store *s, const char *op, int64_t note_id, const char *before)
{
	return log_push(s, &undo_log, op, note_id, before, NULL);
}

int store_redo_push(struct store *s, const struct store_undo *u, const char *after)
{
	return log_push(s, &redo_log, u->op, u->note_id, u->before, after);
}

/* The newest entry of a log: 1 found, 0 empty, -1 error. */
static int log_last(struct store *s, const struct log *log, struct store_undo *out)
{
	sqlite3_stmt *st = store_prep(s, log->last);
	if (!st)
		return -1;
	int rc = sqlite3_step(st), r = 0;
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		out->op = store_col_dup(st, 1);
		out->note_id = sqlite3_column_int64(st, 2);
		out->before = store_col_dup_opt(st, 3);
		out->at = store_col_dup(st, 4);
		out->after = store_col_dup_opt(st, 5);
		r = 1;
	} else if (rc != SQLITE_DONE) {
		r = store_fail(s, log->name);
	}
	sqlite3_finalize(st);
	return r;
}

int store_undo_last(struct store *s, struct store_undo *out)
{
	return log_last(s, &undo_log, out);
}

int store_redo_last(struct store *s, struct store_undo *out)
{
	return log_last(s, &redo_log, out);
}

static int log_drop(struct store *s, const struct log *log, int64_t id)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, log->drop);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return store_step_done(s, st, log->name);
}

int store_undo_drop(struct store *s, int64_t id)
{
	return log_drop(s, &undo_log, id);
}

int store_redo_drop(struct store *s, int64_t id)
{
	return log_drop(s, &redo_log, id);
}
