/* view-mentions.c -- the mentions pane (m): every mention of the entity
 * under the cursor across the library, from the sidecar's index, grouped
 * by article in list order: the article's title on a row, then one
 * key-word-in-context row per mention with the mention in its colour.
 * Enter opens the article at that mention. Titles and context are
 * article text: drawn through draw_text. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sanitize.h"
#include "label.h"
#include "theme.h"
#include "util.h"
#include "view-mentions.h"

/* A row of the pane: an article's title or one mention. */
struct mrow {
	size_t m;                 /* index in mentions.v */
	int title;                /* 1: the article's title row */
};

struct mentions {
	struct ops_mention_list mentions;
	char *of;                 /* the key of the entity; owned */
	char *label;              /* what the pane calls it: its longest mention as written; owned */
	struct mrow *rows;
	size_t nrows, cap, sel, top;
};

static void mentions_clear(struct mentions *mv)
{
	ops_mention_list_clear(&mv->mentions);
	free(mv->of);
	mv->of = NULL;
	free(mv->label);
	mv->label = NULL;
	free(mv->rows);
	mv->rows = NULL;
	mv->nrows = mv->cap = mv->sel = mv->top = 0;
}

static void add_row(struct mentions *mv, size_t m, int title)
{
	XGROW(mv->rows, mv->cap, mv->nrows + 1);
	mv->rows[mv->nrows].m = m;
	mv->rows[mv->nrows].title = title;
	mv->nrows++;
}

/* m: every mention of the entity selected (in the entities pane) or under
 * the cursor, in the side pane; m again there closes it. */
int mentions_show(struct app *a, const struct action *act)
{
	(void)act;
	struct mentions *mv = app_view(a, VIEW_MENTIONS);
	if (a->side_open && a->side == VIEW_MENTIONS && a->focus == VIEW_MENTIONS)
		return app_side_close(a);
	struct view_item it;
	const char *key = NULL;
	int type = -1;
	if (app_item(a, ITEM_ENTITY, &it) && a->focus != VIEW_MENTIONS) {
		key = it.key;
		type = (int)it.type;
	} else {
		const struct hl_span *s = app_span_at(a, a->open.cur);
		if (s) {
			key = s->key;
			type = (int)s->type;
		}
	}
	if (!a->open.doc || !key) {
		app_msg(a, 1, a->open.doc && !a->open.doc->hl_ok ? _("No highlights (the highlight engine is not built in)")
			: _("No entity under the cursor"));
		return R_STATUS;
	}
	char *k = xstrdup(key);
	mentions_clear(mv);
	mv->of = k;
	if (ops_mentions(a->lib, a->hl, k, type, &mv->mentions) < 0)
		return app_error(a);
	int64_t here = a->open.entry < a->nents ? a->ents[a->open.entry].id : 0;
	int64_t last = -1;
	for (size_t i = 0; i < mv->mentions.n; i++) {
		const struct ops_mention *m = &mv->mentions.v[i];
		if (m->article_id != last) {
			add_row(mv, i, 1);
			last = m->article_id;
		}
		/* Start on the mention the cursor is on. */
		if (m->article_id == here && m->start <= a->open.cur && a->open.cur < m->end)
			mv->sel = mv->nrows;
		add_row(mv, i, 0);
	}
	if (mv->sel == 0 && mv->nrows > 1)
		mv->sel = 1;
	/* The entity's longest mention as written names it (the key is a
	 * normal form: "antony j. blinken"). */
	size_t best = SIZE_MAX;
	for (size_t i = 0; i < mv->mentions.n; i++) {
		const struct ops_mention *m = &mv->mentions.v[i];
		if (strcmp(m->key, k) == 0 && (best == SIZE_MAX || strlen(m->text) > strlen(mv->mentions.v[best].text)))
			best = i;
	}
	char lb[160];
	mv->label = xstrdup(best != SIZE_MAX ? mv->mentions.v[best].text : label_of(type, k, lb, sizeof lb));
	/* Two plurals, one for each count. */
	char what[64];
	snprintf(what, sizeof what, ngettext("%zu mention", "%zu mentions", mv->mentions.n), mv->mentions.n);
	app_msg(a, 0, ngettext("%s in %zu article", "%s in %zu articles", mv->mentions.narticles),
		what, mv->mentions.narticles);
	/* A list to pick from: it takes the keys. */
	int react = app_side_show(a, VIEW_MENTIONS);
	a->focus = VIEW_MENTIONS;
	return react | R_STATUS;
}

static int rows(const struct pane *p)
{
	return p->h > 1 ? p->h - 1 : 1;
}

/* One KWIC row: the end of the context before, the mention, the start of
 * the context after, the mention about a third in. */
static void kwic(const struct pane *p, WINDOW *w, int y, const struct ops_mention *m, attr_t base, int focus)
{
	int room = p->w - 2;
	if (room < 4)
		return;
	int mw = (int)san_width(m->text, strlen(m->text));
	int left = room / 3;
	if (mw > room - left)
		left = 0;
	/* Drop whole units from the front of the context until it fits. */
	const char *b = m->before;
	size_t bl = strlen(b);
	while (bl > 0 && (int)san_width(b, bl) > left) {
		struct san_unit u;
		size_t k = san_next(b, bl, &u);
		b += k;
		bl -= k;
	}
	int x = 1 + left - (int)san_width(b, bl);
	wmove(w, y, x);
	int used = draw_text(w, b, bl, left, base);
	int t = hl_type_parse(m->type);
	attr_t at = focus ? base | A_BOLD : t >= 0 ? theme_attr((enum elem)(EL_PERSON + t)) : theme_attr(EL_SEARCH);
	used += draw_text(w, m->text, strlen(m->text), room - left, at);
	(void)used;
	int cx = getcurx(w);
	if (cx < p->w - 1)
		draw_text(w, m->after, strlen(m->after), p->w - 1 - cx, base);
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct mentions *mv = data;
	WINDOW *w = p->win;
	werase(w);
	struct sb t = SB_INIT;
	sb_addf(&t, _("Mentions: %s"), mv->label ? mv->label : "");
	char right[48];
	snprintf(right, sizeof right, _("%zu in %zu"), mv->mentions.n, mv->mentions.narticles);
	draw_bar(p, t.s, t.len, right, a->focus == VIEW_MENTIONS);
	sb_release(&t);
	if (mv->nrows == 0) {
		if (p->h > 2) {
			wmove(w, 2, 1);
			draw_textz(w, _("No mentions in the library."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	keymap_keep_visible(&mv->top, mv->sel, (size_t)rows(p));
	for (int row = 1; row < p->h; row++) {
		size_t i = mv->top + (size_t)row - 1;
		if (i >= mv->nrows)
			break;
		const struct mrow *r = &mv->rows[i];
		const struct ops_mention *m = &mv->mentions.v[r->m];
		int focus = i == mv->sel && a->focus == VIEW_MENTIONS;
		int sel = i == mv->sel;
		attr_t base = focus ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		draw_blank_row(w, row, p->w, base);
		if (r->title) {
			int x = draw_textz(w, sel ? (MB_CUR_MAX > 1 ? "\xe2\x96\xb8" : ">") : " ", 1, base);
			const char *title = m->title && m->title[0] ? m->title : m->path;
			x += draw_textz(w, title, p->w - x - (m->date[0] ? 12 : 1), focus ? base : theme_attr(EL_TITLE));
			if (m->date[0] && p->w > 24) {
				wmove(w, row, p->w - 11);
				draw_textz(w, m->date, 10, focus ? base : theme_attr(EL_LIST_DATE));
			}
		} else {
			kwic(p, w, row, m, base, focus);
		}
	}
	wnoutrefresh(w);
}

static int jump(struct app *a, struct mentions *mv)
{
	if (mv->sel >= mv->nrows)
		return R_NONE;
	const struct mrow *r = &mv->rows[mv->sel];
	const struct ops_mention *m = &mv->mentions.v[r->m];
	int react = app_open_at(a, m->article_id, m->start, m->end);
	if (react < 0) {
		app_msg(a, 1, _("That article is not in the list (:filter hides it)"));
		return R_STATUS;
	}
	a->focus = a->wide ? VIEW_MENTIONS : VIEW_READER;
	return react | R_RELAYOUT | R_STATUS;
}

static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct mentions *mv = data;
	(void)col;
	if (row < 1 || kind == CLICK_RELEASE)
		return R_NONE;
	size_t i = mv->top + (size_t)row - 1;
	if (i >= mv->nrows)
		return R_NONE;
	mv->sel = i;
	a->focus = VIEW_MENTIONS;
	return jump(a, mv) | R_PANES;
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct mentions *mv = data;
	if (mv->nrows == 0)
		return R_NONE;
	if (m == MOVE_OPEN)
		return jump(a, mv);
	return keymap_move(&mv->sel, mv->nrows, (size_t)rows(app_pane(a, VIEW_MENTIONS)), m) ? R_SIDE : R_NONE;
}

static int item(struct app *a, void *data, int kind, struct view_item *out)
{
	struct mentions *mv = data;
	(void)a;
	if (kind != ITEM_ENTITY || mv->sel >= mv->nrows)
		return 0;
	const struct ops_mention *m = &mv->mentions.v[mv->rows[mv->sel].m];
	int t = hl_type_parse(m->type);
	if (t < 0)
		return 0;
	out->kind = ITEM_ENTITY;
	out->type = (enum hl_type)t;
	out->key = m->key;
	out->text = m->text;
	out->textlen = strlen(m->text);
	return 1;
}

static void *init(struct app *a)
{
	(void)a;
	return xcalloc(1, sizeof(struct mentions));
}

static void mentions_free(void *data)
{
	mentions_clear(data);
	free(data);
}

const struct view_ops view_mentions_ops = {
	.name = "mentions",
	.init = init,
	.free = mentions_free,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.item = item,
};
