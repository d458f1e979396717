/* ops-mentions.c -- the mention index of the library and the questions
 * asked of it: mentions of a name, the next article, co-occurrences (ops.h). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "core.h"
#include "hl.h"
#include "library.h"
#include "ops.h"
#include "store.h"
#include "store-mentions.h"
#include "ustr.h"

int ops_mentions_index(struct library *l, const struct hl_engine *e)
{
	if (store_readonly(l->store))
		return 0;
	if (!e && !(e = lib_engine(l)))
		return -1;
	/* Stamped with the engine that runs: whatever engine the caller gives,
	 * the index says what made it, and another engine makes it again. */
	const char *engine = hl_engine_stamp(e);
	int64_t *ids;
	char **paths;
	size_t n;
	int r = store_mentions_stale(l->store, engine, &ids, &paths, &n);
	int done = 0;
	struct hl_spans sp = { 0 };
	if (r == 0 && n && store_begin(l->store) < 0)
		r = -1;
	for (size_t i = 0; r == 0 && i < n; i++) {
		char *full = lib_path(l, paths[i]);
		struct article *a = art_load(full);
		free(full);
		if (!a)
			continue;   /* unreadable now: indexed when it can be read */
		struct hl_doc doc = {
			.text = a->text + a->body, .len = a->len - a->body, .base = a->body,
			.date = a->iso_date[0] ? a->iso_date : NULL,
		};
		char hex[17];
		hash64_hex(a->hash, hex);
		/* the corrections of one passage win there (ops-passage.c) */
		struct store_passage_list fix = { 0 };
		if (hl_run(e, &doc, &sp) < 0 || ops_passages(l, paths[i], a, &fix) < 0) {
			r = -1;
		} else {
			ops_passages_apply(&fix, a->text, a->body, a->len, &sp);
			/* "now" and "today" are not counted or visited across the
			 * library, as in the reading pane by default */
			hl_spans_keep_shown(&sp, 0, 0);
			if (store_mentions_put(l->store, ids[i], hex, engine, &sp) < 0)
				r = -1;
			else
				done++;
		}
		store_passage_list_clear(&fix);
		hl_spans_clear(&sp);
		art_free(&a);
	}
	if (n && r == 0)
		r = store_commit(l->store);
	else if (n)
		store_rollback(l->store);
	strv_free(paths, n);
	free(ids);
	return r < 0 ? -1 : done;
}

/* Words of a lower-cased name, split at spaces. */
struct words {
	char **v;
	size_t n, cap;
};

static void words_split(struct words *w, const char *s)
{
	char *low = ustr_lower(s, strlen(s));
	for (char *t = low; *t;) {
		while (*t == ' ' || *t == '\t' || *t == '\n')
			t++;
		char *e = t;
		while (*e && *e != ' ' && *e != '\t' && *e != '\n')
			e++;
		if (e > t) {
			XGROW(w->v, w->cap, w->n + 1);
			w->v[w->n++] = xstrndup(t, (size_t)(e - t));
		}
		t = e;
	}
	free(low);
}

static void words_free(struct words *w)
{
	strv_free(w->v, w->n);
	memset(w, 0, sizeof *w);
}

static int words_within(const struct words *a, const struct words *b)
{
	for (size_t i = 0; i < a->n; i++) {
		size_t j = 0;
		while (j < b->n && strcmp(a->v[i], b->v[j]) != 0)
			j++;
		if (j == b->n)
			return 0;
	}
	return a->n > 0;
}

struct key_match {
	struct words q;
	int type;
	char **keys;
	size_t n, cap;
};

static int match_key(const char *key, const char *type, long articles, long mentions, void *ctx)
{
	(void)articles;
	(void)mentions;
	struct key_match *km = ctx;
	if (km->type >= 0 && strcmp(type, hl_type_name((enum hl_type)km->type)) != 0)
		return 0;
	struct words k = { 0 };
	words_split(&k, key);
	if (words_within(&km->q, &k) || words_within(&k, &km->q)) {
		XGROW(km->keys, km->cap, km->n + 1);
		km->keys[km->n++] = xstrdup(key);
	}
	words_free(&k);
	return 0;
}

/* The keys NAME stands for. */
static int keys_of(struct library *l, const struct hl_engine *e, const char *name, int type, struct key_match *km)
{
	memset(km, 0, sizeof *km);
	km->type = type;
	if (ops_mentions_index(l, e) < 0)
		return -1;
	words_split(&km->q, name);
	if (km->q.n == 0)
		return err_set(_("no name to look for"));
	return store_mention_keys(l->store, match_key, km);
}

static void keys_free(struct key_match *km)
{
	strv_free(km->keys, km->n);
	words_free(&km->q);
}

void ops_mention_clear(struct ops_mention *m)
{
	free(m->path);
	free(m->title);
	free(m->date);
	free(m->key);
	free(m->text);
	free(m->before);
	free(m->after);
	memset(m, 0, sizeof *m);
}

void ops_mention_list_clear(struct ops_mention_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		ops_mention_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

struct collect {
	struct library *l;
	struct ops_mention_list *out;
	struct article *art;     /* the article of the last mention, loaded once */
	int64_t art_id;
};

static int collect_mention(const struct store_mention *m, void *ctx)
{
	struct collect *c = ctx;
	if (m->article_id != c->art_id) {
		art_free(&c->art);
		c->art_id = m->article_id;
		char *full = lib_path(c->l, m->path);
		c->art = art_load(full);
		free(full);
		c->out->narticles++;
	}
	const struct article *a = c->art;
	if (!a || m->end > a->len || m->start >= m->end)
		return 0;   /* the file changed since indexing: skip, the next index fixes it */
	struct ops_mention_list *out = c->out;
	XGROW(out->v, out->cap, out->n + 1);
	struct ops_mention *o = &out->v[out->n++];
	memset(o, 0, sizeof *o);
	o->article_id = m->article_id;
	o->path = xstrdup(m->path);
	o->title = xstrdup(m->title ? m->title : "");
	o->date = xstrdup(m->date ? m->date : "");
	o->start = m->start;
	o->end = m->end;
	snprintf(o->type, sizeof o->type, "%s", m->type);
	o->key = xstrdup(m->key);
	/* The words around it as read (for Markdown, markup blanked). */
	o->text = art_line(a, m->start, m->end);
	size_t bs = m->start > OPS_KWIC ? m->start - OPS_KWIC : 0;
	while (bs < m->start && ((unsigned char)a->text[bs] & 0xC0) == 0x80)
		bs++;
	size_t ae = m->end + OPS_KWIC < a->len ? m->end + OPS_KWIC : a->len;
	while (ae > m->end && ae < a->len && ((unsigned char)a->text[ae] & 0xC0) == 0x80)
		ae--;
	o->before = art_line(a, bs, m->start);
	o->after = art_line(a, m->end, ae);
	return 0;
}

int ops_mentions(struct library *l, const struct hl_engine *e, const char *name, int type,
		 struct ops_mention_list *out)
{
	struct key_match km;
	int r = keys_of(l, e, name, type, &km);
	if (r == 0 && km.n) {
		struct collect c = { l, out, NULL, 0 };
		r = store_mentions_of(l->store, (const char *const *)km.keys, km.n, collect_mention, &c);
		art_free(&c.art);
	}
	keys_free(&km);
	return r;
}

int ops_mention_next_article(struct library *l, const struct hl_engine *e, const char *name, int type,
			     int64_t from_article_id, int dir, int wrap, struct ops_mention *out)
{
	memset(out, 0, sizeof *out);
	struct ops_mention_list ml = { 0 };
	if (ops_mentions(l, e, name, type, &ml) < 0)
		return -1;
	/* the articles in order, and where from_article_id stands among them
	 * (or would: it may not mention NAME itself) */
	int found = 0;
	if (ml.n) {
		size_t here = SIZE_MAX;
		for (size_t i = 0; i < ml.n && here == SIZE_MAX; i++)
			if (ml.v[i].article_id == from_article_id)
				here = i;
		size_t pick = SIZE_MAX;
		if (here == SIZE_MAX) {
			/* not among them: start from the ends */
			pick = dir > 0 ? 0 : ml.n - 1;
			if (!wrap)
				pick = SIZE_MAX;
		} else if (dir > 0) {
			size_t j = here;
			while (j < ml.n && ml.v[j].article_id == from_article_id)
				j++;
			pick = j < ml.n ? j : wrap ? 0 : SIZE_MAX;
		} else {
			size_t j = here;   /* first mention in from_article_id */
			pick = j > 0 ? j - 1 : wrap ? ml.n - 1 : SIZE_MAX;
		}
		if (pick != SIZE_MAX) {
			/* dir < 0: pick is the last mention of the article before */
			*out = ml.v[pick];
			memset(&ml.v[pick], 0, sizeof ml.v[pick]);
			found = 1;
		}
	}
	ops_mention_list_clear(&ml);
	return found;
}

struct cooccur_ctx {
	ops_cooccur_fn fn;
	void *ctx;
};

static int cooccur_cb(const char *key, const char *type, long articles, long mentions, void *ctx)
{
	(void)mentions;
	struct cooccur_ctx *c = ctx;
	return c->fn(key, type, articles, c->ctx);
}

int ops_cooccur(struct library *l, const struct hl_engine *e, const char *name, int type, long limit,
		ops_cooccur_fn fn, void *ctx)
{
	struct key_match km;
	int r = keys_of(l, e, name, type, &km);
	if (r == 0 && km.n) {
		struct cooccur_ctx c = { fn, ctx };
		r = store_mentions_cooccur(l->store, (const char *const *)km.keys, km.n, limit, cooccur_cb, &c);
	}
	keys_free(&km);
	return r;
}
