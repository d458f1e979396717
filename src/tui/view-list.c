/* view-list.c -- the article list: title, date, unread and tag marks.
 *
 * Newest first, as store_articles gives them. Opening an article marks it
 * read and restores its reading position; leaving it saves the position.
 * Both go to the sidecar at once, so a crash loses nothing. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "library.h"
#include "sanitize.h"
#include "store.h"
#include "theme.h"
#include "util.h"

static int rows(struct app *a)
{
	return a->list.h > 1 ? a->list.h - 1 : 1;
}

static void keep_visible(struct app *a)
{
	int n = rows(a);
	if (a->sel < a->list_top)
		a->list_top = a->sel;
	if (a->sel >= a->list_top + (size_t)n)
		a->list_top = a->sel - (size_t)n + 1;
}

void list_draw(struct app *a)
{
	struct pane *p = &a->list;
	WINDOW *w = p->win;
	if (!w)
		return;
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
	sb_addf(&t, _("Library: %.*s (%zu)"), (int)(nl - ds), a->dir + ds, a->nents);
	draw_bar(a, p, t.s, t.len, NULL, a->focus == FOCUS_LIST);
	sb_release(&t);
	keep_visible(a);
	int utf8 = MB_CUR_MAX > 1;
	for (int row = 1; row < p->h; row++) {
		size_t i = a->list_top + (size_t)row - 1;
		if (i >= a->nents)
			break;
		struct entry *e = &a->ents[i];
		int sel = i == a->sel;
		attr_t base = theme_attr(sel ? EL_LIST_SEL : e->read ? EL_LIST : EL_LIST_UNREAD);
		if (sel && !e->read)
			base |= A_BOLD;
		wmove(w, row, 0);
		wattrset(w, base);
		for (int c = 0; c < p->w; c++)
			waddch(w, ' ');
		wmove(w, row, 0);
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
				memcpy(dbuf, date + 5, 5);
				dbuf[5] = '\0';
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
				size_t l = c ? (size_t)(c - s) : strlen(s);
				sb_addf(&g, " #%.*s", (int)l, s);
				s += l + (c != NULL);
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

static void save_position(struct app *a)
{
	struct reader *r = &a->r;
	if (!r->doc || r->entry >= a->nents)
		return;
	struct entry *e = &a->ents[r->entry];
	size_t pos = reader_position(a);
	if ((int64_t)pos != e->position) {
		e->position = (int64_t)pos;
		if (a->lib && !store_readonly(a->lib->store) &&
		    store_article_set_position(a->lib->store, e->id, e->position) < 0)
			app_msg(a, 1, "%s", err_msg());
	}
}

void app_close_article(struct app *a)
{
	save_position(a);
	reader_reset(&a->r);
	doc_free(&a->r.doc);
	a->nside = 0;
	a->r.sel_anchor = a->r.press = SIZE_MAX;
	store_note_list_clear(&a->notes);
	a->notes_sel = a->notes_top = 0;
}

int app_open(struct app *a, size_t i)
{
	if (i >= a->nents)
		return R_NONE;
	struct reader *r = &a->r;
	int react = R_PANES;
	if (!a->wide)
		react |= R_RELAYOUT;
	if (r->doc && r->entry == i) {
		a->focus = FOCUS_READER;
		return react;
	}
	struct entry *e = &a->ents[i];
	char *path = lib_path(a->lib, e->path);
	struct doc *d = doc_open(path, a->hl);
	free(path);
	if (!d) {
		app_msg(a, 1, "%s", err_msg());
		return R_STATUS;
	}
	app_close_article(a);
	r->doc = d;
	r->entry = i;
	r->cur = SIZE_MAX;
	a->sel = i;
	a->focus = FOCUS_READER;
	if (!e->read) {
		e->read = 1;
		if (!store_readonly(a->lib->store) && store_article_set_read(a->lib->store, e->id, 1) < 0)
			app_msg(a, 1, "%s", err_msg());
	}
	side_build(a);
	notes_reload(a);
	reader_setup(a);
	reader_restore(a, (size_t)e->position);
	return react | R_REWRAP;
}

int list_click(struct app *a, int row)
{
	if (row < 1)
		return R_NONE;
	size_t i = a->list_top + (size_t)row - 1;
	if (i >= a->nents)
		return R_NONE;
	a->sel = i;
	a->focus = FOCUS_LIST;
	int react = app_open(a, i);
	if (a->wide)
		a->focus = FOCUS_LIST;
	return react | R_LIST | R_BARS;
}

int list_action(struct app *a, enum action act)
{
	size_t n = a->nents;
	size_t page = (size_t)rows(a);
	if (n == 0)
		return R_NONE;
	if (keymap_move(&a->sel, n, page, act)) {
		keep_visible(a);
		return R_LIST | R_STATUS;
	}
	switch (act) {
	case ACT_OPEN:
		return app_open(a, a->sel);
	case ACT_TOGGLE_READ: {
		struct entry *e = &a->ents[a->sel];
		e->read = !e->read;
		if (!store_readonly(a->lib->store) && store_article_set_read(a->lib->store, e->id, e->read) < 0)
			app_msg(a, 1, "%s", err_msg());
		break;
	}
	default:
		return R_NONE;
	}
	keep_visible(a);
	return R_LIST | R_STATUS;
}
