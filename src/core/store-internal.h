/* store-internal.h -- shared by the store*.c modules only. */
#ifndef GLOSS_STORE_INTERNAL_H
#define GLOSS_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>

#include "store.h"

struct store {
	sqlite3 *db;
	char *path;
	int readonly;       /* nothing is written */
	int damaged;        /* SQLite said the file is corrupt: never write */
	int depth;          /* nesting of store_begin */
	char *note;         /* message for the user, shown once */
	long commits;       /* transactions committed (store_commits) */
	int64_t busy_since; /* when the current wait for a lock began, in ms */
};

/* Prepares sql or sets the error; NULL on failure. */
sqlite3_stmt *store_prep(struct store *s, const char *sql);
/* Sets the error from SQLite's message, after what was being done when
 * what is not NULL (and notices a damaged file); returns -1. */
int store_fail(struct store *s, const char *what);
/* Refuses to write to a read-only or damaged store; returns -1 then. */
int store_check_writable(struct store *s);
/* Binds a C string or NULL as text. */
void store_bind_text(sqlite3_stmt *st, int i, const char *v);
/* A copy of column i as a string ("" for NULL); caller frees. */
char *store_col_dup(sqlite3_stmt *st, int i);
/* The same, but NULL for NULL. */
char *store_col_dup_opt(sqlite3_stmt *st, int i);
/* Steps st once, finalizes it, and reports an error unless it finished
 * (SQLITE_DONE or a row); returns 0 or -1. */
int store_step_done(struct store *s, sqlite3_stmt *st, const char *what);
/* The current time as ISO 8601 UTC; fills buf[21]. */
/* The id of tag name, created when create is set; 0 when absent, -1 on error. */
int64_t store_tag_id(struct store *s, const char *name, int create);

#endif
