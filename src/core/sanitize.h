/* sanitize.h -- what untrusted bytes look like on a terminal.
 *
 * Article text, titles, file names and tags come from outside. Before any of
 * it reaches a terminal each character is classified (after less's
 * charset.c): printable characters pass; C0 controls and DEL become caret
 * forms (^[, ^?); C1 controls, bidi controls and invisible format characters
 * become <U+XXXX>; bytes that are not valid UTF-8 become \xFF. The
 * placeholders are plain ASCII, so they can never be interpreted. */
#ifndef GLOSS_SANITIZE_H
#define GLOSS_SANITIZE_H

#include <stddef.h>

#include "util.h"

enum san_kind {
	SAN_PRINT,     /* shown as its own bytes */
	SAN_CONTROL,   /* C0 control or DEL: ^X */
	SAN_FORMAT,    /* C1, bidi, invisible format: <U+XXXX> */
	SAN_INVALID,   /* a byte that is not UTF-8: \xFF */
	SAN_NEWLINE,   /* '\n' (the caller decides) */
	SAN_TAB,       /* '\t' (the caller decides) */
};

struct san_unit {
	enum san_kind kind;
	size_t len;       /* bytes of input consumed (a whole grapheme for SAN_PRINT) */
	int width;        /* columns the unit takes when shown */
	const char *show; /* what to draw: the input itself or buf */
	size_t show_len;
	char buf[16];     /* placeholder text */
};

/* Classifies the unit (grapheme cluster or single byte) at s; n > 0.
 * Returns u->len. */
size_t san_next(const char *s, size_t n, struct san_unit *u);

/* For a terminal whose locale is not UTF-8 (LANG=C): every character
 * beyond ASCII is shown as <U+XXXX> (SAN_FORMAT), so that what is drawn
 * is plain ASCII and takes the columns it is counted for. Text for files
 * (SAN_CONTROLS) keeps its characters. main() sets it from the locale. */
void san_set_ascii(int on);

enum {
	SAN_KEEP_NEWLINE = 1,  /* pass '\n' through instead of ^J */
	SAN_KEEP_TAB = 2,      /* pass '\t' through instead of ^I */
	SAN_KEEP_CRLF = 4,     /* pass "\r\n" through (a lone '\r' is still ^M) */
	SAN_CONTROLS = 8,      /* replace only controls (C0, DEL, C1) and invalid
				* bytes; other format characters (bidi marks, zero
				* width joiners) are text and pass */
	/* a text file that may be shown on a terminal: exports */
	SAN_FILE = SAN_KEEP_NEWLINE | SAN_KEEP_TAB | SAN_CONTROLS,
};
/* Appends the visible form of s[0..n) to out. */
void san_append(struct sb *out, const char *s, size_t n, int flags);
/* Returns a new string with the visible form of s; caller frees. */
char *san_str(const char *s, int flags);
/* Columns the visible form of s[0..n) takes. */
size_t san_width(const char *s, size_t n);

#endif
