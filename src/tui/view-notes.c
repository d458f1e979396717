/* view-notes.c -- the notes pane (o): the open article's notes in the
 * order of the text, each as the quoted passage, the note and its tags;
 * orphans (passages that could not be found again after the article
 * changed) come last with their quote, to re-attach with v then r.
 * Enter jumps to a note; a edits it, d deletes it, t tags it (notes.c
 * asks this view for its item). D shows the article's deleted notes
 * instead, and u there brings the selected one back; D again returns.
 * Quotes, notes and tags are untrusted: drawn through draw_text. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "theme.h"
#include "util.h"
#include "view-notes.h"
#include "wrap.h"

/* Rows per note: the quote, the note (or a placeholder), the tags. The
 * selected note shows its whole text, wrapped, on up to BODY_MAX rows. */
#define NOTE_ROWS 3
#define BODY_MAX 8

struct notes {
	size_t sel, top;          /* the selected note (in the list shown) and the one on top */
	int deleted;              /* the deleted notes are shown (D) */
	struct store_note_list dl;/* the article's deleted notes, while shown */
};

/* The notes the pane shows: the article's, or its deleted ones. */
static const struct store_note_list *shown(struct app *a, const struct notes *nv)
{
	return nv->deleted ? &nv->dl : &a->open.notes;
}

static void load_deleted(struct app *a, struct notes *nv)
{
	query_note_list_clear(&nv->dl);
	struct entry *e = app_entry(a);
	if (e && a->lib && query_notes(a->lib, e->path, NULL, 1, &nv->dl) < 0)
		app_error(a);
	if (nv->sel >= nv->dl.n)
		nv->sel = nv->dl.n ? nv->dl.n - 1 : 0;
}

static size_t per_page(const struct pane *p)
{
	int h = p->h - 1;
	return h >= NOTE_ROWS ? (size_t)(h / NOTE_ROWS) : 1;
}

/* The first line of s, for one row. */
static size_t first_line(const char *s)
{
	const char *nl = strchr(s, '\n');
	return nl ? (size_t)(nl - s) : strlen(s);
}

/* The rows of the selected note's text in a pane pw wide, into l (up to
 * BODY_MAX; the last cut short when there is more). */
static size_t body_rows(const struct store_note *n, int pw, struct wrap_lines *l)
{
	l->n = 0;
	if (!n->body[0])
		return 1;
	size_t r = wrap_text(n->body, strlen(n->body), pw > 4 ? pw - 3 : 1, l);
	return r < BODY_MAX ? r : BODY_MAX;
}

/* Rows note i takes: NOTE_ROWS, more for the selected one. */
static size_t note_rows(const struct store_note_list *notes, const struct notes *nv, size_t i, int pw)
{
	if (i != nv->sel)
		return NOTE_ROWS;
	struct wrap_lines l = { 0 };
	size_t r = body_rows(&notes->v[i], pw, &l);
	wrap_lines_clear(&l);
	return NOTE_ROWS - 1 + r;
}

/* The first note shown, so that the selected one is whole in the pane
 * (h rows under the title bar) or at least starts there. */
static void keep_visible(const struct store_note_list *notes, struct notes *nv, int h, int pw)
{
	if (nv->sel < nv->top)
		nv->top = nv->sel;
	size_t rows = 0;
	for (size_t i = nv->top; i <= nv->sel; i++)
		rows += note_rows(notes, nv, i, pw);
	while (nv->top < nv->sel && rows > (size_t)(h > 0 ? h : 0))
		rows -= note_rows(notes, nv, nv->top++, pw);
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct notes *nv = data;
	const struct store_note_list *notes = shown(a, nv);
	WINDOW *w = p->win;
	werase(w);
	char right[96];
	size_t orphans = 0;
	for (size_t i = 0; i < notes->n; i++)
		orphans += notes->v[i].orphan != 0;
	if (orphans)
		/* TRANSLATORS: the notes pane's title bar, at the right: how many
		 * notes, how many of them orphaned (their passage is gone). */
		snprintf(right, sizeof right, ngettext("%zu, %zu orphaned", "%zu, %zu orphaned", orphans), notes->n, orphans);
	else
		snprintf(right, sizeof right, "%zu", notes->n);
	const char *t = nv->deleted ? _("Deleted notes (u restores, D returns)") : _("Notes");
	draw_bar(p, t, strlen(t), right, a->focus == VIEW_NOTES);
	if (notes->n == 0 && nv->deleted) {
		if (p->h > 2) {
			wmove(w, 2, 1);
			draw_textz(w, _("No deleted notes. D returns."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	if (notes->n == 0) {
		if (p->h > 3) {
			wmove(w, 2, 1);
			draw_textz(w, _("No notes. Select with v,"), p->w - 2, theme_attr(EL_META));
			wmove(w, 3, 1);
			draw_textz(w, _("then a to annotate."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	keep_visible(notes, nv, p->h - 1, p->w);
	int utf8 = MB_CUR_MAX > 1;
	struct wrap_lines bl = { 0 };
	int y = 1;
	for (size_t i = nv->top; i < notes->n && y < p->h; i++) {
		const struct store_note *n = &notes->v[i];
		int sel = i == nv->sel;
		int focus = sel && a->focus == VIEW_NOTES;
		int nbody = sel ? (int)body_rows(n, p->w, &bl) : 1;
		attr_t base = focus ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		for (int r = 0; r < nbody + 1 && y + r < p->h; r++)
			draw_blank_row(w, y + r, p->w, base);
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
			draw_textz(w, draw_ellipsis(), 1, base);
		if (y + 1 < p->h) {
			wmove(w, y + 1, 2);
			if (!n->body[0])
				draw_textz(w, _("(highlight, no note)"), p->w - 3, focus ? base : theme_attr(EL_META));
			else if (!sel)
				draw_text(w, n->body, first_line(n->body), p->w - 3, base);
		}
		for (int r = 0; sel && n->body[0] && r < nbody && y + 1 + r < p->h; r++) {
			const struct wrap_line *ln = &bl.v[r];
			wmove(w, y + 1 + r, 2);
			int x2 = 2 + draw_text(w, n->body + ln->start, ln->end - ln->start, p->w - 3, base);
			if (r == nbody - 1 && (size_t)nbody < bl.n && x2 < p->w)
				draw_textz(w, draw_ellipsis(), 1, base);   /* more than BODY_MAX rows */
		}
		y += nbody;   /* the tags' row follows the text */
		if (y + 1 < p->h && n->tags[0]) {
			wmove(w, y + 1, 2);
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
		y += NOTE_ROWS - 1;
	}
	wrap_lines_clear(&bl);
	wnoutrefresh(w);
}

static int jump(struct app *a, struct notes *nv)
{
	if (nv->sel >= shown(a, nv)->n)
		return R_NONE;
	const struct store_note *n = &shown(a, nv)->v[nv->sel];
	if (nv->deleted) {
		app_msg(a, 0, _("A deleted note: u brings it back"));
		return R_STATUS;
	}
	if (n->orphan) {
		app_msg(a, 0, _("An orphan: select its passage in the reader (v), then r here to re-attach it"));
		return R_STATUS;
	}
	int react = app_goto(a, n->start);
	a->focus = VIEW_READER;
	react |= a->wide ? R_PANES : R_RELAYOUT;
	return react;
}

static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct notes *nv = data;
	(void)col;
	if (row < 1 || kind == CLICK_RELEASE)
		return R_NONE;
	const struct store_note_list *notes = shown(a, nv);
	int pw = app_pane(a, VIEW_NOTES)->w;
	size_t i = nv->top;
	for (size_t y = 1 + note_rows(notes, nv, i, pw); i < notes->n && y <= (size_t)row; i++)
		y += note_rows(notes, nv, i + 1, pw);
	if (i >= notes->n)
		return R_NONE;
	nv->sel = i;
	a->focus = VIEW_NOTES;
	return R_PANES;
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct notes *nv = data;
	size_t n = shown(a, nv)->n;
	if (n == 0)
		return R_NONE;
	if (m == MOVE_OPEN)
		return jump(a, nv);
	return keymap_move(&nv->sel, n, per_page(app_pane(a, VIEW_NOTES)), m) ? R_SIDE : R_NONE;
}

static int item(struct app *a, void *data, int kind, struct view_item *out)
{
	struct notes *nv = data;
	/* A deleted note is not a note to edit, tag or delete: only to restore. */
	if (kind != (nv->deleted ? ITEM_DELETED_NOTE : ITEM_NOTE) || nv->sel >= shown(a, nv)->n)
		return 0;
	out->kind = kind;
	out->note_id = shown(a, nv)->v[nv->sel].id;
	return 1;
}

static int event(struct app *a, void *data, enum app_event e)
{
	struct notes *nv = data;
	switch (e) {
	case EV_CLOSING:
		nv->sel = nv->top = 0;
		nv->deleted = 0;
		query_note_list_clear(&nv->dl);
		return R_SIDE;
	case EV_NOTES:
		if (nv->deleted)
			load_deleted(a, nv);
		if (nv->sel >= shown(a, nv)->n)
			nv->sel = shown(a, nv)->n ? shown(a, nv)->n - 1 : 0;
		return R_SIDE;
	case EV_CURSOR: {
		if (nv->deleted)
			return R_NONE;
		/* The pane follows the cursor onto a note (a jump, an undo). */
		const struct store_note *n = app_note_at(a, a->open.cur);
		for (size_t k = 0; n && k < a->open.notes.n; k++)
			if (a->open.notes.v[k].id == n->id)
				nv->sel = k;
		return R_SIDE;
	}
	case EV_OPENED:
	case EV_LIST:
		break;
	}
	return R_NONE;
}

/* o: shows the pane with the focus, or closes it when it is shown. */
int notes_pane_toggle(struct app *a, const struct action *act)
{
	(void)act;
	if (!a->open.doc) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	if (a->side_open && a->side == VIEW_NOTES)
		return app_side_close(a);
	int react = app_side_show(a, VIEW_NOTES);
	/* Notes are a list to pick from: the pane takes the keys. */
	a->focus = VIEW_NOTES;
	return react;
}

/* D: the deleted notes of the article in the pane, or its notes again. */
int notes_pane_deleted(struct app *a, const struct action *act)
{
	(void)act;
	struct notes *nv = app_view(a, VIEW_NOTES);
	if (!a->open.doc || !nv) {
		app_msg(a, 1, _("Open an article first"));
		return R_STATUS;
	}
	int react = R_SIDE;
	if (!(a->side_open && a->side == VIEW_NOTES)) {
		react |= app_side_show(a, VIEW_NOTES);
		nv->deleted = 0;
	}
	a->focus = VIEW_NOTES;
	nv->deleted = !nv->deleted;
	nv->sel = nv->top = 0;
	if (nv->deleted)
		load_deleted(a, nv);
	else
		query_note_list_clear(&nv->dl);
	return react | R_PANES;
}

static void *init(struct app *a)
{
	(void)a;
	return xcalloc(1, sizeof(struct notes));
}

static void fini(void *data)
{
	struct notes *nv = data;
	query_note_list_clear(&nv->dl);
	free(nv);
}

const struct view_ops view_notes_ops = {
	.name = "notes",
	.init = init,
	.free = fini,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.item = item,
	.event = event,
};
