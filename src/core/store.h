/* store.h -- the sidecar: one SQLite database beside the articles.
 *
 * store*.c are the only modules that speak SQL. The database runs in WAL
 * mode with synchronous=FULL and foreign keys on; every write is inside
 * BEGIN IMMEDIATE; every value is a bound parameter. The schema version is
 * PRAGMA user_version; migrations are applied in order, after a backup copy
 * of the file, and recorded in the table `migrations`. A database from a
 * newer gloss is opened read-only; a damaged one is never written to.
 *
 * Strings handed out in structs are owned by the struct and freed by the
 * matching *_free / *_clear function. */
#ifndef GLOSS_STORE_H
#define GLOSS_STORE_H

#include <stddef.h>
#include <stdint.h>

struct article;
struct store;

enum {
	STORE_READONLY = 1 << 0,  /* never write (a newer schema, a damaged file, --read-only) */
	STORE_CREATE = 1 << 1,    /* create the file when missing */
};

/* Opens (and creates, migrates) the sidecar at path. Returns NULL and sets
 * the error on failure: a folder or another program's SQLite database at
 * path is refused, untouched. A newer schema opens read-only; store_note()
 * then says why. */
struct store *store_open(const char *path, int flags);
void store_close(struct store **s);
int store_readonly(const struct store *s);
/* Nonzero when the file is damaged (SQLite said so, or PRAGMA quick_check
 * failed): read-only, and store_note() says how to recover it. A writable
 * sidecar is checked at open when its size or mtime is not what the last
 * gloss left (its stamp, PATH-stamp); an unchanged one costs no check. */
int store_damaged(const struct store *s);
/* A message to show once (read-only because of a newer schema, ...), or NULL. */
const char *store_note(const struct store *s);
const char *store_path(const struct store *s);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. Nested calls are counted. A writer
 * waiting for another's transaction tries again every millisecond or two,
 * for 5 seconds at most, then fails with "database is locked". */
int store_begin(struct store *s);
int store_commit(struct store *s);
void store_rollback(struct store *s);
/* In the outermost transaction: commits it, pauses a few milliseconds so
 * that a writer waiting for the sidecar gets it, and begins a new one. A
 * long writer (a first sync) calls it between batches. */
int store_yield(struct store *s);
/* The transactions committed through s so far. */
long store_commits(const struct store *s);

/* ---- articles (store.c) ---- */

struct store_article {
	int64_t id;
	char *path;          /* relative to the library folder */
	char hash[17];       /* hash64 in hex */
	int64_t size;
	int64_t mtime_ns;
	char *title, *source, *date, *author, *license;
	int read;            /* read state: 0 unread, 1 read */
	int64_t position;    /* reading position: byte offset */
	char *tags;          /* comma-separated, sorted; "" when none */
	int present;         /* 0 when the file has gone missing */
};
void store_article_clear(struct store_article *a);

/* Inserts or updates the row of the article at relpath, with its metadata
 * and full text for search. Returns the id, or -1 with the error set. */
int64_t store_article_put(struct store *s, const char *relpath, const struct article *a,
			  int64_t size, int64_t mtime_ns);
/* Only the file's stat data changed (touched, content the same). */
int store_article_touch(struct store *s, int64_t id, int64_t size, int64_t mtime_ns);
/* A file moved: keep its notes and tags under the new path. */
int store_article_rename(struct store *s, int64_t id, const char *relpath);
int store_article_set_present(struct store *s, int64_t id, int present);
/* Fills *out; returns 1 when found, 0 when not, -1 on error. */
int store_article_get(struct store *s, const char *relpath, struct store_article *out);
int store_article_by_id(struct store *s, int64_t id, struct store_article *out);
int store_article_set_read(struct store *s, int64_t id, int read);
int store_article_set_position(struct store *s, int64_t id, int64_t position);

/* Calls fn for each present article, ordered by date (newest first), then
 * title. tag filters when not NULL; limit <= 0 means all. fn returns
 * nonzero to stop. */
typedef int (*store_article_fn)(const struct store_article *a, void *ctx);
int store_articles(struct store *s, const char *tag, long limit, store_article_fn fn, void *ctx);

/* Calls fn for every row (present or not) with only id, path, hash, size,
 * mtime_ns and present filled: the input of a library sync. */
int store_articles_stat(struct store *s, store_article_fn fn, void *ctx);

/* ---- folders (store.c) ---- */

/* The folders the last full sync walked, with their mtimes (table dirs):
 * what a quick sync compares with the disk (library.c). fn gets each path
 * relative to the library ("" for the top), borrowed for the call, and
 * returns nonzero to stop. */
typedef int (*store_dir_fn)(const char *path, int64_t mtime_ns, void *ctx);
int store_dirs(struct store *s, store_dir_fn fn, void *ctx);
/* Replaces the list with paths[0..n) and their mtimes, in one transaction
 * (or the caller's). */
int store_dirs_set(struct store *s, const char *const *paths, const int64_t *mtime_ns, size_t n);

/* ---- refused files (store.c) ---- */

/* The files a sync refused, with the size and mtime they had: a sync
 * does not read one again while both are unchanged. fn gets the path
 * (borrowed for the call) and returns nonzero to stop. */
typedef int (*store_refused_fn)(const char *path, int64_t size, int64_t mtime_ns, void *ctx);
int store_refused(struct store *s, store_refused_fn fn, void *ctx);
/* Remembers (or updates) the refusal of path and why. */
int store_refused_set(struct store *s, const char *path, int64_t size, int64_t mtime_ns, const char *why);
/* Forgets the refusal of path (read now, or gone). */
int store_refused_forget(struct store *s, const char *path);

/* ---- full-text search (store.c) ---- */

/* The search index takes the first STORE_FTS_MAX bytes of an article's
 * body: words further on are not found by store_search. */
#define STORE_FTS_MAX (16 << 20)

struct store_hit {
	int64_t article_id;
	const char *path;
	const char *title;
	const char *snippet;  /* a line of context with the match in [brackets] */
	int in_note;          /* the hit is in a note, not the article text */
};
typedef int (*store_hit_fn)(const struct store_hit *h, void *ctx);
/* Articles whose index matches query, newest first, then notes that match
 * it as an article would; at most limit hits in all (<= 0: all). */
struct sq;
int store_search(struct store *s, const struct sq *query, long limit, store_hit_fn fn, void *ctx);

/* ---- tags (store-tags.c) ---- */

/* Tag names are trimmed, must be non-empty UTF-8 without control characters
 * or commas; case is kept, comparison ignores ASCII case. */
int store_tag_valid(const char *tag);
int store_article_tag(struct store *s, int64_t article_id, const char *tag);
int store_article_untag(struct store *s, int64_t article_id, const char *tag);
/* A tag and how much it is used: articles that have it or have a note
 * that has it (present articles, live notes), and notes that have it. */
struct store_tag {
	const char *name;
	long articles;
	long notes;
};
/* Calls fn with each tag, sorted by name. */
typedef int (*store_tag_fn)(const struct store_tag *t, void *ctx);
int store_tags(struct store *s, store_tag_fn fn, void *ctx);

/* ---- key/value settings (store.c) ---- */
int store_meta_get(struct store *s, const char *key, char **value);  /* 1 found, 0 not */
int store_meta_set(struct store *s, const char *key, const char *value);

/* The raw handle, for the other store-*.c modules only. */
struct sqlite3 *store_db(struct store *s);

#endif
