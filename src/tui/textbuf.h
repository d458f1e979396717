/* textbuf.h -- editing UTF-8 text in a struct sb at a byte position: the
 * primitives the prompt and the note editor share. Curses-free.
 *
 * Moves go by grapheme cluster, so the cursor never lands inside a
 * character or between a letter and its combining mark. */
#ifndef GLOSS_TEXTBUF_H
#define GLOSS_TEXTBUF_H

#include <stddef.h>

#include "util.h"

/* The start of the cluster before pos / after pos (clamped to the text). */
size_t tb_prev(const struct sb *t, size_t pos);
size_t tb_next(const struct sb *t, size_t pos);
/* Removes bytes [from, to). */
void tb_cut(struct sb *t, size_t from, size_t to);
/* Inserts n bytes at *pos and moves *pos past them. */
void tb_insert(struct sb *t, size_t *pos, const char *s, size_t n);
/* Inserts the UTF-8 form of code point cp (from a wide key) at *pos. */
void tb_insert_cp(struct sb *t, size_t *pos, unsigned cp);
/* Where Ctrl-W deletes back to: the start of the word before pos, after
 * any blanks (spaces and newlines). */
size_t tb_word_back(const struct sb *t, size_t pos);

#endif
