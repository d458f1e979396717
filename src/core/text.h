/* text.h -- the rules of a text: paragraphs, sentences, words and grapheme
 * clusters, as pure functions over an article's bytes.
 *
 * One set of rules for the article model (article.c finds its paragraphs
 * and its title sentence here) and for whatever moves, selects or quotes
 * by cluster, word, sentence or paragraph. Every function but
 * text_line_paras reads only around the offset it is given (its
 * paragraph, and at most the blank lines and the paragraph before or after
 * it), so they work on a mapped 100 MB file from any offset, forward and
 * backward, without reading the rest. Nothing here allocates, prints or fails: offsets in, offsets out.
 *
 * Offsets are byte offsets into t->s, the bytes as on disk (CRLF, NULs
 * and invalid UTF-8 included). A search that finds nothing returns
 * TEXT_NONE (0 for the paragraph functions); the cluster functions stop
 * at the ends of the view instead. */
#ifndef GLOSS_TEXT_H
#define GLOSS_TEXT_H

#include <stddef.h>
#include <stdint.h>

#define TEXT_NONE SIZE_MAX

/* A view of the text. The functions read only s[lo, len): lo is where the
 * text starts (the body after the header block, or later for a caller
 * that leaves out a title line), and len may be a line start inside the
 * file, for a caller that has found the paragraphs beyond it already. */
struct text {
	const char *s;    /* the bytes; borrowed */
	size_t lo;        /* first byte the rules see */
	size_t len;       /* end of what the rules see */
	int line_paras;   /* each line is a paragraph (text_line_paras) */
};

/* A paragraph: the lines between blank lines (a blank line holds only
 * spaces, tabs, CR, FF or VT), or in a text of line paragraphs one line.
 * It starts at its first line's first byte that is not a space or tab
 * and ends before the trailing spaces, tabs and CR of its last line. */
struct text_para {
	size_t start;     /* first byte */
	size_t end;       /* end exclusive, without the line end */
	size_t from;      /* start of its first line */
	size_t to;        /* start of the line after its last line, or len */
};

/* Nonzero when s[from, len) has no blank line with text after it, so that
 * each line is a paragraph. A blank line before all the text counts too:
 * "\n\nA\nB" is one paragraph of two lines. Reads until the first such
 * blank line, the whole text when there is none: give it the head of a
 * big file. */
int text_line_paras(const char *s, size_t len, size_t from);

/* Nonzero when s[start, end) is a blank line's content (see above). */
int text_blank_line(const char *s, size_t start, size_t end);

/* The paragraph whose lines hold off, or when off is on a blank line or
 * before lo, the first paragraph after it. Returns 1 and fills *p, or 0
 * when there is none (off at or past len, only blank lines after it). */
int text_para_at(const struct text *t, size_t off, struct text_para *p);

/* The first paragraph that starts after off: the next paragraph's for an
 * offset inside one. Returns 1 and fills *p, or 0 when there is none. */
int text_para_next(const struct text *t, size_t off, struct text_para *p);

/* The last paragraph that starts before off: the one that holds off when
 * off is past its start, else the one before. Returns 1 and fills *p, or
 * 0 when there is none. */
int text_para_prev(const struct text *t, size_t off, struct text_para *p);

/* Sentences live inside a paragraph; a paragraph starts one. A sentence
 * ends after a run of '.', '!', '?' or '…' and any closing quotes or
 * brackets (')', ']', '"', '\'', ’, ”), when white space follows and
 * then anything but a lower-case letter ('"Why?" he asked' is one
 * sentence). A single '.' does not end one after an initial ("J. Smith",
 * the "S." of "U.S."), after a letter between dots ("e.g.", "p.m."), or
 * after a word the highlight engine reads as an abbreviation (hl_abbrev:
 * "Mr. Smith", "Gen. Lee"), except that an abbreviated month or state
 * before a word that is not a number does end one ("in Jan. The talks";
 * but "Jan. 20" and "No. 5" go on, as the engine reads a date). The next
 * sentence starts at the first byte after the white space. */

/* Start of the sentence that holds off: the last sentence start at or
 * before off, in off's paragraph or, when off is between paragraphs, the
 * one before. TEXT_NONE when off is before the first paragraph. */
size_t text_sentence_start(const struct text *t, size_t off);

/* End (exclusive) of the sentence that text_sentence_start(off) starts:
 * after its terminators and closers, or its paragraph's end. White space
 * after a sentence belongs to it, so the result may be <= off there.
 * TEXT_NONE when off is before the first paragraph. */
size_t text_sentence_end(const struct text *t, size_t off);

/* The first sentence start after off, in this paragraph or the next ones;
 * TEXT_NONE when there is none. */
size_t text_sentence_next(const struct text *t, size_t off);

/* The last sentence start before off, in this paragraph or the ones
 * before; TEXT_NONE when there is none. */
size_t text_sentence_prev(const struct text *t, size_t off);

/* Words are runs of grapheme clusters that start with a letter, a digit or
 * '_', joined by an apostrophe (' or ’) between two of them ("don't",
 * "O'Neill"). Offsets given to the word functions are cluster starts. */

/* Nonzero when the cluster at off is part of a word. */
int text_is_word(const struct text *t, size_t off);

/* Start of the word that holds off; off itself when it is not in one
 * (lo or len for an off outside the view). */
size_t text_word_start(const struct text *t, size_t off);

/* End (exclusive) of the word that holds off; when off is not in a word,
 * the end of the cluster at off (so [off, end) is what a cursor covers).
 * len for off at or past len. */
size_t text_word_end(const struct text *t, size_t off);

/* Start of the first word at or after lo; TEXT_NONE when there is none. */
size_t text_word_first(const struct text *t);

/* Start of the first word that starts after off (the first word of the
 * text for off before lo); TEXT_NONE when there is none. */
size_t text_word_next(const struct text *t, size_t off);

/* Start of the last word that starts before off (the start of off's own
 * word when off is inside one); TEXT_NONE when there is none. */
size_t text_word_prev(const struct text *t, size_t off);

/* Start of the grapheme cluster after the one at off (see
 * ustr_grapheme_next); len when off is in the last one or past len, lo
 * when off is before lo. */
size_t text_grapheme_next(const struct text *t, size_t off);

/* Start of the grapheme cluster before off, or of the one that holds off
 * when off is inside one (see ustr_grapheme_prev); lo when off <= lo. */
size_t text_grapheme_prev(const struct text *t, size_t off);

#endif
