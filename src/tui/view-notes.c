/* view-notes.c -- the notes pane (o): the open article's notes in the
 * order of the text, each as the quoted passage, the note and its tags;
 * orphans (passages that could not be found again after the article
 * changed) come last with their quote, to re-attach with v then r.
 * Enter jumps to a note; a edits it, d deletes it, t tags it (notes.c).
 * Quotes, notes and tags are untrusted: drawn through draw_text. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "theme.h"
#include "util.h"

/* Rows per note: the quote, the note (or a placeholder), the tags. */
#define NOTE_ROWS 3

static size_t per_page(struct app *a)
{
	int h = a->side.h - 1;
	return h >= NOTE_ROWS ? (size_t)(h / NOTE_ROWS) : 1;
}

/* The first line of s, for one row. */
static size_t first_line(const char *s)
{
	const char *nl = strchr(s, '\n');
	return nl ? (size_t)(nl - s) : strlen(s);
}

void notes_draw(struct app *a)
{
	struct pane *p = &a->side;
	WINDOW *w = p->win;
	werase(w);
	char right[32];
	size_t orphans = 0;
	for (size_t i = 0; i < a->notes.n; i++)
		orphans += a->notes.v[i].orphan != 0;
	if (orphans)
		snprintf(right, sizeof right, _("%zu, %zu orphaned"), a->notes.n, orphans);
	else
		snprintf(right, sizeof right, "%zu", a->notes.n);
	const char *t = _("Notes");
	draw_bar(a, p, t, strlen(t), right, a->focus == FOCUS_SIDE);
	if (a->notes.n == 0) {
		if (p->h > 3) {
			wmove(w, 2, 1);
			draw_textz(w, _("No notes. Select with v,"), p->w - 2, theme_attr(EL_META));
			wmove(w, 3, 1);
			draw_textz(w, _("then a to annotate."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	size_t page = per_page(a);
	if (a->notes_sel < a->notes_top)
		a->notes_top = a->notes_sel;
	if (a->notes_sel >= a->notes_top + page)
		a->notes_top = a->notes_sel - page + 1;
	int utf8 = MB_CUR_MAX > 1;
	for (size_t k = 0; k < page; k++) {
		size_t i = a->notes_top + k;
		if (i >= a->notes.n)
			break;
		const struct store_note *n = &a->notes.v[i];
		int y = 1 + (int)k * NOTE_ROWS;
		int sel = i == a->notes_sel;
		int focus = sel && a->focus == FOCUS_SIDE;
		attr_t base = focus ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		for (int r = 0; r < NOTE_ROWS - 1 && y + r < p->h; r++) {
			wmove(w, y + r, 0);
			wattrset(w, base);
			for (int c = 0; c < p->w; c++)
				waddch(w, ' ');
		}
		if (y >= p->h)
			break;
		wmove(w, y, 0);
		wattrset(w, base);
		waddstr(w, sel ? (utf8 ? "\xe2\x96\xb8" : ">") : " ");
		int x = 1;
		if (n->orphan) {
			x += draw_textz(w, _("orphan: "), p->w - x - 1, theme_attr(EL_ERROR));
		}
		/* The quote, in the note's colour, on one row. */
		x += draw_textz(w, utf8 ? "\xe2\x80\x9c" : "\"", 1, base);
		x += draw_text(w, n->quote, first_line(n->quote), p->w - x - 2, focus ? base : theme_attr(EL_NOTE));
		if (first_line(n->quote) < strlen(n->quote) || x >= p->w - 2)
			draw_textz(w, utf8 ? "\xe2\x80\xa6" : "~", 1, base);
		if (y + 1 < p->h) {
			wmove(w, y + 1, 2);
			if (n->body[0])
				draw_text(w, n->body, first_line(n->body), p->w - 3, base);
			else
				draw_textz(w, _("(highlight, no note)"), p->w - 3, focus ? base : theme_attr(EL_META));
		}
		if (y + 2 < p->h && n->tags[0]) {
			wmove(w, y + 2, 2);
			struct sb b = SB_INIT;
			const char *s = n->tags;
			while (*s) {
				const char *c = strchr(s, ',');
				size_t l = c ? (size_t)(c - s) : strlen(s);
				sb_addf(&b, "%s#%.*s", b.len ? " " : "", (int)l, s);
				s += l + (c != NULL);
			}
			draw_text(w, b.s, b.len, p->w - 3, theme_attr(EL_HELP_KEY));
			sb_release(&b);
		}
	}
	wnoutrefresh(w);
}

static int jump(struct app *a)
{
	if (a->notes_sel >= a->notes.n)
		return R_NONE;
	const struct store_note *n = &a->notes.v[a->notes_sel];
	if (n->orphan) {
		app_msg(a, 0, _("An orphan: select its passage in the reader (v), then r here to re-attach it"));
		return R_STATUS;
	}
	reader_goto(a, n->start, n->end);
	int react = R_READER | R_STATUS | R_SIDE;
	a->focus = FOCUS_READER;
	react |= a->wide ? R_PANES : R_RELAYOUT;
	return react;
}

int notes_click(struct app *a, int row)
{
	if (row < 1)
		return R_NONE;
	size_t i = a->notes_top + (size_t)(row - 1) / NOTE_ROWS;
	if (i >= a->notes.n)
		return R_NONE;
	a->notes_sel = i;
	a->focus = FOCUS_SIDE;
	return R_PANES;
}

int notes_pane_action(struct app *a, enum action act)
{
	size_t n = a->notes.n, page = per_page(a);
	if (n == 0)
		return R_NONE;
	if (keymap_move(&a->notes_sel, n, page, act))
		return R_SIDE;
	return act == ACT_OPEN ? jump(a) : R_NONE;
}
