/* layout.c -- where the panes go.
 *
 * From 80 columns on, the list and the reader sit side by side (and the
 * side pane to the right of the reader; where the list would be left less
 * than LIST_MIN columns beside them, it shows only while it has the
 * focus); below that, one pane at a time, the focused one. Everything is
 * recomputed from LINES, COLS and the focus, so a resize at any moment
 * only needs layout_apply and a repaint. */
#include "system.h"

#include "editor.h"
#include "layout.h"

/* The narrowest list worth showing beside the reader and a side pane. */
#define LIST_MIN 24

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

int layout_stale(const struct app *a)
{
	return a->wide && a->side_open && (a->focus == VIEW_LIST) != a->list_in;
}

void layout_apply(struct app *a)
{
	int H = LINES, W = COLS;
	int body = H > 1 ? H - 1 : 1;
	pane_set(&a->status, H > 1 ? H - 1 : 0, 0, H > 1 ? 1 : 0, W);
	a->wide = W >= 80;
	pane_set(&a->help, 0, 0, a->help_open ? body : 0, W);
	if (a->wide) {
		/* KWIC lines and addresses need room: the mentions, links and feeds panes are wider. */
		int sw = !a->side_open ? 0 : a->side == VIEW_MENTIONS || a->side == VIEW_LINKS || a->side == VIEW_FEEDS ? clamp(W * 2 / 5, 30, 70)
			: a->side == VIEW_NOTES ? clamp(W / 3, 26, 56) : clamp(W / 4, 22, 40);
		/* The reader wants its text width and a margin; the list takes
		 * what is left (up to half the screen, so that wide screens
		 * show whole titles), and gives way to a side pane first. */
		int want = (a->max_width > 0 ? a->max_width : 76) + 4;
		int lw = clamp(W * 3 / 10, 24, 48);
		if (sw)
			lw = clamp(W - want - 2 - sw, 24, lw);
		else if (W - want - 1 > lw)
			lw = W - want - 1 < W / 2 ? W - want - 1 : W / 2;
		int rw = W - lw - 1 - (sw ? sw + 1 : 0);
		if (rw < 30 && sw) {
			/* The reader keeps 30 columns: the list gives way (down to
			 * 20), then the side pane takes what is left, if that is
			 * enough to read. */
			lw = W - sw - 2 - 30;
			if (lw < 20)
				lw = 20;
			sw = W - lw - 2 - 30 < sw ? W - lw - 2 - 30 : sw;
			if (sw < 22)
				sw = 0;
			rw = W - lw - 1 - (sw ? sw + 1 : 0);
		}
		int lx = lw + 1;   /* where the reader starts */
		if (sw && lw < LIST_MIN && a->focus != VIEW_LIST && a->open.doc) {
			/* the reader takes the list's room while it is read */
			rw += lx;
			lx = lw = 0;
		}
		pane_set(&a->list, 0, 0, lw ? body : 0, lw);
		pane_set(&a->sep1, 0, lw, lw ? body : 0, 1);
		pane_set(&a->reader, 0, lx, body, rw);
		pane_set(&a->sep2, 0, lx + rw, sw ? body : 0, 1);
		pane_set(&a->side_pane, 0, lx + rw + 1, sw ? body : 0, sw);
		if (!sw && a->focus != VIEW_LIST && a->focus != VIEW_READER)
			a->focus = a->open.doc ? VIEW_READER : VIEW_LIST;
	} else {
		int side = a->focus != VIEW_LIST && a->focus != VIEW_READER;
		if (side && !a->side_open) {
			a->focus = VIEW_READER;
			side = 0;
		}
		if (a->focus == VIEW_READER && !a->open.doc)
			a->focus = VIEW_LIST;
		pane_set(&a->list, 0, 0, a->focus == VIEW_LIST ? body : 0, W);
		pane_set(&a->reader, 0, 0, a->focus == VIEW_READER ? body : 0, W);
		pane_set(&a->side_pane, 0, 0, side ? body : 0, W);
		pane_set(&a->sep1, 0, 0, 0, 0);
		pane_set(&a->sep2, 0, 0, 0, 0);
	}
	a->list_in = a->focus == VIEW_LIST;
	for (int v = 0; v < VIEW_N; v++) {
		const struct view_ops *o = a->views[v].ops;
		if (o && o->resize)
			o->resize(a, a->views[v].data, app_pane(a, (enum view_id)v));
	}
	editor_layout(a);
}

void layout_free(struct app *a)
{
	struct pane *ps[] = { &a->list, &a->reader, &a->side_pane, &a->status, &a->sep1, &a->sep2, &a->help };
	for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++)
		pane_set(ps[i], 0, 0, 0, 0);
}

int layout_at(struct app *a, int y, int x, enum view_id *v, int *row, int *col)
{
	const enum view_id order[] = { VIEW_HELP, VIEW_LIST, VIEW_READER, VIEW_ENTITIES, VIEW_NOTES, VIEW_MENTIONS, VIEW_LINKS, VIEW_FEEDS };
	if (a->status.win && y >= a->status.y)
		return 0;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		struct pane *p = app_pane(a, order[i]);
		if (p->win && y >= p->y && y < p->y + p->h && x >= p->x && x < p->x + p->w) {
			*v = order[i];
			*row = y - p->y;
			*col = x - p->x;
			return 1;
		}
	}
	return 0;
}
