/* query.h -- what the front ends read from a library.
 *
 * The interface and the commands never call the store: they write through
 * ops.h and read through these functions. Each is a question about the
 * library as the sidecar knows it now (after the library's last sync);
 * none writes, re-anchors or syncs. The rows are the store's own structs
 * (struct store_article, struct store_hit in store.h; struct store_note
 * and its list in store-notes.h), so a front end reads their fields but
 * frees them only with the *_clear functions below.
 *
 * Conventions: 0 on success, -1 with err_set() on failure; a lookup
 * returns 1 found, 0 not found, -1 on error. Strings handed to a callback
 * are borrowed for the call; a callback returns nonzero to stop, which is
 * not an error. */
#ifndef GLOSS_QUERY_H
#define GLOSS_QUERY_H

#include <stdint.h>

#include "store.h"
#include "store-notes.h"

struct library;

/* ---- articles ---- */

/* Calls fn for each present article, newest first (by date, then title):
 * all of them, or those with tag (ASCII case ignored); limit <= 0 means
 * no limit. The interface's list and `gloss list`. */
int query_articles(struct library *l, const char *tag, long limit, store_article_fn fn, void *ctx);
/* The article at relpath (relative to the library), or with id, present
 * or not: fills *out (caller frees with query_article_clear). */
int query_article(struct library *l, const char *relpath, struct store_article *out);
int query_article_by_id(struct library *l, int64_t id, struct store_article *out);
void query_article_clear(struct store_article *a);
/* The present article, other than the one with id except, whose source is
 * the page url names (link_same in links.h): 1 and *out, 0, or -1. */
int query_article_by_source(struct library *l, const char *url, int64_t except, struct store_article *out);

/* ---- search ---- */

/* Full-text search of the articles, then of the notes, for a query parsed
 * by sq_parse (search-query.h); at most limit hits (<= 0: all). A hit's
 * strings are borrowed for the call. */
struct sq;
int query_search(struct library *l, const struct sq *query, long limit, store_hit_fn fn, void *ctx);

/* ---- changes made elsewhere ---- */

/* A number that changes when another program (a command, another gloss)
 * writes to the library's sidecar: the interface compares it now and then
 * to read notes and tags again. 0 with *version, or -1. */
int query_version(struct library *l, long *version);

/* ---- tags ---- */

/* Calls fn with each tag name and its article count, sorted by name. */
int query_tags(struct library *l, store_tag_fn fn, void *ctx);
/* Whether tag is a valid tag name: 1 to 100 bytes of UTF-8 with no space
 * at either end and no comma, control or format character. */
int query_tag_valid(const char *tag);

/* ---- notes ---- */

/* The notes as stored, without re-anchoring (ops_notes re-anchors first):
 * of the article at relpath (NULL: every article), with tag (on the note
 * or its article; NULL: any), and deleted 0 live only, 1 deleted only, 2
 * both. Appended to out, ordered by article date (newest first), path,
 * then start; free with query_note_list_clear. */
int query_notes(struct library *l, const char *relpath, const char *tag, int deleted,
		struct store_note_list *out);
/* Frees what a note (from ops_note_get) or a list (from ops_notes or
 * query_notes) holds, and empties it. */
void query_note_clear(struct store_note *n);
void query_note_list_clear(struct store_note_list *list);

/* ---- filters and feed folders ---- */

/* What query_articles_where keeps; every field set must hold. */
struct query_filter {
	const char *tag;     /* with this tag (ASCII case ignored), or NULL */
	const char *feed;    /* in the folder feeds/NAME/ (a feed's articles), or NULL */
	int unread;          /* only the unread ones */
	int64_t keep;        /* an article kept though read (the open one), or 0 */
};
/* As query_articles, for the articles f keeps (f NULL: all). */
int query_articles_where(struct library *l, const struct query_filter *f, long limit, store_article_fn fn, void *ctx);
/* Whether relpath lies in the folder of feed name (feeds/NAME/). */
int query_in_feed(const char *relpath, const char *name);

/* A folder feeds/NAME/ and its present articles. */
struct query_feed_folder {
	char *name;
	long articles, unread;
};
/* The folders feeds/NAME/ that hold present articles, sorted by name:
 * *out (free with query_feed_folders_free) and *n. */
int query_feed_folders(struct library *l, struct query_feed_folder **out, size_t *n);
void query_feed_folders_free(struct query_feed_folder *v, size_t n);

#endif
