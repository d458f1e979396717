/* ops-internal.h -- what the ops-*.c files share; not for use outside
 * them (the front ends use ops.h). */
#ifndef GLOSS_OPS_INTERNAL_H
#define GLOSS_OPS_INTERNAL_H

#include <stdint.h>

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

/* The corrections of one mention of article_id as JSON, for the undo
 * and redo logs (caller frees; NULL on error), and putting them back: the
 * article's corrections become those of the snapshot (ops-passage.c). */
char *ops_passage_snapshot(struct library *l, int64_t article_id);
int ops_passage_restore(struct library *l, int64_t article_id, const char *snapshot);

#endif
