/* store-passages.h -- corrections of one mention, kept in the sidecar table
 * passage_corrections: a passage of an article (anchored as a note is: a
 * byte range, the quote, its context and the hash of the text it was made
 * on; anchor.h) is of a type, or with HL_IGNORE not highlighted. This
 * module only stores; ops-passage.c re-anchors them and gives them to the
 * front ends (ops.h). */
#ifndef GLOSS_STORE_PASSAGES_H
#define GLOSS_STORE_PASSAGES_H

#include <stddef.h>
#include <stdint.h>

#include "hl.h"

struct store;

struct store_passage {
	int64_t id;
	int64_t article_id;
	size_t start, end;   /* byte range in the file, end exclusive */
	char *quote, *prefix, *suffix;
	char hash[17];       /* hash64 hex of the text the range refers to */
	enum hl_type type;   /* HL_PERSON, HL_PLACE, HL_DATE or HL_IGNORE */
	int orphan;          /* not found again after an edit; range is the old one */
	char *path;          /* the article's, relative to the library */
};

struct store_passage_list {
	struct store_passage *v;   /* by path, then start */
	size_t n, cap;
};
void store_passage_list_clear(struct store_passage_list *l);

/* Adds the correction p (its id, path and orphan are ignored) after
 * removing the live corrections of the same article whose range overlaps
 * p's. Returns the new id, or -1. */
int64_t store_passage_put(struct store *s, const struct store_passage *p);
/* Removes the live corrections of article_id whose range overlaps
 * [start, end), and the orphans whose (old) range is [start, end); every
 * one when end is 0. Returns how many, or -1. */
int store_passage_del(struct store *s, int64_t article_id, size_t start, size_t end);
/* Removes the correction with id; returns 1, 0 when there was none, -1. */
int store_passage_del_id(struct store *s, int64_t id);
/* Moves a correction to a new anchor, or makes it an orphan (quote NULL:
 * only the orphan mark is set). */
int store_passage_set_anchor(struct store *s, int64_t id, size_t start, size_t end, const char *quote,
			     const char *prefix, const char *suffix, const char *hash, int orphan);
/* The corrections of article_id (0: of every article), appended to out. */
int store_passages(struct store *s, int64_t article_id, struct store_passage_list *out);
/* The corrections of the article at relpath; 0 and nothing when the
 * sidecar has no such article (or no table yet: an older read-only one). */
int store_passages_of(struct store *s, const char *relpath, struct store_passage_list *out);

#endif
