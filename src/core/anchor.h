/* anchor.h -- where a note sits in an article, and finding it again.
 *
 * An anchor is a byte range of the article file as on disk (end exclusive),
 * the quoted text, up to ANCHOR_CONTEXT bytes of context on each side (never
 * a split UTF-8 sequence) and the hash of the article it was taken from.
 * When the article changes, anchor_resolve() looks for the passage again,
 * after Hypothesis: the same range when the text is unchanged, else the
 * exact quote scored on context and distance from the old place, else an
 * approximate match (edit distance) scored on quote, context and distance,
 * accepted only above a threshold. Anything less is an orphan: a note is
 * never attached to the wrong passage silently.
 *
 * Strings in struct anchor are owned by it; anchor_clear() frees them. */
#ifndef GLOSS_ANCHOR_H
#define GLOSS_ANCHOR_H

#include <stddef.h>

#define ANCHOR_CONTEXT 32

struct anchor {
	size_t start, end;   /* byte range in the file, end exclusive */
	char *quote;         /* the bytes of [start, end) */
	char *prefix;        /* up to ANCHOR_CONTEXT bytes before start */
	char *suffix;        /* up to ANCHOR_CONTEXT bytes after end */
	char hash[17];       /* hash64 hex of the text the range refers to */
};

void anchor_clear(struct anchor *a);

/* Nonzero when offset i of text (len bytes) is not inside a valid UTF-8
 * sequence (0 and len always are; so is a stray continuation byte). */
int anchor_boundary(const char *text, size_t len, size_t i);

/* Cuts prefix to its last and suffix to its first ANCHOR_CONTEXT bytes
 * (either may be NULL), never inside a UTF-8 sequence, in place: context
 * from elsewhere (an import, an old sidecar) is bounded like our own. */
void anchor_trim(char *prefix, char *suffix);

/* Fills *out for [start, end) of text: the range must be non-empty, inside
 * the text, on UTF-8 boundaries and without NUL bytes. Returns 0, or -1
 * with the error set. */
int anchor_make(const char *text, size_t len, size_t start, size_t end, struct anchor *out);

/* Finds quote in text, searching from `from` (the article body) first and
 * then the whole text. Returns the number of occurrences found in the part
 * that had any (0 when none) and sets *start to the first of them. */
size_t anchor_find(const char *text, size_t len, size_t from, const char *quote, size_t *start);

enum anchor_how {
	ANCHOR_SAME,     /* the text is unchanged: the stored range */
	ANCHOR_EXACT,    /* the exact quote, found elsewhere */
	ANCHOR_FUZZY,    /* an approximate match above the threshold */
	ANCHOR_ORPHAN,   /* nothing good enough: the note is an orphan */
};

struct anchor_match {
	enum anchor_how how;
	size_t start, end;   /* the passage now (unset for an orphan) */
	double score;        /* 0..1: how sure (1 for ANCHOR_SAME) */
};

/* Looks for the passage of a in text, whose hash64 hex is hash. Never
 * fails: the worst outcome is ANCHOR_ORPHAN. Its work is bounded whatever
 * a holds: context past ANCHOR_CONTEXT bytes is not looked at, and an
 * approximate match is not tried for a quote too long to refine within
 * the budget (an exact one still is). */
void anchor_resolve(const struct anchor *a, const char *text, size_t len, const char *hash,
		    struct anchor_match *m);

/* "same", "exact", "fuzzy", "orphan". */
const char *anchor_how_name(enum anchor_how how);

#endif
