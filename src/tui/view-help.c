/* view-help.c -- the help screen, generated from the action and key
 * tables (keymap.c) and the theme's legend: it cannot go out of date. */
#include "system.h"

#include <string.h>

#include "app.h"
#include "theme.h"
#include "util.h"

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

static size_t help_lines(void)
{
	return 4 + ACT_N - 1;
}

void help_draw(struct app *a)
{
	struct pane *p = &a->help;
	WINDOW *w = p->win;
	if (!w)
		return;
	werase(w);
	const char *t = _("gloss: keys (q or ? to close)");
	draw_bar(a, p, t, strlen(t), NULL, 1);
	size_t total = help_lines();
	if (a->help_top + 1 > total)
		a->help_top = total ? total - 1 : 0;
	int y = 1;
	for (size_t line = a->help_top; line < total && y < p->h; line++, y++) {
		wmove(w, y, 1);
		if (line == 0) {
			/* The legend: each highlight type in its own colour. */
			static const enum elem el[HL_NTYPES] = { EL_PERSON, EL_PLACE, EL_DATE };
			int x = 1;
			for (int ty = 0; ty < HL_NTYPES; ty++) {
				const char *name = hl_type_name((enum hl_type)ty);
				static const char *fallback[HL_NTYPES] = { "PERSON", "PLACE", "DATE" };
				x += draw_textz(w, name ? name : fallback[ty], p->w - x - 1, theme_attr(el[ty])) + 2;
				wmove(w, y, x);
			}
			continue;
		}
		if (line == 1 || line == 3)
			continue;
		if (line == 2) {
			draw_textz(w, _("KEYS              ACTION               WHAT IT DOES"), p->w - 2, theme_attr(EL_TITLE));
			continue;
		}
		enum action act = (enum action)(line - 4 + 1);
		struct sb b = SB_INIT;
		struct keys_ctx k = { &b, 0 };
		keymap_each_key(act, add_key, &k);
		int x = 1;
		draw_text(w, b.s, b.len, p->w - 2 < 17 ? p->w - 2 : 17, theme_attr(EL_HELP_KEY));
		x += 18;
		if (x < p->w - 1) {
			wmove(w, y, x);
			draw_textz(w, action_info[act].name, p->w - x - 1, theme_attr(EL_TEXT));
			x += 21;
		}
		if (x < p->w - 1) {
			wmove(w, y, x);
			draw_textz(w, _(action_info[act].help), p->w - x - 1, theme_attr(EL_META));
		}
		sb_release(&b);
	}
	wnoutrefresh(w);
}

int help_action(struct app *a, enum action act)
{
	size_t page = a->help.h > 2 ? (size_t)a->help.h - 2 : 1;
	size_t total = help_lines();
	switch (act) {
	case ACT_MOVE_DOWN: a->help_top++; break;
	case ACT_MOVE_UP: if (a->help_top) a->help_top--; break;
	case ACT_PAGE_DOWN: a->help_top += page; break;
	case ACT_PAGE_UP: a->help_top = a->help_top > page ? a->help_top - page : 0; break;
	case ACT_TOP: a->help_top = 0; break;
	case ACT_BOTTOM: a->help_top = total > page ? total - page : 0; break;
	case ACT_QUIT:
	case ACT_HELP:
		a->help_open = 0;
		return R_RELAYOUT;
	default:
		return R_NONE;
	}
	if (a->help_top + page > total)
		a->help_top = total > page ? total - page : 0;
	return R_HELP;
}
