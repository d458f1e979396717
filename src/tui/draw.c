/* draw.c -- panes, and putting untrusted strings on the screen (draw.h).
 *
 * Placeholders get their own colour so that they cannot pass for text.
 * Sizes never reach newwin as 0 (which would mean "the whole screen"). */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "sanitize.h"
#include "theme.h"

void pane_set(struct pane *p, int y, int x, int h, int w)
{
	if (p->win) {
		delwin(p->win);
		p->win = NULL;
	}
	p->y = y;
	p->x = x;
	p->h = h;
	p->w = w;
	if (h < 1 || w < 1)
		return;
	p->win = newwin(h, w, y, x);
	if (p->win) {
		leaveok(p->win, TRUE);
		keypad(p->win, TRUE);
	}
}

int draw_text(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr)
{
	int col = 0;
	attr_t ph = theme_attr(EL_PLACEHOLDER);
	for (size_t i = 0; i < n;) {
		struct san_unit u;
		i += san_next(s + i, n - i, &u);
		const char *show = u.show;
		size_t len = u.show_len;
		int width = u.width;
		attr_t at = attr;
		if (u.kind == SAN_NEWLINE || u.kind == SAN_TAB) {
			show = " ";
			len = 1;
			width = 1;
		} else if (u.kind != SAN_PRINT) {
			at = ph;
		}
		if (col + width > maxw)
			break;
		wattrset(w, at);
		waddnstr(w, show, (int)len);
		col += width;
	}
	wattrset(w, A_NORMAL);
	return col;
}

int draw_textz(WINDOW *w, const char *s, int maxw, attr_t attr)
{
	return draw_text(w, s, strlen(s), maxw, attr);
}

const char *draw_ellipsis(void)
{
	return MB_CUR_MAX > 1 ? "\xe2\x80\xa6" : "~";
}

size_t draw_fit(const char *s, size_t n, int maxw)
{
	size_t i = 0;
	int col = 0;
	while (i < n) {
		struct san_unit u;
		size_t step = san_next(s + i, n - i, &u);
		int width = u.kind == SAN_NEWLINE || u.kind == SAN_TAB ? 1 : u.width;
		if (col + width > maxw)
			break;
		col += width;
		i += step;
	}
	return i;
}

int draw_text_cut(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr)
{
	if (maxw < 1)
		return 0;
	size_t fit = draw_fit(s, n, maxw);
	if (fit == n)
		return draw_text(w, s, n, maxw, attr);
	int col = draw_text(w, s, draw_fit(s, n, maxw - 1), maxw - 1, attr);
	wattrset(w, attr);
	waddstr(w, draw_ellipsis());
	wattrset(w, A_NORMAL);
	return col + 1;
}

void draw_blank_row(WINDOW *w, int y, int width, attr_t attr)
{
	wmove(w, y, 0);
	wattrset(w, attr);
	for (int i = 0; i < width; i++)
		waddch(w, ' ');
	wmove(w, y, 0);
}

void draw_bar(struct pane *p, const char *title, size_t tlen, const char *right, int focused)
{
	WINDOW *w = p->win;
	attr_t at = theme_attr(focused ? EL_BAR_FOCUS : EL_BAR);
	draw_blank_row(w, 0, p->w, at);
	int rw = right ? (int)san_width(right, strlen(right)) : 0;
	if (rw > p->w - 4)
		rw = 0;
	wmove(w, 0, 1);
	draw_text_cut(w, title, tlen, p->w - 2 - (rw ? rw + 1 : 0), at);
	if (rw) {
		wmove(w, 0, p->w - rw - 1);
		draw_textz(w, right, rw, at);
	}
}
