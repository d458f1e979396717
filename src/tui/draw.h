/* draw.h -- panes, and putting untrusted strings on the screen.
 *
 * The only way text reaches a window: every unit goes through san_next and
 * only its visible form is drawn, so no ESC, C1 control or bidi override
 * from an article, a title or a file name ever reaches the terminal. */
#ifndef GLOSS_TUI_DRAW_H
#define GLOSS_TUI_DRAW_H

#include <stddef.h>
#include <curses.h>

/* A window and where it is; win is NULL when the pane is not shown. */
struct pane {
	WINDOW *win;
	int y, x, h, w;
};

/* Makes p's window anew at y, x, h rows by w columns; h or w < 1: none. */
void pane_set(struct pane *p, int y, int x, int h, int w);

/* Draws n bytes of s at the cursor of w in at most maxw columns with attr
 * (placeholders in their own colour); returns the columns used. */
int draw_text(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr);
int draw_textz(WINDOW *w, const char *s, int maxw, attr_t attr);
/* The same, but text that does not fit ends in an ellipsis ("~" in a
 * locale that is not UTF-8) in the last of the maxw columns. */
int draw_text_cut(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr);
/* The ellipsis of cut text: "…", or "~" in a locale that is not UTF-8. */
const char *draw_ellipsis(void);
/* How many bytes of s[0, n) fit in maxw columns, whole units only. */
size_t draw_fit(const char *s, size_t n, int maxw);
/* Blanks row y of w, width columns from the left, in attr and leaves the
 * cursor at its start with attr set (a list's row before it is drawn). */
void draw_blank_row(WINDOW *w, int y, int width, attr_t attr);
/* A pane's title bar on its first row: the title at the left, right (or
 * NULL) at the right, in the focused or unfocused colour. */
void draw_bar(struct pane *p, const char *title, size_t tlen, const char *right, int focused);

#endif
