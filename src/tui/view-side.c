/* view-side.c -- the side pane. Its mode says what it shows: the
 * entities of the open article (here), its notes (view-notes.c) or the
 * mentions of one entity across the library (view-mentions.c).
 *
 * Entities come with their mention counts, most mentioned first or (s)
 * in order of appearance; Enter (or a click) jumps to the next mention of
 * the selected entity. Below them, the entities that share the most
 * articles with the selected one (ops_cooccur), from the library's index. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "theme.h"
#include "util.h"

static void add_span(struct app *a, const struct hl_span *s)
{
	if (s->type >= HL_NTYPES || !s->key)
		return;
	for (size_t i = 0; i < a->nside; i++)
		if (a->sitems[i].type == s->type && strcmp(a->sitems[i].key, s->key) == 0) {
			a->sitems[i].count++;
			return;
		}
	XGROW(a->sitems, a->side_cap, a->nside + 1);
	struct side_item *it = &a->sitems[a->nside++];
	it->type = s->type;
	it->key = s->key;
	it->first = s->start;
	it->first_end = s->end;
	it->count = 1;
}

static int cmp_first(const void *x, const void *y)
{
	const struct side_item *p = x, *q = y;
	return p->first < q->first ? -1 : p->first > q->first;
}

static int cmp_item(const void *x, const void *y)
{
	const struct side_item *p = x, *q = y;
	if (p->count != q->count)
		return p->count > q->count ? -1 : 1;
	if (p->type != q->type)
		return p->type < q->type ? -1 : 1;
	return p->first < q->first ? -1 : p->first > q->first;
}

static void cooc_update(struct app *a);

void side_build(struct app *a)
{
	struct doc *d = a->r.doc;
	a->nside = 0;
	a->side_sel = a->side_top = 0;
	if (!d || !d->hl_ok)
		return;
	if (!d->map) {
		for (size_t i = 0; i < d->spans.n; i++)
			add_span(a, &d->spans.v[i]);
	} else {
		for (size_t p = 0; p < d->pcap; p++)
			if (d->pdone[p])
				for (size_t i = 0; i < d->pspans[p].n; i++)
					add_span(a, &d->pspans[p].v[i]);
	}
	if (a->nside > 1)
		qsort(a->sitems, a->nside, sizeof *a->sitems, a->sort_order ? cmp_first : cmp_item);
	a->cooc_for = SIZE_MAX;
	if (a->side_open && a->side_mode == SIDE_ENTITIES)
		cooc_update(a);
}

#define COOC_MAX 8

static void cooc_clear(struct app *a)
{
	for (size_t i = 0; i < a->ncooc; i++)
		free(a->cooc[i].key);
	a->ncooc = 0;
}

static int add_cooc(const char *key, const char *type, long articles, void *ctx)
{
	struct app *a = ctx;
	XGROW(a->cooc, a->cooc_cap, a->ncooc + 1);
	struct cooc *c = &a->cooc[a->ncooc++];
	c->key = xstrdup(key);
	snprintf(c->type, sizeof c->type, "%s", type);
	c->articles = articles;
	return 0;
}

/* The co-occurring entities of the selected one, asked again only when
 * the selection moved (the query reads the whole index). */
static void cooc_update(struct app *a)
{
	if (a->cooc_for == a->side_sel)
		return;
	cooc_clear(a);
	a->cooc_for = a->side_sel;
	if (a->side_sel >= a->nside || !a->lib)
		return;
	struct side_item *it = &a->sitems[a->side_sel];
	if (ops_cooccur(a->lib, a->hl, it->key, (int)it->type, COOC_MAX, add_cooc, a) < 0)
		app_msg(a, 1, "%s", err_msg());
}

/* Rows at the bottom for the co-occurrence section (0: none shown). */
static int cooc_rows(struct app *a)
{
	int h = a->side.h - 1;
	if (a->ncooc == 0 || h < 10)
		return 0;
	int n = (int)a->ncooc + 2;   /* a blank row and the heading */
	return n > h / 2 ? h / 2 : n;
}

static int rows(struct app *a)
{
	int n = a->side.h - 1 - cooc_rows(a);
	return n > 1 ? n : 1;
}

int side_open(struct app *a, enum side_mode mode)
{
	struct reader *r = &a->r;
	if (a->side_open && a->side_mode == mode) {
		a->side_open = 0;
		if (a->focus == FOCUS_SIDE)
			a->focus = r->doc ? FOCUS_READER : FOCUS_LIST;
		return R_RELAYOUT;
	}
	a->side_open = 1;
	a->side_mode = mode;
	if (mode == SIDE_ENTITIES) {
		side_build(a);
		if (!a->wide)
			a->focus = FOCUS_SIDE;
	} else {
		/* Notes and mentions are lists to pick from: they take the keys. */
		a->focus = FOCUS_SIDE;
	}
	return R_RELAYOUT;
}

static void cooc_draw(struct app *a, WINDOW *w)
{
	struct pane *p = &a->side;
	int n = cooc_rows(a);
	if (n < 3 || a->side_sel >= a->nside)
		return;
	int y = p->h - n + 1;
	struct side_item *it = &a->sitems[a->side_sel];
	wmove(w, y, 1);
	struct sb b = SB_INIT;
	sb_addf(&b, _("Most often with %s:"), it->key);
	draw_text(w, b.s, b.len, p->w - 2, theme_attr(EL_TITLE));
	sb_release(&b);
	for (size_t i = 0; i < a->ncooc && ++y < p->h; i++) {
		struct cooc *c = &a->cooc[i];
		int t = hl_type_parse(c->type);
		char num[24];
		int nl = snprintf(num, sizeof num, "%ld", c->articles);
		wmove(w, y, 2);
		draw_textz(w, c->key, p->w - nl - 5, t >= 0 ? theme_attr((enum elem)(EL_PERSON + t)) : theme_attr(EL_TEXT));
		if (p->w > nl + 4) {
			wmove(w, y, p->w - nl - 1);
			wattrset(w, theme_attr(EL_META));
			waddstr(w, num);
		}
	}
}

void side_draw(struct app *a)
{
	struct pane *p = &a->side;
	WINDOW *w = p->win;
	if (!w)
		return;
	if (a->side_mode == SIDE_NOTES) {
		notes_draw(a);
		return;
	}
	if (a->side_mode == SIDE_MENTIONS) {
		mentions_draw(a);
		return;
	}
	werase(w);
	char right[32];
	snprintf(right, sizeof right, "%zu", a->nside);
	const char *t = _("Entities");
	draw_bar(a, p, t, strlen(t), right, a->focus == FOCUS_SIDE);
	if (a->side_sel < a->side_top)
		a->side_top = a->side_sel;
	if (a->side_sel >= a->side_top + (size_t)rows(a))
		a->side_top = a->side_sel - (size_t)rows(a) + 1;
	if (a->nside == 0 && p->h > 2) {
		wmove(w, 2, 1);
		draw_textz(w, a->r.doc && a->r.doc->hl_ok ? _("No entities.") : _("No highlights."), p->w - 2, theme_attr(EL_META));
	}
	static const char letter[HL_NTYPES] = { 'P', 'L', 'D' };
	for (int row = 1; row <= rows(a) && row < p->h; row++) {
		size_t i = a->side_top + (size_t)row - 1;
		if (i >= a->nside)
			break;
		struct side_item *it = &a->sitems[i];
		int sel = i == a->side_sel && a->focus == FOCUS_SIDE;
		attr_t base = sel ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		wmove(w, row, 0);
		wattrset(w, base);
		for (int c = 0; c < p->w; c++)
			waddch(w, ' ');
		char num[24];
		int nl = snprintf(num, sizeof num, "%ld", it->count);
		wmove(w, row, 1);
		wattrset(w, base | theme_attr((enum elem)(EL_PERSON + it->type)));
		waddch(w, (chtype)letter[it->type]);
		wattrset(w, base);
		waddch(w, ' ');
		/* The first mention as written; it is article text: sanitized. */
		attr_t at = sel ? base : theme_attr((enum elem)(EL_PERSON + it->type));
		draw_text(w, a->r.doc->data + it->first, it->first_end - it->first, p->w - 5 - nl, at);
		if (p->w > nl + 5) {
			wmove(w, row, p->w - nl - 1);
			wattrset(w, base);
			waddstr(w, num);
		}
	}
	cooc_draw(a, w);
	wnoutrefresh(w);
}

static int jump(struct app *a)
{
	if (a->side_sel >= a->nside)
		return R_NONE;
	struct side_item *it = &a->sitems[a->side_sel];
	/* The next mention after the cursor, else the first. */
	const struct hl_span *v = a->r.doc->map ? NULL : a->r.doc->spans.v;
	size_t n = a->r.doc->map ? 0 : a->r.doc->spans.n;
	size_t to = it->first, to_end = it->first_end;
	for (size_t i = 0; i < n; i++)
		if (v[i].type == it->type && strcmp(v[i].key, it->key) == 0 && a->r.cur != SIZE_MAX && v[i].start > a->r.cur) {
			to = v[i].start;
			to_end = v[i].end;
			break;
		}
	reader_goto(a, to, to_end);
	int react = R_READER | R_STATUS | R_SIDE;
	if (!a->wide) {
		a->focus = FOCUS_READER;
		react |= R_RELAYOUT;
	}
	return react;
}

int side_click(struct app *a, int row)
{
	if (a->side_mode == SIDE_NOTES)
		return notes_click(a, row);
	if (a->side_mode == SIDE_MENTIONS)
		return mentions_click(a, row);
	if (row < 1 || row > rows(a))
		return R_NONE;
	size_t i = a->side_top + (size_t)row - 1;
	if (i >= a->nside)
		return R_NONE;
	a->side_sel = i;
	a->focus = FOCUS_SIDE;
	cooc_update(a);
	return jump(a) | R_PANES;
}

int side_action(struct app *a, enum action act)
{
	if (a->side_mode == SIDE_NOTES)
		return notes_pane_action(a, act);
	if (a->side_mode == SIDE_MENTIONS)
		return mentions_action(a, act);
	size_t n = a->nside;
	if (n == 0)
		return R_NONE;
	if (!keymap_move(&a->side_sel, n, (size_t)rows(a), act))
		return act == ACT_OPEN ? jump(a) : R_NONE;
	cooc_update(a);
	return R_SIDE;
}
