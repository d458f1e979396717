/* view-links.c -- the links pane (f): the open article's source, number 0,
 * then its links, numbered as the reader shows them (links.h), a row
 * each: the number, what the link says and its address. Moving shows the
 * selected address whole in the status line; Enter opens it; digits type
 * a number (Backspace takes one back, Esc drops it) and Enter opens that
 * link. Esc or q closes the pane.
 *
 * Opening: a link to a file of the library (a relative path) or to the
 * source address of another article of the library opens that article in
 * gloss; any other http, https or mailto address goes to the browser
 * (browser.h). A terminal browser gets the terminal: curses is left while
 * it runs and the screen drawn again after. Everything drawn, addresses
 * too, goes through draw_text. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "browser.h"
#include "links.h"
#include "query.h"
#include "theme.h"
#include "util.h"
#include "view-links.h"

struct links {
	struct art_links l;
	int64_t of;               /* the entry id the links are of; 0: none */
	size_t sel, top;
	size_t num;               /* the number being typed */
	int typing;               /* a number is being typed */
};

static void links_clear(struct links *lv)
{
	art_links_free(&lv->l);
	lv->of = 0;
	lv->sel = lv->top = lv->num = 0;
	lv->typing = 0;
}

/* The links of the open article. A big file is mapped: its article has
 * the head only, so the text is the whole mapping. */
static void collect(struct app *a, struct links *lv)
{
	links_clear(lv);
	struct doc *d = a->open.doc;
	struct entry *e = app_entry(a);
	if (!d || !e)
		return;
	lv->of = e->id;
	struct article whole = *d->art;
	whole.data = (char *)d->data;
	whole.len = d->len;
	whole.body = d->body;
	if (!whole.md)
		whole.text = d->data;
	art_links(&whole, &lv->l);
}

static int rows(const struct pane *p)
{
	return p->h > 1 ? p->h - 1 : 1;
}

/* The selected address whole, in the status line. */
static void show_selected(struct app *a, struct links *lv)
{
	if (lv->sel < lv->l.n)
		app_msg(a, 0, "%zu: %s", art_link_number(&lv->l, lv->sel), lv->l.v[lv->sel].url);
}

int links_show(struct app *a, const struct action *act)
{
	(void)act;
	struct links *lv = app_view(a, VIEW_LINKS);
	if (a->side_open && a->side == VIEW_LINKS && a->focus == VIEW_LINKS)
		return app_side_close(a);
	if (!a->open.doc) {
		app_msg(a, 1, _("Open an article first: f lists its links"));
		return R_STATUS;
	}
	collect(a, lv);
	/* Start on the link under the reading cursor, if it is on one. */
	long at = a->open.cur != SIZE_MAX ? art_link_at(&lv->l, a->open.cur) : -1;
	if (at >= 0)
		lv->sel = (size_t)at;
	size_t nlinks = lv->l.n - (size_t)lv->l.has_source;
	if (lv->l.n == 0)
		app_msg(a, 0, "%s", _("No links in this article"));
	else if (lv->l.has_source)
		app_msg(a, 0, ngettext("%zu link and the source (Enter or a number opens one, y copies)",
				       "%zu links and the source (Enter or a number opens one, y copies)", nlinks), nlinks);
	else
		app_msg(a, 0, ngettext("%zu link (Enter or a number opens one, y copies)",
				       "%zu links (Enter or a number opens one, y copies)", nlinks), nlinks);
	int react = app_side_show(a, VIEW_LINKS);
	a->focus = VIEW_LINKS;
	return react | R_STATUS;
}

/* Opens url in the browser; a terminal one gets the terminal meanwhile. */
static int run_browser(struct app *a, const char *url)
{
	struct browser_cmd c;
	if (browser_find(getenv("BROWSER"), url, &c) < 0) {
		app_msg(a, 1, _("Cannot open %s: %s"), url, err_msg());
		return R_STATUS;
	}
	int react = R_STATUS, r;
	if (c.terminal) {
		def_prog_mode();
		endwin();
		r = browser_run(&c);
		reset_prog_mode();
		react |= R_RELAYOUT | R_CLEAR;
	} else {
		r = browser_run(&c);
	}
	if (r < 0)
		app_msg(a, 1, "%s", err_msg());
	else
		app_msg(a, 0, _("Opened %s with %s"), url, c.argv[0]);
	browser_cmd_free(&c);
	return react;
}

/* The article of the library link i names: 1 and *id, 0, or -1. */
static int library_article(struct app *a, struct links *lv, size_t i, int64_t *id)
{
	const struct art_link *k = &lv->l.v[i];
	struct entry *e = app_entry(a);
	struct store_article sa;
	memset(&sa, 0, sizeof sa);
	int found = 0;
	char *rel = e ? link_library_path(e->path, k->href) : NULL;
	if (rel) {
		found = query_article(a->lib, rel, &sa);
		if (found == 1 && !sa.present)
			found = 0;
		free(rel);
	}
	if (found == 0 && link_has_scheme(k->url)) {
		query_article_clear(&sa);
		found = query_article_by_source(a->lib, k->url, lv->of, &sa);
	}
	if (found == 1)
		*id = sa.id;
	query_article_clear(&sa);
	return found;
}

static int open_link(struct app *a, struct links *lv, size_t i)
{
	if (i >= lv->l.n)
		return R_NONE;
	const struct art_link *k = &lv->l.v[i];
	int64_t id = 0;
	/* The source is the article's own page: the browser's. */
	int found = lv->l.has_source && i == 0 ? 0 : library_article(a, lv, i, &id);
	if (found < 0)
		return app_error(a);
	if (found) {
		app_side_close(a);
		int react = app_open_at(a, id, SIZE_MAX, SIZE_MAX);
		if (react < 0) {
			app_msg(a, 1, "%s", _("That article is not in the list (:filter hides it)"));
			return R_RELAYOUT | R_STATUS;
		}
		a->focus = VIEW_READER;
		return react | R_RELAYOUT | R_STATUS;
	}
	if (!link_openable(k->url)) {
		app_msg(a, 1, _("Not an address gloss opens (http, https or mailto): %s"), k->url);
		return R_STATUS;
	}
	return run_browser(a, k->url);
}

int links_open_source(struct app *a, const struct action *act)
{
	(void)act;
	struct view_item it;
	const char *src = NULL;
	if (app_item(a, ITEM_ARTICLE, &it) && it.entry < a->nents)
		src = a->ents[it.entry].source;
	if (!src || !src[0]) {
		app_msg(a, 1, "%s", _("This article has no source address"));
		return R_STATUS;
	}
	if (!link_openable(src)) {
		app_msg(a, 1, _("The source is not an address gloss opens (http, https or mailto): %s"), src);
		return R_STATUS;
	}
	return run_browser(a, src);
}

int links_copy(struct app *a, const struct action *act)
{
	(void)act;
	struct links *lv = app_view(a, VIEW_LINKS);
	if (lv->sel >= lv->l.n)
		return R_NONE;
	if (!a->osc52) {
		app_msg(a, 1, "%s", _("Copying is off: put \"set osc52 on\" in the config file "
				      "(the terminal's clipboard, OSC 52)"));
		return R_STATUS;
	}
	const char *url = lv->l.v[lv->sel].url;
	char *seq = browser_osc52(url);
	fflush(stdout);
	size_t n = strlen(seq), off = 0;
	while (off < n) {
		ssize_t k = write(STDOUT_FILENO, seq + off, n - off);
		if (k <= 0)
			break;
		off += (size_t)k;
	}
	free(seq);
	app_msg(a, 0, _("Copied to the clipboard: %s"), url);
	return R_STATUS;
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct links *lv = data;
	WINDOW *w = p->win;
	werase(w);
	const char *t = _("Links");
	char right[96];
	if (lv->typing)
		snprintf(right, sizeof right, _("go to %zu_"), lv->num);
	else
		snprintf(right, sizeof right, "%zu", lv->l.n - (size_t)lv->l.has_source);
	draw_bar(p, t, strlen(t), right, a->focus == VIEW_LINKS);
	if (lv->l.n == 0) {
		if (p->h > 2) {
			wmove(w, 2, 1);
			draw_textz(w, _("No links in this article."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	keymap_keep_visible(&lv->top, lv->sel, (size_t)rows(p));
	char last[24];
	int nw = snprintf(last, sizeof last, "%zu", art_link_number(&lv->l, lv->l.n - 1));
	for (int row = 1; row < p->h; row++) {
		size_t i = lv->top + (size_t)row - 1;
		if (i >= lv->l.n)
			break;
		const struct art_link *k = &lv->l.v[i];
		int focus = i == lv->sel && a->focus == VIEW_LINKS;
		attr_t base = i == lv->sel ? theme_attr(EL_LIST_SEL) : theme_attr(EL_TEXT);
		draw_blank_row(w, row, p->w, base);
		char num[32];
		snprintf(num, sizeof num, " %*zu ", nw, art_link_number(&lv->l, i));
		int x = draw_textz(w, num, p->w, focus ? base : theme_attr(EL_META));
		struct sb label = SB_INIT;
		if (lv->l.has_source && i == 0)
			/* TRANSLATORS: the links pane's row 0: the address
			 * the article was saved from (a noun). */
			sb_adds(&label, _("source"));
		else if (k->image)
			sb_addf(&label, _("image: %s"), k->text);
		else if (strcmp(k->text, k->url) != 0)
			sb_adds(&label, k->text);
		int room = p->w - x - 1;
		if (label.len && room > 0) {
			int lw = room / 2 > 12 ? room / 2 : room;
			attr_t la = focus ? base : lv->l.has_source && i == 0 ? theme_attr(EL_TITLE) : theme_attr(EL_TEXT);
			x += draw_text(w, label.s, label.len, lw, la) + 1;
			wmove(w, row, x);
		}
		sb_release(&label);
		if (x < p->w - 1)
			draw_textz(w, k->url, p->w - x - 1, focus ? base : theme_attr(EL_META));
	}
	wnoutrefresh(w);
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct links *lv = data;
	if (lv->l.n == 0)
		return R_NONE;
	lv->typing = 0;
	if (m == MOVE_OPEN)
		return open_link(a, lv, lv->sel);
	if (!keymap_move(&lv->sel, lv->l.n, (size_t)rows(app_pane(a, VIEW_LINKS)), m))
		return R_NONE;
	show_selected(a, lv);
	return R_SIDE | R_STATUS;
}

/* Digits type a link's number, Enter opens it; Esc drops the number or
 * closes the pane. */
static int key(struct app *a, void *data, int k)
{
	struct links *lv = data;
	if (k >= '0' && k <= '9') {
		size_t d = (size_t)(k - '0');
		lv->num = lv->typing && lv->num < 100000000 ? lv->num * 10 + d : d;
		lv->typing = 1;
		long i = art_link_index(&lv->l, lv->num);
		if (i >= 0) {
			lv->sel = (size_t)i;
			show_selected(a, lv);
		} else {
			app_msg(a, 1, _("No link %zu"), lv->num);
		}
		return R_SIDE | R_STATUS;
	}
	if (lv->typing && (k == 127 || k == 8 || k == (int)(KEYMAP_CODE | KEY_BACKSPACE))) {
		lv->num /= 10;
		lv->typing = lv->num > 0;
		return R_SIDE;
	}
	if (lv->typing && (k == '\n' || k == '\r' || k == (int)(KEYMAP_CODE | KEY_ENTER))) {
		lv->typing = 0;
		long i = art_link_index(&lv->l, lv->num);
		if (i < 0) {
			app_msg(a, 1, _("No link %zu"), lv->num);
			return R_SIDE | R_STATUS;
		}
		lv->sel = (size_t)i;
		return open_link(a, lv, lv->sel) | R_SIDE;
	}
	if (k == 27) {
		if (lv->typing) {
			lv->typing = 0;
			return R_SIDE;
		}
		return app_side_close(a);
	}
	return -1;
}

static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct links *lv = data;
	(void)col;
	if (row < 1 || kind == CLICK_RELEASE)
		return R_NONE;
	size_t i = lv->top + (size_t)row - 1;
	if (i >= lv->l.n)
		return R_NONE;
	lv->sel = i;
	lv->typing = 0;
	a->focus = VIEW_LINKS;
	show_selected(a, lv);
	return R_PANES;
}

/* An article opened (a link followed, J, K, or the same one read again
 * after a change on disk): the pane shows its links, on the same row when
 * it is the same article. */
static int event(struct app *a, void *data, enum app_event e)
{
	struct links *lv = data;
	if (e != EV_OPENED)
		return R_NONE;
	if (!a->side_open || a->side != VIEW_LINKS) {
		links_clear(lv);
		return R_NONE;
	}
	struct entry *en = app_entry(a);
	size_t sel = en && en->id == lv->of ? lv->sel : 0;
	collect(a, lv);
	lv->sel = sel < lv->l.n ? sel : 0;
	return R_SIDE;
}

static void *init(struct app *a)
{
	(void)a;
	return xcalloc(1, sizeof(struct links));
}

static void links_free(void *data)
{
	links_clear(data);
	free(data);
}

const struct view_ops view_links_ops = {
	.name = "links",
	.init = init,
	.free = links_free,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.event = event,
	.key = key,
};
