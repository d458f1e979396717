/* view-list.c -- the article list: title, date, unread and tag marks.
 *
 * Newest first, as the library lists them (app.ents); the view keeps only
 * which row is selected and which is on top. Enter opens the article
 * (app_open marks it read; the reader restores its position). */
#include "system.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "motion.h"
#include "sanitize.h"
#include "theme.h"
#include "util.h"
#include "view-list.h"

struct list {
	size_t sel, top;          /* the selected row and the row on top */
	int64_t sel_id;           /* the selected article, found again after a reload */
	char *pattern;            /* the last search of the titles, or NULL; owned */
};

static int rows(const struct pane *p)
{
	return p->h > 1 ? p->h - 1 : 1;
}

static void keep_visible(struct list *l, const struct pane *p)
{
	keymap_keep_visible(&l->top, l->sel, (size_t)rows(p));
}

/* "2026": the year of today, for the dates of the list. */
static const char *this_year(void)
{
	static char year[16];
	if (!year[0]) {
		time_t now = time(NULL);
		struct tm tm;
		if (localtime_r(&now, &tm))
			snprintf(year, sizeof year, "%04d", tm.tm_year + 1900);
	}
	return year;
}

static void select_row(struct app *a, struct list *l, size_t i)
{
	l->sel = i;
	l->sel_id = i < a->nents ? a->ents[i].id : 0;
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct list *l = data;
	WINDOW *w = p->win;
	werase(w);
	struct sb t = SB_INIT;
	/* The folder's own name, without the path to it. */
	size_t nl = strlen(a->dir);
	while (nl > 1 && a->dir[nl - 1] == '/')
		nl--;
	size_t ds = nl;
	while (ds > 0 && a->dir[ds - 1] != '/')
		ds--;
	if (ds == nl)
		ds = 0;
	/* A long name is cut, not the count after it. */
	sb_addf(&t, _("Library: %.*s (%zu)"), 0, "", a->nents);
	int room = p->w - 2 - (int)san_width(t.s, t.len);
	size_t name = draw_fit(a->dir + ds, nl - ds, room);
	int cut = name < nl - ds && room > 1;
	if (cut)
		name = draw_fit(a->dir + ds, nl - ds, room - 1);
	struct sb shown = SB_INIT;
	sb_add(&shown, a->dir + ds, name);
	if (cut)
		sb_adds(&shown, draw_ellipsis());
	sb_reset(&t);
	sb_addf(&t, _("Library: %.*s (%zu)"), (int)shown.len, shown.s, a->nents);
	sb_release(&shown);
	draw_bar(p, t.s, t.len, NULL, a->focus == VIEW_LIST);
	sb_release(&t);
	keep_visible(l, p);
	int utf8 = MB_CUR_MAX > 1;
	for (int row = 1; row < p->h; row++) {
		size_t i = l->top + (size_t)row - 1;
		if (i >= a->nents)
			break;
		struct entry *e = &a->ents[i];
		int sel = i == l->sel;
		attr_t base = theme_attr(sel ? EL_LIST_SEL : e->read ? EL_LIST : EL_LIST_UNREAD);
		if (sel && !e->read)
			base |= A_BOLD;
		draw_blank_row(w, row, p->w, base);
		int col = 0;
		if (p->w >= 4) {
			waddstr(w, sel ? (utf8 ? "\xe2\x96\xb8" : ">") : " ");  /* ▸ */
			waddstr(w, e->read ? " " : (utf8 ? "\xe2\x97\x8f" : "N"));  /* ● */
			waddstr(w, e->tags[0] ? "+" : " ");
			col = 3;
		}
		/* The date at the right: MM-DD when the pane is narrow. */
		const char *date = e->date;
		int dw = 0;
		char dbuf[11];
		if (date[0] && p->w >= 28) {
			size_t dl = strlen(date);
			if (p->w < 44 && dl == 10 && date[4] == '-') {
				/* Narrow: the day for this year's articles, the
				 * year for older (or newer) ones. */
				int same = strncmp(date, this_year(), 4) == 0;
				memcpy(dbuf, same ? date + 5 : date, same ? 5 : 4);
				dbuf[same ? 5 : 4] = '\0';
				date = dbuf;
			}
			dw = (int)san_width(date, strlen(date));
			if (dw > 10)
				dw = 0;
		}
		int tw = p->w - col - (dw ? dw + 1 : 0) - 1;
		/* Tag names (untrusted) after the title, in at most a third of it. */
		int gw = 0;
		struct sb g = SB_INIT;
		if (e->tags[0] && tw >= 24) {
			for (const char *s = e->tags; *s;) {
				const char *c = strchr(s, ',');
				size_t len = c ? (size_t)(c - s) : strlen(s);
				sb_addf(&g, " #%.*s", (int)len, s);
				s += len + (c != NULL);
			}
			gw = (int)san_width(g.s, g.len);
			if (gw > tw / 3)
				gw = tw / 3;
		}
		if (tw - gw > 0)
			draw_textz(w, e->title, tw - gw, base);
		if (gw) {
			wmove(w, row, col + tw - gw);
			draw_text(w, g.s, g.len, gw, sel ? base : theme_attr(EL_HELP_KEY));
		}
		sb_release(&g);
		if (dw) {
			wmove(w, row, p->w - dw - 1);
			draw_textz(w, date, dw, sel ? base : theme_attr(EL_LIST_DATE));
		}
	}
	wnoutrefresh(w);
}

static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct list *l = data;
	(void)col;
	if (row < 1 || kind == CLICK_RELEASE)
		return R_NONE;
	size_t i = l->top + (size_t)row - 1;
	if (i >= a->nents)
		return R_NONE;
	select_row(a, l, i);
	a->focus = VIEW_LIST;
	int react = app_open(a, i);
	if (a->wide)
		a->focus = VIEW_LIST;
	return react | R_LIST | R_BARS;
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct list *l = data;
	const struct pane *p = app_pane(a, VIEW_LIST);
	if (a->nents == 0)
		return R_NONE;
	if (m == MOVE_OPEN)
		return app_open(a, l->sel);
	if (!keymap_move(&l->sel, a->nents, (size_t)rows(p), m))
		return R_NONE;
	select_row(a, l, l->sel);
	keep_visible(l, p);
	return R_LIST | R_STATUS;
}

static int item(struct app *a, void *data, int kind, struct view_item *out)
{
	struct list *l = data;
	if (kind != ITEM_ARTICLE || l->sel >= a->nents)
		return 0;
	out->kind = ITEM_ARTICLE;
	out->entry = l->sel;
	return 1;
}

static int event(struct app *a, void *data, enum app_event e)
{
	struct list *l = data;
	if (e == EV_OPENED) {
		select_row(a, l, a->open.entry);
		return R_LIST;
	}
	if (e == EV_LIST) {
		/* The same article stays selected when it is still listed. */
		size_t i = 0;
		while (i < a->nents && a->ents[i].id != l->sel_id)
			i++;
		select_row(a, l, i < a->nents ? i : 0);
		l->top = 0;
		return R_LIST;
	}
	return R_NONE;
}

/* ---- searching the titles ---- */

/* Whether title holds pat: with a capital in pat its case counts (as in
 * the reader), else ASCII case is ignored. */
static int title_has(const char *title, const char *pat)
{
	size_t m = strlen(pat), n = strlen(title);
	int cs = motion_smartcase(pat);
	for (size_t i = 0; m && i + m <= n; i++)
		if (cs ? memcmp(title + i, pat, m) == 0 : ascii_ncasecmp(title + i, pat, m) == 0)
			return 1;
	return 0;
}

int list_search_step(struct app *a, int dir)
{
	struct list *l = app_view(a, VIEW_LIST);
	if (!l->pattern) {
		app_msg(a, 1, _("No previous search"));
		return R_STATUS;
	}
	size_t n = a->nents;
	for (size_t k = 1; k <= n; k++) {
		size_t i = dir > 0 ? (l->sel + k) % n : (l->sel + n - k % n) % n;
		if (!title_has(a->ents[i].title, l->pattern))
			continue;
		if (dir > 0 ? i <= l->sel : i >= l->sel)
			app_msg(a, 0, dir > 0 ? _("Search hit BOTTOM, continuing at TOP") : _("Search hit TOP, continuing at BOTTOM"));
		select_row(a, l, i);
		keep_visible(l, app_pane(a, VIEW_LIST));
		return R_LIST | R_STATUS;
	}
	app_msg(a, 1, _("Pattern not found"));
	return R_STATUS;
}

int list_search(struct app *a, const char *pattern)
{
	struct list *l = app_view(a, VIEW_LIST);
	free(l->pattern);
	l->pattern = pattern[0] ? xstrdup(pattern) : NULL;
	if (!l->pattern || a->nents == 0)
		return R_LIST;
	/* The selected title counts: the search starts at it. */
	if (title_has(a->ents[l->sel < a->nents ? l->sel : 0].title, l->pattern))
		return R_LIST | R_STATUS;
	return list_search_step(a, 1);
}

static void *init(struct app *a)
{
	(void)a;
	return xcalloc(1, sizeof(struct list));
}

static void list_free(void *data)
{
	struct list *l = data;
	free(l->pattern);
	free(l);
}

const struct view_ops view_list_ops = {
	.name = "list",
	.init = init,
	.free = list_free,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.item = item,
	.event = event,
};
