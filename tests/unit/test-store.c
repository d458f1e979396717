/* test-store.c -- the sidecar: schema, articles, tags, search, guards. */
#include "system.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "core.h"
#include "search-query.h"
#include "store.h"
#include "tap.h"

static struct article *mk(const char *name, const char *text)
{
	return art_from_buffer(name, xstrdup(text), strlen(text));
}

static int count_cb(const struct store_article *a, void *ctx)
{
	(void)a;
	(*(int *)ctx)++;
	return 0;
}

static int hit_cb(const struct store_hit *h, void *ctx)
{
	struct sb *b = ctx;
	sb_addf(b, "%s|", h->path);
	return 0;
}

/* store_search over a query parsed as `gloss search` parses it. */
static int search(struct store *s, const char *text, long limit, store_hit_fn fn, void *ctx)
{
	struct sq q;
	if (sq_parse(text, &q) < 0)
		return -1;
	int r = store_search(s, &q, limit, fn, ctx);
	sq_free(&q);
	return r;
}

static int dir_cb(const char *path, int64_t mtime_ns, void *ctx)
{
	sb_addf(ctx, "%s=%lld|", path, (long long)mtime_ns);
	return 0;
}

static void rm_db(const char *p)
{
	char buf[256];
	unlink(p);
	snprintf(buf, sizeof buf, "%s-wal", p);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", p);
	unlink(buf);
}

int main(void)
{
	const char *db = "test-store.db";
	rm_db(db);
	ok(store_open(db, 0) == NULL, "no sidecar without STORE_CREATE");
	struct store *s = store_open(db, STORE_CREATE);
	ok(s != NULL, "creates a sidecar");
	ok(!store_readonly(s), "writable");

	struct article *a = mk("a.txt", "Title: Seoul talks\nDate: 2024-01-02\n\nThe ministers met in Seoul.\n");
	int64_t id = store_article_put(s, "a.txt", a, 10, 20);
	ok(id > 0, "an article is stored");
	art_free(&a);
	a = mk("b.txt", "Title: Manila visit\nDate: 2024-03-01\n\nA visit to Manila.\n");
	int64_t id2 = store_article_put(s, "sub/b.txt", a, 11, 21);
	art_free(&a);
	a = mk("a.txt", "Title: Seoul talks again\nDate: 2024-01-02\n\nThe ministers met in Seoul.\n");
	is_int(store_article_put(s, "a.txt", a, 12, 22), id, "putting the same path updates its row");
	art_free(&a);

	struct store_article r = { 0 };
	is_int(store_article_get(s, "a.txt", &r), 1, "found by path");
	is_str(r.title, "Seoul talks again", "with the new title");
	is_str(r.date, "2024-01-02", "and its date");
	ok(r.size == 12 && r.mtime_ns == 22 && r.present, "and stat data");
	store_article_clear(&r);
	is_int(store_article_get(s, "nope.txt", &r), 0, "a missing path is 0");

	is_int(store_article_tag(s, id, "Korea"), 0, "tag");
	is_int(store_article_tag(s, id, "korea"), 0, "same tag in other case");
	is_int(store_article_tag(s, id, "talks"), 0, "second tag");
	ok(store_article_tag(s, id, "a,b") < 0, "a comma is refused");
	ok(store_article_tag(s, id, "bad\x1btag") < 0, "a control character is refused");
	store_article_by_id(s, id, &r);
	is_str(r.tags, "Korea,talks", "tags are sorted, case kept, no duplicates");
	store_article_clear(&r);
	int n = 0;
	store_articles(s, "KOREA", 0, count_cb, &n);
	is_int(n, 1, "filter by tag ignores case");
	is_int(store_article_untag(s, id, "talks"), 0, "untag");
	ok(store_article_untag(s, id, "never") < 0, "untag of an unknown tag fails");

	n = 0;
	store_articles(s, NULL, 0, count_cb, &n);
	is_int(n, 2, "two articles listed");
	n = 0;
	store_articles(s, NULL, 1, count_cb, &n);
	is_int(n, 1, "limit");
	is_int(store_article_set_present(s, id2, 0), 0, "mark missing");
	n = 0;
	store_articles(s, NULL, 0, count_cb, &n);
	is_int(n, 1, "a missing article is not listed");
	store_article_set_present(s, id2, 1);

	struct sb hits = SB_INIT;
	is_int(search(s, "Manila", 10, hit_cb, &hits), 0, "search runs");
	is_str(hits.s, "sub/b.txt|", "finds the article");
	sb_reset(&hits);
	search(s, "\"ministers met\" seoul", 10, hit_cb, &hits);
	is_str(hits.s, "a.txt|", "phrases and words together");
	sb_reset(&hits);
	is_int(search(s, "NEAR OR \"AND\" x*", 10, hit_cb, &hits), 0, "FTS5 syntax in a query is plain text");
	sb_release(&hits);
	ok(search(s, "  ", 10, hit_cb, &hits) < 0, "an empty query is an error");

	is_int(store_article_set_read(s, id, 1), 0, "read state");
	is_int(store_article_set_position(s, id, 123), 0, "reading position");
	store_article_by_id(s, id, &r);
	ok(r.read == 1 && r.position == 123, "both kept");
	store_article_clear(&r);

	char *v = NULL;
	is_int(store_meta_set(s, "k", "v"), 0, "meta set");
	is_int(store_meta_get(s, "k", &v), 1, "meta get");
	is_str(v, "v", "meta value");
	free(v);

	/* The folders of a sync: replaced as a whole, read back. */
	const char *dirs[] = { "", "sub" };
	int64_t mt[] = { 5, 7 };
	struct sb b = SB_INIT;
	is_int(store_dirs(s, dir_cb, &b), 0, "no folders yet");
	is_str(b.s, "", "an empty list");
	is_int(store_dirs_set(s, dirs, mt, 2), 0, "store_dirs_set");
	store_dirs(s, dir_cb, &b);
	ok(strstr(b.s, "=5|") && strstr(b.s, "sub=7|") && b.len == strlen("=5|sub=7|"), "both folders with their mtimes");
	sb_reset(&b);
	is_int(store_dirs_set(s, dirs + 1, mt, 1), 0, "set again");
	store_dirs(s, dir_cb, &b);
	is_str(b.s, "sub=5|", "the old list is replaced");
	/* The search index takes the head of a long body only. */
	{
		size_t bn = STORE_FTS_MAX + 4096;
		char *big = xmalloc(bn + 32);
		size_t k = (size_t)sprintf(big, "Title: Big\n\nheadword ");
		while (k < bn) {
			memcpy(big + k, "lorem ipsum\n", 12);
			k += 12;
		}
		k += (size_t)sprintf(big + k, "tailword\n");
		struct article *ba = art_from_buffer("big.txt", big, k);
		ok(ba && store_article_put(s, "big.txt", ba, (int64_t)k, 1) > 0, "a body past STORE_FTS_MAX is stored");
		art_free(&ba);
		sb_reset(&b);
		search(s, "headword", 0, hit_cb, &b);
		is_str(b.s, "big.txt|", "a word of its head is found");
		sb_reset(&b);
		search(s, "tailword", 0, hit_cb, &b);
		is_str(b.s, "", "a word past the limit is not indexed");
	}
	/* SQLite's message is given once: a COMMIT that fails on a deferred
	 * foreign key gives "...: FOREIGN KEY constraint failed", not twice. */
	sqlite3_exec(store_db(s), "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL);
	ok(store_begin(s) == 0, "a transaction");
	sqlite3_exec(store_db(s), "INSERT INTO notes(article_id, start, end, quote, hash, created_at, updated_at) "
		     "VALUES (999999, 0, 1, 'q', 'h', 'now', 'now')", NULL, NULL, NULL);
	ok(store_commit(s) < 0, "whose COMMIT fails");
	{
		const char *m = err_msg(), *f = strstr(m, "FOREIGN KEY constraint failed");
		ok(f && !strstr(f + 1, "FOREIGN KEY constraint failed"), "says SQLite's message once");
	}
	sqlite3_exec(store_db(s), "PRAGMA defer_foreign_keys = OFF", NULL, NULL, NULL);
	sb_release(&b);
	store_close(&s);
	ok(s == NULL, "close sets NULL");

	/* An existing sidecar opened read-only (a shared folder) is read, and a
	 * write is refused with a message that names --db. */
	s = store_open(db, STORE_READONLY);
	ok(s && store_readonly(s), "an existing sidecar opens read-only");
	{
		struct store_article ra = { 0 };
		ok(s && store_article_get(s, "a.txt", &ra) == 1, "and is read");
		store_article_clear(&ra);
	}
	ok(s && store_article_set_read(s, id, 1) < 0, "a write is refused");
	ok(strstr(err_msg(), "read-only") && strstr(err_msg(), "--db"), "naming --db to write elsewhere");
	store_close(&s);

	/* A sidecar from a newer gloss is opened read-only, never written. */
	sqlite3 *raw;
	sqlite3_open(db, &raw);
	sqlite3_exec(raw, "PRAGMA user_version = 99", NULL, NULL, NULL);
	sqlite3_close(raw);
	s = store_open(db, STORE_CREATE);
	ok(s && store_readonly(s), "a newer schema opens read-only");
	ok(s && store_note(s) && strstr(store_note(s), "newer"), "and says why");
	ok(s && store_article_set_read(s, id, 0) < 0, "writes are refused");
	store_close(&s);
	sqlite3_open(db, &raw);
	sqlite3_exec(raw, "PRAGMA user_version = 1", NULL, NULL, NULL);
	sqlite3_close(raw);

	/* A file that is not a database is refused with a message. */
	rm_db(db);
	write_file_atomic(db, "this is not sqlite, just text that is long enough to be a header", 64, 1);
	s = store_open(db, STORE_CREATE);
	ok(s == NULL, "a damaged sidecar does not open");
	ok(strstr(err_msg(), "damaged") || strstr(err_msg(), "not a database"), "and the message says so");
	store_close(&s);
	size_t len;
	char *still = read_file(db, &len);
	ok(still && strncmp(still, "this is not sqlite", 18) == 0, "the damaged file is left untouched");
	free(still);
	rm_db(db);
	return done_testing();
}
