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

#include "app.h"
#include "sanitize.h"
#include "theme.h"
#include "util.h"

void mentions_clear(struct app *a)
{
	ops_mention_list_clear(&a->mentions);
	free(a->mentions_of);
	a->mentions_of = NULL;
	free(a->mrows);
	a->mrows = NULL;
	a->nmrows = a->mrow_cap = a->mrow_sel = a->mrow_top = 0;
}

static void add_row(struct app *a, size_t m, int title)
{
	XGROW(a->mrows, a->mrow_cap, a->nmrows + 1);
	a->mrows[a->nmrows].m = m;
	a->mrows[a->nmrows].title = title;
	a->nmrows++;
}

int mentions_build(struct app *a)
{
	const struct hl_span *s = reader_span(a);
	if (!a->r.doc || !s) {
		app_msg(a, 1, a->r.doc && !a->r.doc->hl_ok ? _("No highlights (the highlight engine is not built in)")
			: _("No entity under the cursor"));
		return R_STATUS;
	}
	char *key = xstrdup(s->key);
	int type = (int)s->type;
	mentions_clear(a);
	a->mentions_of = key;
	if (ops_mentions(a->lib, a->hl, key, type, &a->mentions) < 0) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	int64_t here = a->r.entry < a->nents ? a->ents[a->r.entry].id : 0;
	int64_t last = -1;
	for (size_t i = 0; i < a->mentions.n; i++) {
		const struct ops_mention *m = &a->mentions.v[i];
		if (m->article_id != last) {
			add_row(a, i, 1);
			last = m->article_id;
		}
		/* Start on the mention the cursor is on. */
		if (m->article_id == here && m->start <= a->r.cur && a->r.cur < m->end)
			a->mrow_sel = a->nmrows;
		add_row(a, i, 0);
	}
	if (a->mrow_sel == 0 && a->nmrows > 1)
		a->mrow_sel = 1;
	/* Two plurals, one for each count. */
	char what[64];
	snprintf(what, sizeof what, ngettext("%zu mention", "%zu mentions", a->mentions.n), a->mentions.n);
	app_msg(a, 0, ngettext("%s in %zu article", "%s in %zu articles", a->mentions.narticles),
		what, a->mentions.narticles);
	a->side_open = 0;   /* side_open toggles: make sure it opens */
	return side_open(a, SIDE_MENTIONS) | R_STATUS;
}

static int rows(struct app *a)
{
	return a->side.h > 1 ? a->side.h - 1 : 1;
}

/* One KWIC row: the end of the context before, the mention, the start of
 * the context after, the mention about a third in. */
static void kwic(struct app *a, WINDOW *w, int y, const struct ops_mention *m, attr_t base, int focus)
{
	struct pane *p = &a->side;
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

void mentions_draw(struct app *a)
{
	struct pane *p = &a->side;
	WINDOW *w = p->win;
	werase(w);
	struct sb t = SB_INIT;
	sb_addf(&t, _("Mentions: %s"), a->mentions_of ? a->mentions_of : "");
	char right[48];
	snprintf(right, sizeof right, _("%zu in %zu"), a->mentions.n, a->mentions.narticles);
	draw_bar(a, p, t.s, t.len, right, a->focus == FOCUS_SIDE);
	sb_release(&t);
	if (a->nmrows == 0) {
		if (p->h > 2) {
			wmove(w, 2, 1);
			draw_textz(w, _("No mentions in the library."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	if (a->mrow_sel < a->mrow_top)
		a->mrow_top = a->mrow_sel;
	if (a->mrow_sel >= a->mrow_top + (size_t)rows(a))
		a->mrow_top = a->mrow_sel - (size_t)rows(a) + 1;
	for (int row = 1; row < p->h; row++) {
		size_t i = a->mrow_top + (size_t)row - 1;
		if (i >= a->nmrows)
			break;
		const struct mrow *r = &a->mrows[i];
		const struct ops_mention *m = &a->mentions.v[r->m];
		int focus = i == a->mrow_sel && a->focus == FOCUS_SIDE;
		int sel = i == a->mrow_sel;
		attr_t base = focus ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		wmove(w, row, 0);
		wattrset(w, base);
		for (int c = 0; c < p->w; c++)
			waddch(w, ' ');
		if (r->title) {
			wmove(w, row, 0);
			int x = draw_textz(w, sel ? (MB_CUR_MAX > 1 ? "\xe2\x96\xb8" : ">") : " ", 1, base);
			const char *title = m->title && m->title[0] ? m->title : m->path;
			x += draw_textz(w, title, p->w - x - (m->date[0] ? 12 : 1), focus ? base : theme_attr(EL_TITLE));
			if (m->date[0] && p->w > 24) {
				wmove(w, row, p->w - 11);
				draw_textz(w, m->date, 10, focus ? base : theme_attr(EL_LIST_DATE));
			}
		} else {
			kwic(a, w, row, m, base, focus);
		}
	}
	wnoutrefresh(w);
}

static int jump(struct app *a)
{
	if (a->mrow_sel >= a->nmrows)
		return R_NONE;
	const struct mrow *r = &a->mrows[a->mrow_sel];
	const struct ops_mention *m = &a->mentions.v[r->m];
	int react = app_open_at(a, m->article_id, m->start, m->end);
	if (react < 0) {
		app_msg(a, 1, _("That article is not in the list (:filter hides it)"));
		return R_STATUS;
	}
	a->focus = a->wide ? FOCUS_SIDE : FOCUS_READER;
	return react | R_RELAYOUT | R_STATUS;
}

int mentions_click(struct app *a, int row)
{
	if (row < 1)
		return R_NONE;
	size_t i = a->mrow_top + (size_t)row - 1;
	if (i >= a->nmrows)
		return R_NONE;
	a->mrow_sel = i;
	a->focus = FOCUS_SIDE;
	return jump(a) | R_PANES;
}

int mentions_action(struct app *a, enum action act)
{
	size_t n = a->nmrows, page = (size_t)rows(a);
	if (n == 0)
		return R_NONE;
	if (keymap_move(&a->mrow_sel, n, page, act))
		return R_SIDE;
	return act == ACT_OPEN ? jump(a) : R_NONE;
}
