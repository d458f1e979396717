/* wrap.h -- lines of a paragraph for a given display width.
 *
 * Curses-free on purpose, so tests/tui/test-wrap.c can check it without a
 * terminal. Widths are those of the sanitized text (san_next), so what is
 * measured here is exactly what the reader draws: a placeholder such as
 * <U+202E> takes its eight columns. Lines never split a grapheme cluster
 * and break at the opportunities UAX #14 gives (ustr_linebreaks). */
#ifndef GLOSS_TUI_WRAP_H
#define GLOSS_TUI_WRAP_H

#include <stddef.h>

#include "sanitize.h"

struct wrap_line {
	size_t start;  /* first byte, relative to the text given to wrap_text */
	size_t end;    /* end exclusive, trailing blanks dropped */
	int width;     /* columns of [start, end) */
};

struct wrap_lines {
	struct wrap_line *v;  /* owned; freed by wrap_lines_clear */
	size_t n, cap;
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

#endif
