/* query.c -- the reads of query.h: each one question put to the sidecar
 * of a library, nothing written. The SQL stays in store*.c. */
#include "system.h"

#include "core.h"
#include "library.h"
#include "links.h"
#include "query.h"
#include "store-watch.h"

int query_articles(struct library *l, const char *tag, long limit, store_article_fn fn, void *ctx)
{
	return store_articles(l->store, tag, limit, fn, ctx);
}

int query_article(struct library *l, const char *relpath, struct store_article *out)
{
	return store_article_get(l->store, relpath, out);
}

int query_article_by_id(struct library *l, int64_t id, struct store_article *out)
{
	return store_article_by_id(l->store, id, out);
}

struct by_source {
	const char *url;
	int64_t except, found;
};

static int match_source(const struct store_article *a, void *ctx)
{
	struct by_source *b = ctx;
	if (a->id == b->except || !a->source || !a->source[0] || !link_same(a->source, b->url))
		return 0;
	b->found = a->id;
	return 1;
}

int query_article_by_source(struct library *l, const char *url, int64_t except, struct store_article *out)
{
	struct by_source b = { url, except, 0 };
	if (store_articles(l->store, NULL, 0, match_source, &b) < 0)
		return -1;
	return b.found ? store_article_by_id(l->store, b.found, out) : 0;
}

void query_article_clear(struct store_article *a)
{
	store_article_clear(a);
}

int query_search(struct library *l, const struct sq *query, long limit, store_hit_fn fn, void *ctx)
{
	return store_search(l->store, query, limit, fn, ctx);
}

int query_tags(struct library *l, store_tag_fn fn, void *ctx)
{
	return store_tags(l->store, fn, ctx);
}

int query_tag_valid(const char *tag)
{
	return store_tag_valid(tag);
}

int query_notes(struct library *l, const char *relpath, const char *tag, int deleted,
		struct store_note_list *out)
{
	struct store_note_filter f = { .tag = tag, .deleted = deleted };
	if (relpath) {
		struct store_article sa = { 0 };
		int found = store_article_get(l->store, relpath, &sa);
		f.article_id = sa.id;
		store_article_clear(&sa);
		if (found < 0)
			return -1;
		if (found == 0)
			return err_set(_("%s: not an article of the library"), relpath);
	}
	return store_notes(l->store, &f, out);
}

void query_note_clear(struct store_note *n)
{
	store_note_clear(n);
}

void query_note_list_clear(struct store_note_list *list)
{
	store_note_list_clear(list);
}

int query_version(struct library *l, long *version)
{
	return store_data_version(l->store, version);
}
