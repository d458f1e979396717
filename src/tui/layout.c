/* layout.c -- where the panes go.
 *
 * From 80 columns on, the list and the reader sit side by side (and the
 * side pane to the right of the reader); below that, one pane at a time,
 * the focused one. Everything is recomputed from LINES and COLS, so a
 * resize at any moment only needs layout_apply and a repaint. Sizes never
 * reach newwin as 0 (which would mean "the whole screen"). */
#include "system.h"

#include "app.h"

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

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

void layout_apply(struct app *a)
{
	int H = LINES, W = COLS;
	int body = H > 1 ? H - 1 : 1;
	pane_set(&a->status, H > 1 ? H - 1 : 0, 0, H > 1 ? 1 : 0, W);
	a->wide = W >= 80;
	pane_set(&a->help, 0, 0, a->help_open ? body : 0, W);
	if (a->wide) {
		int lw = clamp(W * 3 / 10, 24, 48);
		/* KWIC lines need room: the mentions pane is wider. */
		int sw = !a->side_open ? 0 : a->side_mode == SIDE_MENTIONS ? clamp(W * 2 / 5, 30, 70)
			: a->side_mode == SIDE_NOTES ? clamp(W / 3, 26, 56) : clamp(W / 4, 22, 40);
		int rw = W - lw - 1 - (sw ? sw + 1 : 0);
		if (rw < 30 && sw) {
			sw = 0;
			rw = W - lw - 1;
		}
		pane_set(&a->list, 0, 0, body, lw);
		pane_set(&a->sep1, 0, lw, body, 1);
		pane_set(&a->reader, 0, lw + 1, body, rw);
		pane_set(&a->sep2, 0, lw + 1 + rw, sw ? body : 0, 1);
		pane_set(&a->side, 0, lw + 2 + rw, sw ? body : 0, sw);
		if (!sw && a->focus == FOCUS_SIDE)
			a->focus = FOCUS_READER;
	} else {
		if (a->focus == FOCUS_SIDE && !a->side_open)
			a->focus = FOCUS_READER;
		if (a->focus == FOCUS_READER && !a->r.doc)
			a->focus = FOCUS_LIST;
		pane_set(&a->list, 0, 0, a->focus == FOCUS_LIST ? body : 0, W);
		pane_set(&a->reader, 0, 0, a->focus == FOCUS_READER ? body : 0, W);
		pane_set(&a->side, 0, 0, a->focus == FOCUS_SIDE ? body : 0, W);
		pane_set(&a->sep1, 0, 0, 0, 0);
		pane_set(&a->sep2, 0, 0, 0, 0);
	}
	reader_setup(a);
	editor_layout(a);
}

void layout_free(struct app *a)
{
	struct pane *ps[] = { &a->list, &a->reader, &a->side, &a->status, &a->sep1, &a->sep2, &a->help, &a->ed.pane };
	for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++)
		pane_set(ps[i], 0, 0, 0, 0);
}

struct pane *layout_at(struct app *a, int y, int x)
{
	struct pane *ps[] = { &a->help, &a->status, &a->list, &a->reader, &a->side };
	for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
		struct pane *p = ps[i];
		if (p->win && y >= p->y && y < p->y + p->h && x >= p->x && x < p->x + p->w)
			return p;
	}
	return NULL;
}
