/* ops-internal.h -- what the ops-*.c files share; not for use outside
 * them (the front ends use ops.h). */
#ifndef GLOSS_OPS_INTERNAL_H
#define GLOSS_OPS_INTERNAL_H

struct library;

/* Rolls back the library's open transaction; returns -1 (for
 * `return fail_rollback(l)`). */
int fail_rollback(struct library *l);

struct article;
/* The text of the article at relpath: a when given, else read from disk
 * into *own (caller frees with art_free). NULL with the error set. */
const struct article *ops_text_of(struct library *l, const char *relpath, const struct article *a,
				  struct article **own);

struct store_note;
/* The anchor of a note as JSON, as the undo and redo logs keep it
 * (start, end, orphan, hash, quote, prefix, suffix). Caller frees. */
char *ops_anchor_json(const struct store_note *n);

#endif
