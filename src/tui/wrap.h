/* wrap.h -- lines of a paragraph for a given display width, and of a
 * Markdown block as the reader draws it.
 *
 * Curses-free on purpose, so tests/tui/test-wrap.c can check it without a
 * terminal. Widths are those of the sanitized text (san_next), so what is
 * measured here is exactly what the reader draws: a placeholder such as
 * <U+202E> takes its eight columns. Lines never split a grapheme cluster
 * and break at the opportunities UAX #14 gives (ustr_linebreaks). */
#ifndef GLOSS_TUI_WRAP_H
#define GLOSS_TUI_WRAP_H

#include <stddef.h>

#include "markdown.h"
#include "sanitize.h"

/* A piece of a Markdown line: bytes of the block's visible text (struct
 * wrap_vis) drawn from column x + pad of the line's text (after the
 * prefix); a table row has one per cell, in a column w wide. */
struct wrap_seg {
	size_t vstart, vend;
	int x, w, pad;
};

struct wrap_line {
	size_t start;  /* first byte, relative to the text given to wrap_text (the block's start) */
	size_t end;    /* end exclusive, trailing blanks dropped */
	int width;     /* columns of [start, end) */
	/* Markdown only: the line is segs seg[seg, seg + nseg) of its
	 * wrap_lines; rule: drawn as a horizontal rule (over the segments'
	 * columns when it has some: the line under a table's header). */
	size_t seg, nseg;
	int rule;
};

struct wrap_lines {
	struct wrap_line *v;  /* owned; freed by wrap_lines_clear */
	size_t n, cap;
	struct wrap_seg *seg; /* Markdown lines' segments; owned */
	size_t nseg, segcap;
};

/* Classifies the unit at s (n > 0 bytes) as it is drawn at column col:
 * like san_next, but a tab becomes spaces to the next multiple of 8, a
 * newline inside a paragraph becomes one space, and a CR before LF takes
 * no room. Returns the bytes consumed; u->width and u->show tell what to
 * draw. */
size_t wrap_unit(const char *s, size_t n, int col, struct san_unit *u);

/* Appends to out the lines of s[0..n) at most width columns wide (a single
 * unit wider than width gets a line of its own). A newline inside the text
 * is a space, unless the next line starts with a blank or a list bullet,
 * which keeps it. Returns the number of lines appended (at least 1). */
size_t wrap_text(const char *s, size_t n, int width, struct wrap_lines *out);

void wrap_lines_clear(struct wrap_lines *l);

/* ---- Markdown blocks (markdown.h) ----
 *
 * What a block shows is its visible text: the bytes of md->text that are
 * not hidden, a run of blanks as one space (Markdown joins the lines of a
 * paragraph), no blank at either end; in a code block every byte as it
 * is, lines kept. The reader adds what the file does not have: a link's
 * number after it ("[3]"), an image as "[image: alt]". Each visible byte
 * knows the file offset it comes from, so that what is drawn, clicked or
 * selected is a byte range of the file. */

/* The article's Markdown as the reader lays it out: the model, and the
 * number drawn after each of its links (linkno[k] for md->link[k]; -1:
 * none; NULL: k + 1). */
struct wrap_md {
	const struct md_doc *md;
	const long *linkno;
};

enum { WRAP_TEXT, WRAP_LINKNO, WRAP_DECOR };

/* A block's visible text: s[k] comes from file offset pos[k] (a link's
 * number and an image's brackets: where they are put), of kind[k]
 * (WRAP_*). A table row is its cells one after the other. */
struct wrap_vis {
	char *s;             /* n bytes and a NUL; owned */
	size_t *pos;
	unsigned char *kind;
	size_t n, cap;
};

/* Makes v the visible text of block b. */
void wrap_vis_block(const struct wrap_md *m, size_t b, struct wrap_vis *v);
void wrap_vis_clear(struct wrap_vis *v);

/* The prefix of block b's lines: "│ " per block quote, three columns per
 * list level, the item's marker ("•" or "3.") on the first line of its
 * first block. Fills buf (cap bytes) with it, ASCII only when ascii is
 * set; returns its width in columns, the same for every line of the
 * block. *quote gets the bytes the bars take, *mark_at and *mark_len
 * where the marker is (0, 0: none). */
int wrap_md_prefix(const struct md_block *bl, int first, int ascii, char *buf, size_t cap,
		   size_t *quote, size_t *mark_at, size_t *mark_len);

/* The widths of the columns of the table block b is a row of, in all at
 * most width columns with " │ " between them: the widest cell of each
 * column when they fit, else shared out (a narrow column keeps its
 * width). Returns the number of columns and *colw (malloc'd). */
size_t wrap_table_widths(const struct wrap_md *m, size_t b, int width, int **colw);

/* Appends the lines of block b at width columns (its prefix left out):
 * prose wrapped at UAX #14 opportunities; a code block line by line,
 * broken only at a blank (inside a word only when the word alone is wider
 * than the line); a rule one line; a table row one line per cell line,
 * its cells in the columns colw gives (ncol of them), and after a header
 * row a rule line. Line offsets are relative to the block's start.
 * Returns the number of lines appended (at least 1). */
size_t wrap_md_block(const struct wrap_md *m, size_t b, int width, const int *colw, size_t ncol,
		     struct wrap_lines *out);

#endif
