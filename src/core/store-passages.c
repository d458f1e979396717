/* store-passages.c -- the passage_corrections table (store-passages.h).
 * Bound parameters only, every write inside BEGIN IMMEDIATE. A change
 * also forgets the article's mention index state, so that the index is
 * made again with it (ops_mentions_index). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store-internal.h"
#include "store-passages.h"
#include "util.h"

#define IGNORE_NAME "IGNORE"   /* the type name of HL_IGNORE in the table */

void store_passage_list_clear(struct store_passage_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].quote);
		free(l->v[i].prefix);
		free(l->v[i].suffix);
		free(l->v[i].path);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* The mention index of the article is stale once its corrections change. */
static int forget_index(struct store *s, int64_t article_id)
{
	sqlite3_stmt *st = store_prep(s, "DELETE FROM mention_state WHERE article_id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, article_id);
	return store_step_done(s, st, "mention_state");
}

/* Runs one statement on article a's rows with range [start, end). */
static int overlap_delete(struct store *s, int64_t a, size_t start, size_t end, int *count)
{
	sqlite3_stmt *st = end ? store_prep(s, "DELETE FROM passage_corrections WHERE article_id = ?1 "
					    "AND ((orphan = 0 AND start < ?3 AND end > ?2) OR (orphan = 1 AND start = ?2 AND end = ?3))")
		: store_prep(s, "DELETE FROM passage_corrections WHERE article_id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, a);
	if (end) {
		sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
	}
	if (store_step_done(s, st, "passage_corrections") < 0)
		return -1;
	*count = sqlite3_changes(s->db);
	return 0;
}

int64_t store_passage_put(struct store *s, const struct store_passage *p)
{
	if (store_check_writable(s) < 0)
		return -1;
	const char *name = p->type == HL_IGNORE ? IGNORE_NAME : hl_type_name(p->type);
	if (!name || !p->quote || p->end <= p->start)
		return err_set(_("a correction needs a passage and a type"));
	if (store_begin(s) < 0)
		return -1;
	int gone;
	if (overlap_delete(s, p->article_id, p->start, p->end, &gone) < 0 || forget_index(s, p->article_id) < 0) {
		store_rollback(s);
		return -1;
	}
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s,
		"INSERT INTO passage_corrections(article_id, start, end, quote, prefix, suffix, hash, type, "
		"created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id");
	if (!st) {
		store_rollback(s);
		return -1;
	}
	sqlite3_bind_int64(st, 1, p->article_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)p->start);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)p->end);
	store_bind_text(st, 4, p->quote);
	store_bind_text(st, 5, p->prefix ? p->prefix : "");
	store_bind_text(st, 6, p->suffix ? p->suffix : "");
	store_bind_text(st, 7, p->hash);
	store_bind_text(st, 8, name);
	store_bind_text(st, 9, now);
	int64_t id = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (id < 0) {
		store_fail(s, "passage_corrections");
		store_rollback(s);
		return -1;
	}
	return store_commit(s) < 0 ? -1 : id;
}

int store_passage_del(struct store *s, int64_t article_id, size_t start, size_t end)
{
	if (store_check_writable(s) < 0 || store_begin(s) < 0)
		return -1;
	int n = 0;
	if (overlap_delete(s, article_id, start, end, &n) < 0 || (n && forget_index(s, article_id) < 0)) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s) < 0 ? -1 : n;
}

int store_passage_del_id(struct store *s, int64_t id)
{
	if (store_check_writable(s) < 0 || store_begin(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "DELETE FROM passage_corrections WHERE id = ?1 RETURNING article_id");
	if (!st) {
		store_rollback(s);
		return -1;
	}
	sqlite3_bind_int64(st, 1, id);
	int64_t a = 0;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		a = sqlite3_column_int64(st, 0);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, "passage_corrections");
		store_rollback(s);
		return -1;
	}
	if (a && forget_index(s, a) < 0) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s) < 0 ? -1 : a != 0;
}

int store_passage_set_anchor(struct store *s, int64_t id, size_t start, size_t end, const char *quote,
			     const char *prefix, const char *suffix, const char *hash, int orphan)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = quote
		? store_prep(s, "UPDATE passage_corrections SET start = ?2, end = ?3, quote = ?4, prefix = ?5, "
			     "suffix = ?6, hash = ?7, orphan = ?8 WHERE id = ?1")
		: store_prep(s, "UPDATE passage_corrections SET orphan = ?8 WHERE id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (quote) {
		sqlite3_bind_int64(st, 2, (sqlite3_int64)start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)end);
		store_bind_text(st, 4, quote);
		store_bind_text(st, 5, prefix ? prefix : "");
		store_bind_text(st, 6, suffix ? suffix : "");
		store_bind_text(st, 7, hash);
	}
	sqlite3_bind_int(st, 8, orphan ? 1 : 0);
	return store_step_done(s, st, "passage_corrections");
}

static int read_rows(struct store *s, sqlite3_stmt *st, struct store_passage_list *out)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 8);
		int type = name && strcmp(name, IGNORE_NAME) == 0 ? (int)HL_IGNORE : hl_type_parse(name);
		sqlite3_int64 start = sqlite3_column_int64(st, 2), end = sqlite3_column_int64(st, 3);
		if (type < 0 || start < 0 || end <= start)
			continue;   /* a row this gloss cannot use */
		XGROW(out->v, out->cap, out->n + 1);
		struct store_passage *p = &out->v[out->n++];
		memset(p, 0, sizeof *p);
		p->id = sqlite3_column_int64(st, 0);
		p->article_id = sqlite3_column_int64(st, 1);
		p->start = (size_t)start;
		p->end = (size_t)end;
		p->quote = store_col_dup(st, 4);
		p->prefix = store_col_dup(st, 5);
		p->suffix = store_col_dup(st, 6);
		const char *h = (const char *)sqlite3_column_text(st, 7);
		snprintf(p->hash, sizeof p->hash, "%s", h ? h : "");
		p->type = (enum hl_type)type;
		p->orphan = sqlite3_column_int(st, 9) != 0;
		p->path = store_col_dup(st, 10);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, "passage_corrections");
	return 0;
}

#define SELECT_PASSAGES \
	"SELECT p.id, p.article_id, p.start, p.end, p.quote, p.prefix, p.suffix, p.hash, p.type, " \
	"p.orphan, a.path FROM passage_corrections p JOIN articles a ON a.id = p.article_id "

int store_passages(struct store *s, int64_t article_id, struct store_passage_list *out)
{
	sqlite3_stmt *st = store_prep(s, SELECT_PASSAGES "WHERE ?1 = 0 OR p.article_id = ?1 "
				      "ORDER BY a.path, p.start, p.id");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, article_id);
	return read_rows(s, st, out);
}

int store_passages_of(struct store *s, const char *relpath, struct store_passage_list *out)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, SELECT_PASSAGES "WHERE a.path = ?1 ORDER BY p.start, p.id", -1, &st,
			       NULL) != SQLITE_OK)
		return 0;   /* no table: a sidecar of an older gloss, read-only */
	store_bind_text(st, 1, relpath);
	return read_rows(s, st, out);
}
