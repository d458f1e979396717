/* store-mentions.h -- the library-wide entity index in the sidecar.
 *
 * Table mentions holds every PERSON, PLACE and DATE span a reader is shown
 * (not "now" or "today", hl_span_shown()) of every article
 * (byte range, type, entity key); mention_state says which version of an
 * article (its hash) was indexed by which engine (its hl_engine_stamp,
 * which covers the user's corrections), so that an article is indexed
 * again when its text or the engine changes. This module only stores and
 * queries: ops-mentions.c runs the engine.
 *
 * Strings handed to callbacks are borrowed for the call. */
#ifndef GLOSS_STORE_MENTIONS_H
#define GLOSS_STORE_MENTIONS_H

#include <stddef.h>
#include <stdint.h>

struct store;
struct hl_spans;

/* Replaces the mentions of an article and records (hash, engine), engine
 * being the stamp of the engine that found them. */
int store_mentions_put(struct store *s, int64_t article_id, const char *hash, const char *engine,
		       const struct hl_spans *spans);
/* Present articles whose index is missing or was made from another hash
 * or engine: their ids and paths, in *ids / *paths (caller frees each
 * path and both arrays). */
int store_mentions_stale(struct store *s, const char *engine, int64_t **ids, char ***paths, size_t *n);

/* Every distinct (key, type) in the index, with the number of articles
 * and of mentions; fn returns nonzero to stop. */
typedef int (*store_key_fn)(const char *key, const char *type, long articles, long mentions, void *ctx);
int store_mention_keys(struct store *s, store_key_fn fn, void *ctx);

struct store_mention {
	int64_t article_id;
	size_t start, end;
	const char *type;     /* "PERSON", "PLACE", "DATE" */
	const char *key;
	const char *path, *title, *date;   /* the article's */
};
typedef int (*store_mention_fn)(const struct store_mention *m, void *ctx);
/* The mentions whose key is one of keys[0..nkeys), in present articles,
 * ordered as the library list (date newest first, then title), then by
 * offset. */
int store_mentions_of(struct store *s, const char *const *keys, size_t nkeys, store_mention_fn fn, void *ctx);

/* The entities that share the most articles with keys[0..nkeys): fn gets
 * each other (key, type) and the number of articles both appear in, most
 * first; at most limit of them. */
int store_mentions_cooccur(struct store *s, const char *const *keys, size_t nkeys, long limit, store_key_fn fn,
			   void *ctx);

#endif
