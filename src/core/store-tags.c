/* store-tags.c -- tag names and the tags of articles.
 *
 * A tag is a short label chosen by the user. Names keep their case but
 * compare without ASCII case ("Japan" and "japan" are one tag). Tags of
 * notes live in store-notes.c; this module owns the names. */
#include "system.h"

#include <string.h>

#include "core.h"
#include "store-internal.h"
#include "ustr.h"

int store_tag_valid(const char *tag)
{
	size_t n = strlen(tag);
	if (n == 0 || n > 100)
		return 0;
	if (tag[0] == ' ' || tag[n - 1] == ' ')
		return 0;
	if (ustr_invalid_at(tag, n) != n)
		return 0;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		i += (size_t)ustr_decode(tag + i, n - i, &cp);
		if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == ',' || ustr_is_format(cp))
			return 0;
	}
	return 1;
}

int64_t store_tag_id(struct store *s, const char *name, int create)
{
	if (create) {
		sqlite3_stmt *st = store_prep(s, "INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
		if (!st)
			return -1;
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return store_fail(s, "tag");
	}
	sqlite3_stmt *st = store_prep(s, "SELECT id FROM tags WHERE name = ?");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "tag");
	return id;
}

/* Adds (add) or removes the tag of an article in one transaction. */
static int article_tag_op(struct store *s, int64_t article_id, const char *tag, int add)
{
	if (store_begin(s) < 0)
		return -1;
	int64_t tid = store_tag_id(s, tag, add);
	if (tid < 0 || (add && tid == 0))
		goto fail;
	if (tid == 0) {
		store_rollback(s);
		return err_set(_("no tag named '%s'"), tag);
	}
	sqlite3_stmt *st = store_prep(s, add
		? "INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?, ?)"
		: "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, article_id);
	sqlite3_bind_int64(st, 2, tid);
	if (store_step_done(s, st, add ? "tag" : "untag") < 0)
		goto fail;
	return store_commit(s);
fail:
	store_rollback(s);
	return -1;
}

int store_article_tag(struct store *s, int64_t article_id, const char *tag)
{
	if (!store_tag_valid(tag))
		return err_set(_("not a valid tag name (empty, too long, or with a comma or control character)"));
	return article_tag_op(s, article_id, tag, 1);
}

int store_article_untag(struct store *s, int64_t article_id, const char *tag)
{
	return article_tag_op(s, article_id, tag, 0);
}

int store_tags(struct store *s, store_tag_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s,
		"SELECT t.name, "
		"(SELECT count(*) FROM articles a WHERE a.present = 1 AND a.id IN ("
		"  SELECT at.article_id FROM article_tags at WHERE at.tag_id = t.id UNION "
		"  SELECT n.article_id FROM note_tags nt JOIN notes n ON n.id = nt.note_id "
		"  WHERE nt.tag_id = t.id AND n.deleted_at IS NULL)), "
		"(SELECT count(*) FROM note_tags nt JOIN notes n ON n.id = nt.note_id JOIN articles a ON a.id = n.article_id "
		"  WHERE nt.tag_id = t.id AND n.deleted_at IS NULL AND a.present = 1) "
		"FROM tags t ORDER BY t.name COLLATE NOCASE");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_tag t = { (const char *)sqlite3_column_text(st, 0), (long)sqlite3_column_int64(st, 1),
				       (long)sqlite3_column_int64(st, 2) };
		if (fn(&t, ctx))
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(s, "tags");
}
