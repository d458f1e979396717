/* query.c -- the reads of query.h: each one question put to the sidecar
 * of a library, nothing written. The SQL stays in store*.c. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

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

/* ---- filters and feed folders ---- */

int query_in_feed(const char *relpath, const char *name)
{
	size_t n = strlen(name);
	return strncmp(relpath, "feeds/", 6) == 0 && n && strncmp(relpath + 6, name, n) == 0 &&
	       relpath[6 + n] == '/' && relpath[7 + n];
}

struct where {
	const struct query_filter *f;
	long limit, n;
	store_article_fn fn;
	void *ctx;
};

static int keep_where(const struct store_article *a, void *ctx)
{
	struct where *w = ctx;
	if (w->f->unread && a->read && a->id != w->f->keep)
		return 0;
	if (w->f->feed && !query_in_feed(a->path, w->f->feed))
		return 0;
	int stop = w->fn(a, w->ctx);
	return stop || (w->limit > 0 && ++w->n >= w->limit);
}

int query_articles_where(struct library *l, const struct query_filter *f, long limit, store_article_fn fn, void *ctx)
{
	if (!f)
		return store_articles(l->store, NULL, limit, fn, ctx);
	struct where w = { f, limit, 0, fn, ctx };
	return store_articles(l->store, f->tag, 0, keep_where, &w);
}

struct folders {
	struct query_feed_folder *v;
	size_t n, cap;
};

static int count_folder(const struct store_article *a, void *ctx)
{
	struct folders *fs = ctx;
	if (strncmp(a->path, "feeds/", 6) != 0)
		return 0;
	const char *name = a->path + 6, *slash = strchr(name, '/');
	if (!slash || slash == name || !slash[1])
		return 0;
	size_t len = (size_t)(slash - name), i = 0;
	while (i < fs->n && !(strlen(fs->v[i].name) == len && strncmp(fs->v[i].name, name, len) == 0))
		i++;
	if (i == fs->n) {
		XGROW(fs->v, fs->cap, fs->n + 1);
		fs->v[fs->n].name = xstrndup(name, len);
		fs->v[fs->n].articles = fs->v[fs->n].unread = 0;
		fs->n++;
	}
	fs->v[i].articles++;
	fs->v[i].unread += !a->read;
	return 0;
}

static int by_name(const void *x, const void *y)
{
	return strcmp(((const struct query_feed_folder *)x)->name, ((const struct query_feed_folder *)y)->name);
}

int query_feed_folders(struct library *l, struct query_feed_folder **out, size_t *n)
{
	struct folders fs = { NULL, 0, 0 };
	*out = NULL;
	*n = 0;
	if (store_articles(l->store, NULL, 0, count_folder, &fs) < 0) {
		query_feed_folders_free(fs.v, fs.n);
		return -1;
	}
	if (fs.n)
		qsort(fs.v, fs.n, sizeof *fs.v, by_name);
	*out = fs.v;
	*n = fs.n;
	return 0;
}

void query_feed_folders_free(struct query_feed_folder *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}
