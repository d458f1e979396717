/* test-query.c -- the reads of query.h and the reading-state ops, on a
 * small library: what the interface asks when it lists, opens and tags. */
#include "system.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "library.h"
#include "ops.h"
#include "query.h"
#include "search-query.h"
#include "tap.h"

static void put(const char *path, const char *text)
{
	write_file_atomic(path, text, strlen(text), 1);
}

static int path_cb(const struct store_article *a, void *ctx)
{
	sb_addf(ctx, "%s|", a->path);
	return 0;
}

static int tag_cb(const struct store_tag *t, void *ctx)
{
	sb_addf(ctx, "%s=%ld|", t->name, t->articles);
	return 0;
}

static int hit_cb(const struct store_hit *h, void *ctx)
{
	sb_addf(ctx, "%s%s|", h->path, h->in_note ? "(note)" : "");
	return 0;
}

int main(void)
{
	system("rm -rf test-query.d && mkdir -p test-query.d");
	put("test-query.d/old.txt", "Title: Old\nDate: 2020-01-01\n\nThe ministers met in Seoul.\n");
	put("test-query.d/new.txt", "Title: New\nDate: 2024-01-01\n\nA visit to Manila.\n");
	struct library *l = lib_open("test-query.d", NULL, LIB_SYNC_FULL);
	if (!ok(l != NULL, "the library opens"))
		return done_testing();

	struct sb b = SB_INIT;
	is_int(query_articles(l, NULL, 0, path_cb, &b), 0, "query_articles");
	is_str(b.s, "new.txt|old.txt|", "newest first");
	sb_reset(&b);
	query_articles(l, NULL, 1, path_cb, &b);
	is_str(b.s, "new.txt|", "with a limit");
	sb_reset(&b);

	is_int(ops_article_tag(l, "old.txt", "Asia"), 0, "tag an article");
	query_articles(l, "asia", 0, path_cb, &b);
	is_str(b.s, "old.txt|", "by tag, case ignored");
	sb_reset(&b);
	is_int(query_tags(l, tag_cb, &b), 0, "query_tags");
	is_str(b.s, "Asia=1|", "tags with their counts");
	sb_reset(&b);
	ok(query_tag_valid("Asia") && !query_tag_valid("a,b") && !query_tag_valid(""), "query_tag_valid");

	struct store_article a = { 0 };
	is_int(query_article(l, "old.txt", &a), 1, "query_article finds a path");
	is_str(a.tags, "Asia", "with its tags");
	int64_t id = a.id;
	query_article_clear(&a);
	ok(a.path == NULL, "query_article_clear empties it");
	is_int(query_article(l, "none.txt", &a), 0, "an unknown path is not found");

	is_int(ops_article_set_read(l, id, 1), 0, "ops_article_set_read");
	is_int(ops_article_set_position(l, id, 12), 0, "ops_article_set_position");
	is_int(query_article_by_id(l, id, &a), 1, "query_article_by_id");
	ok(a.read == 1 && a.position == 12, "the reading state is kept");
	query_article_clear(&a);

	struct sq q;
	is_int(sq_parse("Seoul", &q), 0, "sq_parse");
	is_int(query_search(l, &q, 0, hit_cb, &b), 0, "query_search");
	sq_free(&q);
	is_str(b.s, "old.txt|", "finds the article");
	sb_reset(&b);

	struct ops_note_spec spec = { .quote = "Manila", .body = "a note" };
	int64_t nid = ops_note_add(l, "new.txt", NULL, &spec);
	ok(nid > 0, "a note is added");
	is_int(ops_note_delete(l, nid), 0, "and deleted");
	struct store_note_list notes = { 0 };
	is_int(query_notes(l, "new.txt", NULL, 0, &notes), 0, "query_notes, live ones");
	is_int(notes.n, 0, "none is live");
	is_int(query_notes(l, "new.txt", NULL, 1, &notes), 0, "query_notes, deleted ones");
	ok(notes.n == 1 && notes.v[0].id == nid, "the deleted note");
	query_note_list_clear(&notes);
	ok(notes.v == NULL && notes.n == 0, "query_note_list_clear empties the list");
	ok(query_notes(l, "none.txt", NULL, 2, &notes) < 0 && strstr(err_msg(), "not an article"),
	   "an unknown path is an error");
	lib_close(&l);

	/* A read-only sidecar (made by a newer gloss) keeps the reading state
	 * it has, without an error. */
	sqlite3 *raw;
	sqlite3_open("test-query.d/.gloss.db", &raw);
	sqlite3_exec(raw, "PRAGMA user_version = 999", NULL, NULL, NULL);
	sqlite3_close(raw);
	l = lib_open("test-query.d", NULL, LIB_SYNC_NONE);
	ok(l && l->note && strstr(l->note, "read-only"), "a newer sidecar opens read-only");
	if (l) {
		is_int(ops_article_set_read(l, id, 0), 0, "setting the read state is no error");
		is_int(ops_article_set_position(l, id, 99), 0, "nor the position");
		query_article_by_id(l, id, &a);
		ok(a.read == 1 && a.position == 12, "and nothing is written");
		query_article_clear(&a);
	}
	lib_close(&l);
	sb_release(&b);
	system("rm -rf test-query.d");
	return done_testing();
}
