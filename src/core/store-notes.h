/* store-notes.h -- notes, their tags, soft deletes and the undo log in
 * the sidecar.
 *
 * A note is never removed from the database: deleting sets deleted_at, and
 * the undo log (table undo_log) remembers what each user action changed so
 * that undo works after a restart. This module only stores: the rules of
 * what an action logs live in ops-notes.c and ops-undo.c.
 *
 * Strings in struct store_note are owned by it; store_note_clear() frees
 * them. Lists own their notes; store_note_list_clear() frees them. */
#ifndef GLOSS_STORE_NOTES_H
#define GLOSS_STORE_NOTES_H

#include <stddef.h>
#include <stdint.h>

struct store;

struct store_note {
	int64_t id;
	int64_t article_id;
	size_t start, end;   /* byte range in the article file, end exclusive */
	char *quote, *prefix, *suffix;
	char hash[17];       /* hash of the article text the range refers to */
	char *body;          /* the note, Markdown; "" when none */
	int orphan;          /* the passage could not be found again */
	char *created_at, *updated_at;  /* ISO 8601 UTC */
	char *deleted_at;    /* NULL unless soft-deleted */
	char *tags;          /* comma-separated, sorted without case; "" when none */
	/* from the article's row, for listings and exports */
	char *path, *title, *source, *date;
	int present;         /* the article file is there */
	char *origin;        /* the key of the annotation it was imported from, else NULL */
};
void store_note_clear(struct store_note *n);

struct store_note_list {
	struct store_note *v;
	size_t n, cap;
};
void store_note_list_clear(struct store_note_list *l);

struct store_note_filter {
	int64_t article_id;  /* 0: every article */
	const char *tag;     /* only notes with this tag, or whose article has it; NULL: all */
	int deleted;         /* 0: live notes only; 1: deleted ones only; 2: both */
	int64_t id;          /* nonzero: only this note */
};

/* Appends the matching notes to out, ordered by article date (newest
 * first), path, then start. Returns 0 or -1. */
int store_notes(struct store *s, const struct store_note_filter *f, struct store_note_list *out);
/* One note by id, deleted or not: 1 found, 0 not, -1 error. */
int store_note_get(struct store *s, int64_t id, struct store_note *out);

/* Inserts n (id, when nonzero, is kept; created_at/updated_at default to
 * now; origin is stored as given) with its tags (n->tags,
 * comma-separated). Returns the id or -1. */
int64_t store_note_insert(struct store *s, const struct store_note *n);
/* The note (deleted or not) imported with this origin key: its id, 0
 * when there is none, -1 on error. */
int64_t store_note_by_origin(struct store *s, const char *origin);
int store_note_set_body(struct store *s, int64_t id, const char *body);
/* Moves the note to a new passage (orphan = 0), or marks it an orphan
 * (orphan = 1: only the flag changes, the old anchor stays for the record). */
int store_note_set_anchor(struct store *s, int64_t id, size_t start, size_t end, const char *quote,
			  const char *prefix, const char *suffix, const char *hash, int orphan);
/* Soft delete (deleted = 1) or restore (0). */
int store_note_set_deleted(struct store *s, int64_t id, int deleted);
/* Adds or removes a tag of a note; adding an existing tag or removing a
 * missing one changes nothing and returns 0. *changed says whether it did. */
int store_note_tag(struct store *s, int64_t id, const char *tag, int *changed);
int store_note_untag(struct store *s, int64_t id, const char *tag, int *changed);

/* Live notes whose hash differs from their article's: the ones to
 * re-anchor. Appends distinct article ids to *ids (caller frees). */
int store_notes_stale_articles(struct store *s, int64_t **ids, size_t *n);
/* Article ids with live notes (for checks before listing). */
int store_notes_articles(struct store *s, int64_t **ids, size_t *n);
/* Number of notes, deleted ones included. */
int64_t store_notes_count(struct store *s);

/* ---- the undo log ---- */

struct store_undo {
	int64_t id;
	char *op;       /* an OPS_NOTE_* name (ops.h) */
	int64_t note_id;
	char *before;   /* what to restore (op-specific), or NULL */
	char *after;    /* redo log only: what the undo replaced (op-specific), or NULL */
	char *at;
};
void store_undo_clear(struct store_undo *u);
/* Logs a new action; the redo log is emptied (what was undone before a
 * new action cannot be redone after it). */
int store_undo_push(struct store *s, const char *op, int64_t note_id, const char *before);
/* Logs an action done again by redo: the rest of the redo log stays. */
int store_undo_push_redone(struct store *s, const char *op, int64_t note_id, const char *before);
/* The newest entry: 1 found, 0 the log is empty, -1 error. */
int store_undo_last(struct store *s, struct store_undo *out);
int store_undo_drop(struct store *s, int64_t id);

/* The redo log: entries the undo log gave up, with their after values. */
int store_redo_push(struct store *s, const struct store_undo *u, const char *after);
int store_redo_last(struct store *s, struct store_undo *out);
int store_redo_drop(struct store *s, int64_t id);

#endif
