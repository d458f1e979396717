/* store-mentions.c -- the SQL of the entity index (store-mentions.h).
 *
 * Writes replace an article's mentions in one transaction, so the index
 * never holds half an article. Key lists are bound one parameter each
 * (never spliced into the SQL), in chunks below SQLite's parameter limit. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "hl.h"
#include "store-internal.h"
#include "store-mentions.h"

int store_mentions_put(struct store *s, int64_t article_id, const char *hash, const char *engine,
		       const struct hl_spans *spans)
{
	if (store_begin(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "DELETE FROM mentions WHERE article_id = ?");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, article_id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, "mentions");
		goto fail;
	}
	st = store_prep(s, "INSERT OR REPLACE INTO mentions(article_id, start, end, type, key) VALUES (?, ?, ?, ?, ?)");
	if (!st)
		goto fail;
	for (size_t i = 0; i < spans->n; i++) {
		const struct hl_span *sp = &spans->v[i];
		const char *type = hl_type_name(sp->type);
		if (!type || !sp->key)
			continue;
		sqlite3_bind_int64(st, 1, article_id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)sp->start);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)sp->end);
		sqlite3_bind_text(st, 4, type, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, sp->key, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			store_fail(s, "mentions");
			goto fail;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	st = store_prep(s, "INSERT INTO mention_state(article_id, hash, engine) VALUES (?1, ?2, ?3) "
			   "ON CONFLICT(article_id) DO UPDATE SET hash = ?2, engine = ?3");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, article_id);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, engine, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_fail(s, "mention state");
		goto fail;
	}
	return store_commit(s);
fail:
	store_rollback(s);
	return -1;
}

int store_mentions_stale(struct store *s, const char *engine, int64_t **ids, char ***paths, size_t *n)
{
	*ids = NULL;
	*paths = NULL;
	*n = 0;
	size_t cap = 0, pcap = 0;
	sqlite3_stmt *st = store_prep(s,
		"SELECT a.id, a.path FROM articles a LEFT JOIN mention_state m ON m.article_id = a.id "
		"WHERE a.present = 1 AND (m.article_id IS NULL OR m.hash <> a.hash OR m.engine <> ?) ORDER BY a.id");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, engine, -1, SQLITE_TRANSIENT);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		XGROW(*ids, cap, *n + 1);
		XGROW(*paths, pcap, *n + 1);
		(*ids)[*n] = sqlite3_column_int64(st, 0);
		(*paths)[*n] = store_col_dup(st, 1);
		(*n)++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_fail(s, "mentions");
}

int store_mention_keys(struct store *s, store_key_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s,
		"SELECT m.key, m.type, count(DISTINCT m.article_id), count(*) FROM mentions m "
		"JOIN articles a ON a.id = m.article_id WHERE a.present = 1 GROUP BY m.key, m.type ORDER BY m.key");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		       (long)sqlite3_column_int64(st, 2), (long)sqlite3_column_int64(st, 3), ctx))
			break;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(s, "mentions");
}

/* Fills the temporary table wanted(key) with keys: one bound parameter per
 * row, so any number of keys works. */
static int wanted_keys(struct store *s, const char *const *keys, size_t nkeys)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, "CREATE TEMP TABLE IF NOT EXISTS wanted(key TEXT PRIMARY KEY); DELETE FROM wanted",
			 NULL, NULL, &msg) != SQLITE_OK) {
		sqlite3_free(msg);
		return store_fail(s, "mentions");
	}
	sqlite3_stmt *st = store_prep(s, "INSERT OR IGNORE INTO wanted(key) VALUES (?)");
	if (!st)
		return -1;
	for (size_t i = 0; i < nkeys; i++) {
		sqlite3_bind_text(st, 1, keys[i], -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return store_fail(s, "mentions");
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return 0;
}

int store_mentions_of(struct store *s, const char *const *keys, size_t nkeys, store_mention_fn fn, void *ctx)
{
	if (wanted_keys(s, keys, nkeys) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s,
		"SELECT m.article_id, m.start, m.end, m.type, m.key, a.path, a.title, a.date FROM mentions m "
		"JOIN articles a ON a.id = m.article_id WHERE a.present = 1 AND m.key IN (SELECT key FROM temp.wanted) "
		"ORDER BY a.date DESC, a.title, m.article_id, m.start");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_mention m = {
			.article_id = sqlite3_column_int64(st, 0),
			.start = (size_t)sqlite3_column_int64(st, 1),
			.end = (size_t)sqlite3_column_int64(st, 2),
			.type = (const char *)sqlite3_column_text(st, 3),
			.key = (const char *)sqlite3_column_text(st, 4),
			.path = (const char *)sqlite3_column_text(st, 5),
			.title = (const char *)sqlite3_column_text(st, 6),
			.date = (const char *)sqlite3_column_text(st, 7),
		};
		if (fn(&m, ctx))
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(s, "mentions");
}

int store_mentions_cooccur(struct store *s, const char *const *keys, size_t nkeys, long limit, store_key_fn fn,
			   void *ctx)
{
	if (wanted_keys(s, keys, nkeys) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s,
		"SELECT o.key, o.type, count(DISTINCT o.article_id), count(*) FROM mentions o "
		"JOIN articles a ON a.id = o.article_id "
		"WHERE a.present = 1 AND o.key NOT IN (SELECT key FROM temp.wanted) AND o.article_id IN "
		"(SELECT article_id FROM mentions WHERE key IN (SELECT key FROM temp.wanted)) "
		"GROUP BY o.key, o.type ORDER BY 3 DESC, 4 DESC, o.key LIMIT ?");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, limit > 0 ? limit : -1);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
		       (long)sqlite3_column_int64(st, 2), (long)sqlite3_column_int64(st, 3), ctx))
			break;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(s, "mentions");
}
