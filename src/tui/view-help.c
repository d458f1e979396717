/* view-help.c -- the help screen, generated from the action table and the
 * key bindings (keymap.h) and the theme's legend: it cannot go out of date.
 * The same screen lists the session's messages (:messages), newest last. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "sanitize.h"
#include "theme.h"
#include "util.h"
#include "view-help.h"
#include "wrap.h"

struct help {
	size_t top;               /* the first line shown */
	int messages;             /* shows app.log, not the keys */
};

struct keys_ctx {
	struct sb *b;
	int n;
};

static void add_key(int key, void *ctx)
{
	struct keys_ctx *k = ctx;
	char buf[32];
	if (k->n++)
		sb_addc(k->b, ' ');
	sb_adds(k->b, keymap_name(key, buf, sizeof buf));
}

/* The legend, a blank line, the heading, a blank line, an action a line. */
#define HEAD_LINES 4

/* The columns' heads; each column is as wide as its widest key names or
 * action names (17 and 20 columns) or its head in the user's language. */
/* TRANSLATORS: the help screen's column heads: the keys, the action's
 * name (as :bind takes it) and what the action does. */
static const char *const heads[3] = { N_("KEYS"), N_("ACTION"), N_("WHAT IT DOES") };
static const int head_min[2] = { 17, 20 };

/* The width of column i (0: keys, 1: actions) with its head. */
static int column_width(int i)
{
	const char *h = _(heads[i]);
	int w = (int)san_width(h, strlen(h));
	return w > head_min[i] ? w : head_min[i];
}

/* The column the description starts at, and its width in a pane pw wide
 * (0: no room for it). */
static int desc_x(void)
{
	return 1 + column_width(0) + 1 + column_width(1) + 1;
}

static int desc_width(int pw)
{
	int dw = pw - desc_x() - 1;
	return dw > 0 ? dw : 0;
}

/* Action r's description cut into lines dw columns wide, into l (emptied
 * first). Returns how many: 1 when there is no room (dw 0), l empty. */
static size_t desc_lines(size_t r, int dw, struct wrap_lines *l)
{
	l->n = 0;
	if (dw == 0)
		return 1;
	const char *d = _(keymap_row(r)->help);
	return wrap_text(d, strlen(d), dw, l);
}

/* Lines of the screen in a pane pw wide: the head, then each action with
 * its description wrapped (so that none is cut at 80 columns). */
static size_t help_lines(struct app *a, const struct help *h, int pw)
{
	if (h->messages)
		return a->nlog ? a->nlog : 1;
	struct wrap_lines l = { 0 };
	size_t n = HEAD_LINES;
	for (size_t r = 0; r < keymap_count(); r++)
		n += desc_lines(r, desc_width(pw), &l);
	wrap_lines_clear(&l);
	return n;
}

/* The messages, a line each (a message with newlines shows its first). */
static void draw_messages(struct app *a, struct help *h, struct pane *p)
{
	WINDOW *w = p->win;
	const char *t = _("gloss: messages of this session (q closes)");
	draw_bar(p, t, strlen(t), NULL, 1);
	if (a->nlog == 0) {
		wmove(w, 1, 1);
		draw_textz(w, _("No messages."), p->w - 2, theme_attr(EL_META));
	}
	for (size_t i = h->top; i < a->nlog && 1 + (int)(i - h->top) < p->h; i++) {
		wmove(w, 1 + (int)(i - h->top), 1);
		const char *s = a->log[i];
		const char *nl = strchr(s, '\n');
		draw_text(w, s, nl ? (size_t)(nl - s) : strlen(s), p->w - 2, theme_attr(EL_TEXT));
	}
	wnoutrefresh(w);
}

/* An action's keys and name at line y, in columns kw and aw wide. */
static void draw_keys(WINDOW *w, int y, const struct action *act, int kw, int aw, int pw)
{
	struct sb b = SB_INIT;
	struct keys_ctx k = { &b, 0 };
	keymap_each_key(act, add_key, &k);
	wmove(w, y, 1);
	draw_text(w, b.s, b.len, pw - 2 < kw ? pw - 2 : kw, theme_attr(EL_HELP_KEY));
	sb_release(&b);
	int x = 1 + kw + 1;
	if (x < pw - 1) {
		wmove(w, y, x);
		draw_textz(w, act->name, aw < pw - x - 1 ? aw : pw - x - 1, theme_attr(EL_TEXT));
	}
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct help *h = data;
	WINDOW *w = p->win;
	werase(w);
	size_t total = help_lines(a, h, p->w);
	if (h->top == SIZE_MAX) {
		size_t page = p->h > 1 ? (size_t)p->h - 1 : 1;
		h->top = total > page ? total - page : 0;
	}
	if (h->top + 1 > total)
		h->top = total ? total - 1 : 0;
	if (h->messages) {
		draw_messages(a, h, p);
		return;
	}
	/* TRANSLATORS: the help screen's title bar; q and ? are keys. */
	const char *t = _("gloss: keys (q or ? to close)");
	draw_bar(p, t, strlen(t), NULL, 1);
	int kw = column_width(0), aw = column_width(1), dw = desc_width(p->w);
	int y = 1;
	for (size_t line = h->top; line < HEAD_LINES && y < p->h; line++, y++) {
		wmove(w, y, 1);
		if (line == 0) {
			/* The legend: each highlight type in its own colour. */
			static const enum elem el[HL_NTYPES] = { EL_PERSON, EL_PLACE, EL_DATE };
			int x = 1;
			for (int ty = 0; ty < HL_NTYPES; ty++) {
				const char *name = label_type(ty);
				x += draw_textz(w, name, p->w - x - 1, theme_attr(el[ty])) + 2;
				wmove(w, y, x);
			}
			continue;
		}
		if (line == 1 || line == 3)
			continue;
		if (line == 2) {
			int x = 1;
			for (int i = 0; i < 3 && x < p->w - 1; i++) {
				wmove(w, y, x);
				draw_textz(w, _(heads[i]), p->w - x - 1, theme_attr(EL_TITLE));
				x += (i == 0 ? kw : aw) + 1;
			}
			continue;
		}
	}
	/* the actions: keys and name on the first line of each, the
	 * description on as many as it takes */
	struct wrap_lines dl = { 0 };
	size_t line = HEAD_LINES;
	for (size_t r = 0; r < keymap_count() && y < p->h; r++) {
		size_t n = desc_lines(r, dw, &dl);
		if (line + n <= h->top) {
			line += n;
			continue;
		}
		const struct action *act = keymap_row(r);
		const char *d = _(act->help);
		for (size_t i = 0; i < n && y < p->h; i++, line++) {
			if (line < h->top)
				continue;
			if (i == 0)
				draw_keys(w, y, act, kw, aw, p->w);
			if (dl.n) {
				wmove(w, y, desc_x());
				draw_text(w, d + dl.v[i].start, dl.v[i].end - dl.v[i].start, dw, theme_attr(EL_META));
			}
			y++;
		}
	}
	wrap_lines_clear(&dl);
	wnoutrefresh(w);
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct help *h = data;
	struct pane *p = app_pane(a, VIEW_HELP);
	size_t page = p->h > 2 ? (size_t)p->h - 2 : 1;
	size_t total = help_lines(a, h, p->w);
	switch (m) {
	case MOVE_DOWN: h->top++; break;
	case MOVE_UP: if (h->top) h->top--; break;
	case MOVE_PAGE_DOWN: case MOVE_HALF_DOWN: h->top += page; break;
	case MOVE_PAGE_UP: case MOVE_HALF_UP: h->top = h->top > page ? h->top - page : 0; break;
	case MOVE_TOP: h->top = 0; break;
	case MOVE_BOTTOM: h->top = total > page ? total - page : 0; break;
	case MOVE_OPEN: case MOVE_NONE: return R_NONE;
	}
	if (h->top + page > total)
		h->top = total > page ? total - page : 0;
	return R_HELP;
}

int help_toggle(struct app *a, const struct action *act)
{
	(void)act;
	struct help *h = app_view(a, VIEW_HELP);
	a->help_open = !a->help_open;
	h->messages = 0;
	h->top = 0;
	return R_RELAYOUT;
}

int help_messages(struct app *a, const struct action *act)
{
	(void)act;
	struct help *h = app_view(a, VIEW_HELP);
	a->help_open = 1;
	h->messages = 1;
	h->top = SIZE_MAX;   /* the newest in view, once the pane has its size */
	return R_RELAYOUT;
}

static void *init(struct app *a)
{
	(void)a;
	return xcalloc(1, sizeof(struct help));
}

const struct view_ops view_help_ops = {
	.name = "help",
	.init = init,
	.free = free,
	.draw = draw,
	.navigate = navigate,
};
