/* motion.h -- where the reading cursor goes: words, sentences and
 * paragraphs of the article as the reader has it (doc.h).
 *
 * The rules are the core's (text.h, shared with the article model and
 * the highlight engine's abbreviations); this module applies them to the
 * body of a doc, past its header and title line. No screen, no state. Offsets are bytes into d->data; SIZE_MAX as a
 * cursor means "before the first move". The body starts after the header
 * block and after the title line's paragraph, which the reader shows as
 * the title; no motion goes before it. Curses-free. */
#ifndef GLOSS_TUI_MOTION_H
#define GLOSS_TUI_MOTION_H

#include <stddef.h>

#include "doc.h"

/* The first byte of the body. */
size_t motion_body_start(struct doc *d);
/* The paragraph that holds off (the one after the title's when off is in
 * the title's). d must have a paragraph. */
size_t motion_para_of(struct doc *d, size_t off);

/* 1 when a word character (a letter or digit) starts at off. */
int motion_word_at(struct doc *d, size_t off);
/* The start of the grapheme cluster before off (the body start at most). */
size_t motion_back1(struct doc *d, size_t off);
/* The end of the word that holds off (one cluster on when none does). */
size_t motion_word_end(struct doc *d, size_t off);

/* The start of the next (previous) word, sentence or paragraph (in a
 * Markdown article a block: a list item, a heading, a table row) from off;
 * off itself when there is none; the first word of the body when off is
 * SIZE_MAX or before the body. */
size_t motion_next_word(struct doc *d, size_t off);
size_t motion_prev_word(struct doc *d, size_t off);
size_t motion_next_sentence(struct doc *d, size_t off);
size_t motion_prev_sentence(struct doc *d, size_t off);
size_t motion_next_paragraph(struct doc *d, size_t off);
size_t motion_prev_paragraph(struct doc *d, size_t off);

/* The sentence that holds off, trailing blanks dropped: 1 and [*s, *e)
 * when there is one. */
int motion_sentence_at(struct doc *d, size_t off, size_t *s, size_t *e);

/* Searching: a pattern with a capital letter matches its case, else ASCII
 * case is ignored (less's and vim's smartcase). */
int motion_smartcase(const char *pat);
/* The next match of pat at or after from (dir > 0), or the last before
 * from (dir < 0), in the body; SIZE_MAX when none. */
size_t motion_search(struct doc *d, const char *pat, size_t from, int dir);
/* The next (dir > 0) or previous highlight after or before off (SIZE_MAX:
 * from the start) whose type is on and whose key is key (any when NULL);
 * NULL when none. */
const struct hl_span *motion_span(struct doc *d, size_t off, int dir, const char *key, const int on[HL_NTYPES]);

#endif
