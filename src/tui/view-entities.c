/* view-entities.c -- the entities pane (E): the entities of the open
 * article, in the side pane.
 *
 * Entities come with their mention counts, most mentioned first or (s)
 * in order of appearance; Enter (or a click) jumps to the next mention of
 * the selected entity. Below them, the entities that share the most
 * articles with the selected one (ops_cooccur), from the library's index. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "theme.h"
#include "util.h"
#include "view-entities.h"

struct side_item {
	enum hl_type type;
	const char *key;          /* borrowed from the doc's spans */
	size_t first;             /* byte offset of the first mention */
	size_t first_end;
	long count;
};

struct cooc {
	char *key;
	char type[8];
	long articles;
};

struct entities {
	struct side_item *sitems; /* the entities of the open article */
	size_t nside, side_cap, side_sel, side_top;
	int sort_order;           /* 0 by count, 1 in order of appearance */
	struct cooc *cooc;        /* co-occurring entities of the selected one */
	size_t ncooc, cooc_cap, cooc_for;
};

static void add_span(struct entities *a, const struct hl_span *s)
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

static void cooc_update(struct app *a, struct entities *en);

static int shown(struct app *a)
{
	return a->side_open && a->side == VIEW_ENTITIES;
}

static void build(struct app *a, struct entities *en)
{
	struct doc *d = a->open.doc;
	en->nside = 0;
	en->side_sel = en->side_top = 0;
	if (!d || !d->hl_ok)
		return;
	if (!d->map) {
		for (size_t i = 0; i < d->spans.n; i++)
			add_span(en, &d->spans.v[i]);
	} else {
		for (size_t p = 0; p < d->pcap; p++)
			if (d->pdone[p])
				for (size_t i = 0; i < d->pspans[p].n; i++)
					add_span(en, &d->pspans[p].v[i]);
	}
	if (en->nside > 1)
		qsort(en->sitems, en->nside, sizeof *en->sitems, en->sort_order ? cmp_first : cmp_item);
	en->cooc_for = SIZE_MAX;
	if (shown(a))
		cooc_update(a, en);
}

#define COOC_MAX 8

static void cooc_clear(struct entities *a)
{
	for (size_t i = 0; i < a->ncooc; i++)
		free(a->cooc[i].key);
	a->ncooc = 0;
}

static int add_cooc(const char *key, const char *type, long articles, void *ctx)
{
	struct entities *a = ctx;
	XGROW(a->cooc, a->cooc_cap, a->ncooc + 1);
	struct cooc *c = &a->cooc[a->ncooc++];
	c->key = xstrdup(key);
	snprintf(c->type, sizeof c->type, "%s", type);
	c->articles = articles;
	return 0;
}

/* The co-occurring entities of the selected one, asked again only when
 * the selection moved (the query reads the whole index). */
static void cooc_update(struct app *a, struct entities *en)
{
	if (en->cooc_for == en->side_sel)
		return;
	cooc_clear(en);
	en->cooc_for = en->side_sel;
	if (en->side_sel >= en->nside || !a->lib)
		return;
	struct side_item *it = &en->sitems[en->side_sel];
	if (ops_cooccur(a->lib, a->hl, it->key, (int)it->type, COOC_MAX, add_cooc, en) < 0)
		app_error(a);
}

/* Rows at the bottom for the co-occurrence section (0: none shown). */
static int cooc_rows(struct entities *a, const struct pane *p)
{
	int h = p->h - 1;
	if (a->ncooc == 0 || h < 10)
		return 0;
	int n = (int)a->ncooc + 2;   /* a blank row and the heading */
	return n > h / 2 ? h / 2 : n;
}

static int rows(struct entities *a, const struct pane *p)
{
	int n = p->h - 1 - cooc_rows(a, p);
	return n > 1 ? n : 1;
}

/* E: shows the pane, or closes it when it is shown. */
int entities_toggle(struct app *a, const struct action *act)
{
	(void)act;
	struct entities *en = app_view(a, VIEW_ENTITIES);
	if (shown(a))
		return app_side_close(a);
	int react = app_side_show(a, VIEW_ENTITIES);
	build(a, en);
	if (!a->wide)
		a->focus = VIEW_ENTITIES;
	return react;
}

/* s: by count or in order of appearance. */
int entities_sort(struct app *a, const struct action *act)
{
	(void)act;
	struct entities *en = app_view(a, VIEW_ENTITIES);
	if (!shown(a))
		return R_NONE;
	en->sort_order = !en->sort_order;
	build(a, en);
	app_msg(a, 0, en->sort_order ? _("Entities in order of appearance") : _("Entities by count"));
	return R_SIDE | R_STATUS;
}

static void cooc_draw(struct entities *a, const struct doc *d, struct pane *p, WINDOW *w)
{
	int n = cooc_rows(a, p);
	if (n < 3 || a->side_sel >= a->nside)
		return;
	int y = p->h - n + 1;
	struct side_item *it = &a->sitems[a->side_sel];
	wmove(w, y, 1);
	struct sb b = SB_INIT;
	/* The entity as the article writes it; the others by their keys'
	 * labels (label.h). */
	sb_addf(&b, _("Most often with %.*s:"), (int)(it->first_end - it->first), d->data + it->first);
	draw_text(w, b.s, b.len, p->w - 2, theme_attr(EL_TITLE));
	sb_release(&b);
	for (size_t i = 0; i < a->ncooc && ++y < p->h; i++) {
		struct cooc *c = &a->cooc[i];
		int t = hl_type_parse(c->type);
		char num[24];
		int nl = snprintf(num, sizeof num, "%ld", c->articles);
		wmove(w, y, 2);
		char label[160];
		draw_textz(w, label_of(t, c->key, label, sizeof label), p->w - nl - 5, t >= 0 ? theme_attr((enum elem)(EL_PERSON + t)) : theme_attr(EL_TEXT));
		if (p->w > nl + 4) {
			wmove(w, y, p->w - nl - 1);
			wattrset(w, theme_attr(EL_META));
			waddstr(w, num);
		}
	}
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct entities *en = data;
	WINDOW *w = p->win;
	werase(w);
	char right[32];
	snprintf(right, sizeof right, "%zu", en->nside);
	const char *t = _("Entities");
	int focused = a->focus == VIEW_ENTITIES;
	draw_bar(p, t, strlen(t), right, focused);
	keymap_keep_visible(&en->side_top, en->side_sel, (size_t)rows(en, p));
	if (en->nside == 0 && p->h > 2) {
		wmove(w, 2, 1);
		draw_textz(w, a->open.doc && a->open.doc->hl_ok ? _("No entities.") : _("No highlights."), p->w - 2, theme_attr(EL_META));
	}
	static const char letter[HL_NTYPES] = { 'P', 'L', 'D' };
	for (int row = 1; row <= rows(en, p) && row < p->h; row++) {
		size_t i = en->side_top + (size_t)row - 1;
		if (i >= en->nside)
			break;
		struct side_item *it = &en->sitems[i];
		int sel = i == en->side_sel && focused;
		attr_t base = sel ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		draw_blank_row(w, row, p->w, base);
		char num[24];
		int nl = snprintf(num, sizeof num, "%ld", it->count);
		wmove(w, row, 1);
		wattrset(w, base | theme_attr((enum elem)(EL_PERSON + it->type)));
		waddch(w, (chtype)letter[it->type]);
		wattrset(w, base);
		waddch(w, ' ');
		/* The first mention as written; it is article text: sanitized. */
		attr_t at = sel ? base : theme_attr((enum elem)(EL_PERSON + it->type));
		draw_text(w, a->open.doc->data + it->first, it->first_end - it->first, p->w - 5 - nl, at);
		if (p->w > nl + 5) {
			wmove(w, row, p->w - nl - 1);
			wattrset(w, base);
			waddstr(w, num);
		}
	}
	cooc_draw(en, a->open.doc, p, w);
	wnoutrefresh(w);
}

static int jump(struct app *a, struct entities *en)
{
	if (en->side_sel >= en->nside || !a->open.doc)
		return R_NONE;
	struct side_item *it = &en->sitems[en->side_sel];
	struct doc *d = a->open.doc;
	/* The next mention after the cursor, else the first. */
	const struct hl_span *v = d->map ? NULL : d->spans.v;
	size_t n = d->map ? 0 : d->spans.n;
	size_t to = it->first;
	for (size_t i = 0; i < n; i++)
		if (v[i].type == it->type && strcmp(v[i].key, it->key) == 0 && a->open.cur != SIZE_MAX && v[i].start > a->open.cur) {
			to = v[i].start;
			break;
		}
	int react = app_goto(a, to);
	if (!a->wide) {
		a->focus = VIEW_READER;
		react |= R_RELAYOUT;
	}
	return react;
}

static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct entities *en = data;
	(void)col;
	if (kind == CLICK_RELEASE || row < 1 || row > rows(en, app_pane(a, VIEW_ENTITIES)))
		return R_NONE;
	size_t i = en->side_top + (size_t)row - 1;
	if (i >= en->nside)
		return R_NONE;
	en->side_sel = i;
	a->focus = VIEW_ENTITIES;
	cooc_update(a, en);
	return jump(a, en) | R_PANES;
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct entities *en = data;
	if (en->nside == 0)
		return R_NONE;
	if (m == MOVE_OPEN)
		return jump(a, en);
	if (!keymap_move(&en->side_sel, en->nside, (size_t)rows(en, app_pane(a, VIEW_ENTITIES)), m))
		return R_NONE;
	cooc_update(a, en);
	return R_SIDE;
}

static int item(struct app *a, void *data, int kind, struct view_item *out)
{
	struct entities *en = data;
	if (kind != ITEM_ENTITY || en->side_sel >= en->nside || !a->open.doc)
		return 0;
	const struct side_item *it = &en->sitems[en->side_sel];
	out->kind = ITEM_ENTITY;
	out->type = it->type;
	out->key = it->key;
	out->text = a->open.doc->data + it->first;
	out->textlen = it->first_end - it->first;
	return 1;
}

static int event(struct app *a, void *data, enum app_event e)
{
	struct entities *en = data;
	if (e == EV_OPENED) {
		build(a, en);
		return R_SIDE;
	}
	if (e == EV_CLOSING) {
		/* The keys are the closing article's. */
		en->nside = en->side_sel = en->side_top = 0;
		cooc_clear(en);
		en->cooc_for = SIZE_MAX;
		return R_SIDE;
	}
	return R_NONE;
}

static void *init(struct app *a)
{
	(void)a;
	struct entities *en = xcalloc(1, sizeof *en);
	en->cooc_for = SIZE_MAX;
	return en;
}

static void entities_free(void *data)
{
	struct entities *en = data;
	cooc_clear(en);
	free(en->cooc);
	free(en->sitems);
	free(en);
}

const struct view_ops view_entities_ops = {
	.name = "entities",
	.init = init,
	.free = entities_free,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.item = item,
	.event = event,
};
