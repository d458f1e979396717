/* store-feeds.c -- feed subscriptions and the items saved from them
 * (store-feeds.h). */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "store-feeds.h"
#include "store-internal.h"

void store_feed_clear(struct store_feed *f)
{
	free(f->name);
	free(f->url);
	free(f->tags);
	free(f->etag);
	free(f->last_modified);
	free(f->user);
	free(f->password);
	free(f->last_update);
	free(f->last_status);
	memset(f, 0, sizeof *f);
}

int64_t store_feed_add(struct store *s, const struct store_feed *f)
{
	if (store_check_writable(s) < 0)
		return -1;
	struct store_feed old = { 0 };
	int have = store_feed_get(s, f->name, &old);
	if (have == 0)
		have = store_feed_get(s, f->url, &old);
	if (have < 0)
		return -1;
	if (have) {
		if (strcmp(old.name, f->name) == 0)
			err_set(_("a feed named %s already exists"), f->name);
		else
			err_set(_("already subscribed as %s"), old.name);
		store_feed_clear(&old);
		return -1;
	}
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, "INSERT INTO feeds(name, url, tags, user, password, summary_only, added_at) "
				      "VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (!st)
		return -1;
	store_bind_text(st, 1, f->name);
	store_bind_text(st, 2, f->url);
	store_bind_text(st, 3, f->tags ? f->tags : "");
	store_bind_text(st, 4, f->user);
	store_bind_text(st, 5, f->password);
	sqlite3_bind_int(st, 6, f->summary_only != 0);
	store_bind_text(st, 7, now);
	if (store_step_done(s, st, "feed") < 0)
		return -1;
	return sqlite3_last_insert_rowid(s->db);
}

int store_feed_remove(struct store *s, const char *name_or_url)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "DELETE FROM feeds WHERE name = ?1 OR url = ?1");
	if (!st)
		return -1;
	store_bind_text(st, 1, name_or_url);
	if (store_step_done(s, st, "feed") < 0)
		return -1;
	return sqlite3_changes(s->db) > 0;
}

/* The articles under feeds/NAME/: paths from "feeds/NAME/" up to
 * "feeds/NAME0" ('0' follows '/'), a range the index on path answers,
 * and no character of a name acts as a pattern. */
#define UNDER_FEED(name) "a.path >= 'feeds/' || " name " || '/' AND a.path < 'feeds/' || " name " || '0'"
#define FEED_COLUMNS \
	"f.id, f.name, f.url, f.tags, f.etag, f.last_modified, f.user, f.password, f.summary_only, " \
	"f.last_update, f.last_status "

static void feed_row(sqlite3_stmt *st, struct store_feed *f)
{
	f->id = sqlite3_column_int64(st, 0);
	f->name = store_col_dup(st, 1);
	f->url = store_col_dup(st, 2);
	f->tags = store_col_dup(st, 3);
	f->etag = store_col_dup_opt(st, 4);
	f->last_modified = store_col_dup_opt(st, 5);
	f->user = store_col_dup_opt(st, 6);
	f->password = store_col_dup_opt(st, 7);
	f->summary_only = sqlite3_column_int(st, 8);
	f->last_update = store_col_dup_opt(st, 9);
	f->last_status = store_col_dup_opt(st, 10);
}

int store_feed_get(struct store *s, const char *name_or_url, struct store_feed *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = store_prep(s, "SELECT " FEED_COLUMNS "FROM feeds f WHERE f.name = ?1 "
				      "UNION ALL SELECT " FEED_COLUMNS "FROM feeds f WHERE f.url = ?1 AND f.name <> ?1 LIMIT 1");
	if (!st)
		return -1;
	store_bind_text(st, 1, name_or_url);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		feed_row(st, out);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "feed");
	return rc == SQLITE_ROW;
}

int store_feeds(struct store *s, store_feed_fn fn, void *ctx)
{
	/* The counts of every feed in one pass: each feed's range of paths. */
	sqlite3_stmt *st = store_prep(s, "SELECT " FEED_COLUMNS ", count(a.id), coalesce(sum(NOT a.read), 0) "
				      "FROM feeds f LEFT JOIN articles a ON " UNDER_FEED("f.name") " AND a.present "
				      "GROUP BY f.id ORDER BY f.name");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_feed f;
		feed_row(st, &f);
		f.articles = (long)sqlite3_column_int64(st, 11);
		f.unread = (long)sqlite3_column_int64(st, 12);
		int stop = fn(&f, ctx);
		store_feed_clear(&f);
		if (stop) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, "feeds");
	return 0;
}

int store_feed_set_result(struct store *s, int64_t id, const char *status,
			  int set, const char *etag, const char *last_modified)
{
	if (store_check_writable(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, set ? "UPDATE feeds SET last_update = ?2, last_status = ?3, etag = ?4, "
					       "last_modified = ?5 WHERE id = ?1"
					     : "UPDATE feeds SET last_update = ?2, last_status = ?3 WHERE id = ?1");
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	store_bind_text(st, 2, now);
	store_bind_text(st, 3, status);
	if (set) {
		store_bind_text(st, 4, etag);
		store_bind_text(st, 5, last_modified);
	}
	return store_step_done(s, st, "feed");
}

/* Calls fn with the text of the first column of each row of st, then
 * finalizes it. */
static int each_text(struct store *s, sqlite3_stmt *st, store_text_fn fn, void *ctx, const char *what)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn((const char *)sqlite3_column_text(st, 0), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_fail(s, what);
	return 0;
}

int store_feed_item_ids(struct store *s, const char *feed, store_text_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, "SELECT item_id FROM feed_items WHERE feed = ? ORDER BY item_id");
	if (!st)
		return -1;
	store_bind_text(st, 1, feed);
	return each_text(s, st, fn, ctx, "feed items");
}

int store_feed_item_add(struct store *s, const char *feed, const char *item_id,
			const char *path, const char *tags)
{
	if (store_check_writable(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	sqlite3_stmt *st = store_prep(s, "INSERT OR REPLACE INTO feed_items(feed, item_id, path, tags, saved_at) "
				      "VALUES (?, ?, ?, ?, ?)");
	if (!st)
		return -1;
	store_bind_text(st, 1, feed);
	store_bind_text(st, 2, item_id);
	store_bind_text(st, 3, path);
	store_bind_text(st, 4, tags ? tags : "");
	store_bind_text(st, 5, now);
	return store_step_done(s, st, "feed item");
}

int store_feed_prunable(struct store *s, const char *feed, const char *before,
			store_text_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s,
		"SELECT a.path FROM articles a WHERE " UNDER_FEED("?1") " AND a.present "
		"AND coalesce(a.date, a.added_at) < ?2 "
		"AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id AND n.deleted_at IS NULL) "
		"AND NOT EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
		"  WHERE at.article_id = a.id AND instr(',' || lower(coalesce("
		"    (SELECT fi.tags FROM feed_items fi WHERE fi.path = a.path LIMIT 1), '')) || ',', "
		"    ',' || lower(t.name) || ',') = 0) "
		"ORDER BY a.path");
	if (!st)
		return -1;
	store_bind_text(st, 1, feed);
	store_bind_text(st, 2, before);
	return each_text(s, st, fn, ctx, "feed articles");
}
