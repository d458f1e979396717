/* view-feeds.c -- the feeds pane (F, :feeds) and updating the feeds (U).
 *
 * The pane lists every feed of the library (a subscription, feeds.h, or
 * a folder feeds/NAME/ that holds articles) with its unread and article
 * counts, and the outcome of its last update at the foot of the pane for
 * the selected one. Enter shows only that feed's articles in the list
 * (:filter feed:NAME), M marks the feed read, C marks every article of the
 * library read (after a y). Feed names, dates and outcomes are untrusted:
 * drawn through draw_textz.
 *
 * U starts a run of feeds_update_start; the loop steps it between keys
 * (feeds_tick), so reading goes on while transfers run, shows its progress
 * in the status line, and Esc stops it (feeds_cancel). When it ends the
 * list is read again: the new articles are there, unread. With `set
 * feed-interval`, a run starts by itself when the interface is idle
 * (feeds_idle). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feeds.h"
#include "prompt.h"
#include "query.h"
#include "theme.h"
#include "util.h"
#include "view-feeds.h"

struct frow {
	char *name;
	long articles, unread;
	char *last_update;        /* or NULL */
	char *last_status;        /* or NULL */
	int subscribed;           /* 0: only a folder of articles (feeds_remove keeps them) */
};

struct feeds {
	struct frow *rows;
	size_t n, cap, sel, top;
};

static void rows_clear(struct feeds *fv)
{
	for (size_t i = 0; i < fv->n; i++) {
		free(fv->rows[i].name);
		free(fv->rows[i].last_update);
		free(fv->rows[i].last_status);
	}
	fv->n = 0;
}

static int by_name(const void *x, const void *y)
{
	return strcmp(((const struct frow *)x)->name, ((const struct frow *)y)->name);
}

/* The feeds again, the same one selected when it is still there. */
static int load(struct app *a, struct feeds *fv)
{
	char *was = fv->sel < fv->n ? xstrdup(fv->rows[fv->sel].name) : NULL;
	rows_clear(fv);
	struct query_feed_folder *v;
	size_t n;
	int rc = query_feed_folders(a->lib, &v, &n);
	if (rc == 0) {
		for (size_t i = 0; i < n; i++) {
			XGROW(fv->rows, fv->cap, fv->n + 1);
			struct frow *r = &fv->rows[fv->n++];
			memset(r, 0, sizeof *r);
			r->name = xstrdup(v[i].name);
			r->articles = v[i].articles;
			r->unread = v[i].unread;
		}
		query_feed_folders_free(v, n);
	}
	/* The subscriptions: their last update, and those with no article yet. */
	struct feed_sub *subs;
	size_t ns;
	if (rc == 0 && (rc = feeds_list(a->lib, &subs, &ns)) == 0) {
		for (size_t i = 0; i < ns; i++) {
			size_t k = 0;
			while (k < fv->n && strcmp(fv->rows[k].name, subs[i].name) != 0)
				k++;
			if (k == fv->n) {
				XGROW(fv->rows, fv->cap, fv->n + 1);
				memset(&fv->rows[k], 0, sizeof fv->rows[k]);
				fv->rows[k].name = xstrdup(subs[i].name);
				fv->n++;
			}
			struct frow *r = &fv->rows[k];
			r->subscribed = 1;
			r->last_update = subs[i].last_update ? xstrdup(subs[i].last_update) : NULL;
			r->last_status = subs[i].last_status ? xstrdup(subs[i].last_status) : NULL;
		}
		feeds_list_free(subs, ns);
		if (fv->n)
			qsort(fv->rows, fv->n, sizeof *fv->rows, by_name);
	}
	fv->sel = 0;
	for (size_t i = 0; was && i < fv->n; i++)
		if (strcmp(fv->rows[i].name, was) == 0)
			fv->sel = i;
	free(was);
	return rc;
}

int feeds_show(struct app *a, const struct action *act)
{
	(void)act;
	struct feeds *fv = app_view(a, VIEW_FEEDS);
	if (a->side_open && a->side == VIEW_FEEDS && a->focus == VIEW_FEEDS)
		return app_side_close(a);
	if (load(a, fv) < 0)
		return app_error(a);
	if (fv->n == 0)
		app_msg(a, 0, "%s", _("No feeds yet: gloss feed add URL subscribes to one"));
	else
		app_msg(a, 0, "%s", _("Enter: the feed's articles, M: feed read, C: all read, U: update"));
	int react = app_side_show(a, VIEW_FEEDS);
	a->focus = VIEW_FEEDS;
	return react | R_STATUS;
}

int feeds_mark_read(struct app *a, const struct action *act)
{
	(void)act;
	struct feeds *fv = app_view(a, VIEW_FEEDS);
	if (fv->sel >= fv->n)
		return R_NONE;
	int react = app_mark_read(a, fv->rows[fv->sel].name);
	load(a, fv);
	return react | R_SIDE;
}

static int mark_all_answer(struct app *a, const char *answer)
{
	if (strcmp(answer, "y") != 0) {
		app_msg(a, 0, "%s", _("Nothing marked"));
		return R_STATUS;
	}
	int react = app_mark_read(a, NULL);
	if (a->side_open && a->side == VIEW_FEEDS)
		load(a, app_view(a, VIEW_FEEDS));
	return react | R_SIDE;
}

int feeds_mark_all_read(struct app *a, const struct action *act)
{
	(void)act;
	/* Whatever the list shows: every article of the library. */
	return prompt_ask(a, 'y', _("Mark every article of the library read? (y/n) "), "", mark_all_answer);
}

static int rows(const struct pane *p)
{
	/* The title bar, and two rows at the foot for the selected feed. */
	return p->h > 4 ? p->h - 3 : 1;
}

static void draw(struct app *a, void *data, struct pane *p)
{
	struct feeds *fv = data;
	WINDOW *w = p->win;
	werase(w);
	char right[96];
	long unread = 0;
	for (size_t i = 0; i < fv->n; i++)
		unread += fv->rows[i].unread;
	snprintf(right, sizeof right, ngettext("%ld unread", "%ld unread", unread), unread);
	struct sb t = SB_INIT;
	sb_addf(&t, _("Feeds (%zu)"), fv->n);
	draw_bar(p, t.s, t.len, right, a->focus == VIEW_FEEDS);
	sb_release(&t);
	if (fv->n == 0) {
		if (p->h > 2) {
			wmove(w, 2, 1);
			draw_textz(w, _("No feeds in this library."), p->w - 2, theme_attr(EL_META));
		}
		wnoutrefresh(w);
		return;
	}
	size_t page = (size_t)rows(p);
	keymap_keep_visible(&fv->top, fv->sel, page);
	for (size_t k = 0; k < page && fv->top + k < fv->n; k++) {
		size_t i = fv->top + k;
		const struct frow *r = &fv->rows[i];
		int sel = i == fv->sel;
		int row = 1 + (int)k;
		attr_t base = theme_attr(sel ? EL_LIST_SEL : r->unread ? EL_LIST_UNREAD : EL_LIST);
		draw_blank_row(w, row, p->w, base);
		char counts[48];
		snprintf(counts, sizeof counts, "%ld/%ld", r->unread, r->articles);
		int cw = (int)strlen(counts);
		int x = draw_textz(w, sel ? (MB_CUR_MAX > 1 ? "\xe2\x96\xb8" : ">") : " ", 1, base);
		draw_textz(w, r->name, p->w - x - cw - 2, base);
		if (p->w > cw + 4) {
			wmove(w, row, p->w - cw - 1);
			draw_textz(w, counts, cw, sel ? base : theme_attr(EL_LIST_DATE));
		}
	}
	/* The selected feed: its counts and its last update's outcome. */
	if (p->h > 4 && fv->sel < fv->n) {
		const struct frow *r = &fv->rows[fv->sel];
		struct sb b = SB_INIT;
		sb_addf(&b, ngettext("%s: %ld unread of %ld", "%s: %ld unread of %ld", r->articles), r->name, r->unread, r->articles);
		wmove(w, p->h - 2, 1);
		draw_text(w, b.s, b.len, p->w - 2, theme_attr(EL_META));
		sb_reset(&b);
		if (!r->subscribed)
			sb_adds(&b, _("not subscribed: its articles stayed"));
		else if (r->last_update)
			sb_addf(&b, _("updated %s: %s"), r->last_update, r->last_status ? r->last_status : "");
		else
			sb_adds(&b, _("not updated yet (U updates)"));
		wmove(w, p->h - 1, 1);
		draw_text(w, b.s, b.len, p->w - 2, theme_attr(EL_META));
		sb_release(&b);
	}
	wnoutrefresh(w);
}

static int navigate(struct app *a, void *data, enum move m)
{
	struct feeds *fv = data;
	if (fv->n == 0)
		return R_NONE;
	if (m == MOVE_OPEN) {
		char *name = xstrdup(fv->rows[fv->sel].name);
		int react = app_filter(a, NULL, name, 0);
		free(name);
		return react | R_SIDE;
	}
	return keymap_move(&fv->sel, fv->n, (size_t)rows(app_pane(a, VIEW_FEEDS)), m) ? R_SIDE : R_NONE;
}

static int click(struct app *a, void *data, int row, int col, int kind)
{
	struct feeds *fv = data;
	(void)col;
	if (row < 1 || kind == CLICK_RELEASE)
		return R_NONE;
	size_t i = fv->top + (size_t)row - 1;
	if (i >= fv->n || row > rows(app_pane(a, VIEW_FEEDS)))
		return R_NONE;
	fv->sel = i;
	a->focus = VIEW_FEEDS;
	return R_PANES;
}

static int event(struct app *a, void *data, enum app_event e)
{
	/* New counts when the list was read again (an update, a sync). */
	if (e != EV_LIST || !a->side_open || a->side != VIEW_FEEDS)
		return R_NONE;
	load(a, data);
	return R_SIDE;
}

/* ---- updating ---- */

/* The status line's progress of the run; 1 when it changed. */
static int progress_line(struct app *a)
{
	struct feeds_progress p;
	feeds_update_progress(a->feeds_run, &p);
	struct sb b = SB_INIT;
	sb_addf(&b, ngettext("updating %zu/%zu feed, %zu new", "updating %zu/%zu feeds, %zu new", p.feeds), p.done, p.feeds,
		p.new_items);
	if (p.failed)
		sb_addf(&b, ngettext(", %zu failed", ", %zu failed", p.failed), p.failed);
	int changed = !a->feeds_line || strcmp(a->feeds_line, b.s) != 0;
	free(a->feeds_line);
	a->feeds_line = sb_detach(&b);
	return changed;
}

static int start(struct app *a, int by_itself)
{
	struct feeds_opts o;
	memset(&o, 0, sizeof o);
	a->feeds_at = app_now_ms();
	a->feeds_run = feeds_update_start(a->lib, NULL, 0, &o);
	if (!a->feeds_run)
		return by_itself ? R_NONE : app_error(a);
	progress_line(a);
	if (!by_itself)
		app_msg(a, 0, "%s", _("Updating the feeds (Esc stops)"));
	return R_STATUS;
}

int feeds_update(struct app *a, const struct action *act)
{
	(void)act;
	if (a->feeds_run) {
		app_msg(a, 0, "%s", _("The feeds are being updated (Esc stops)"));
		return R_STATUS;
	}
	return start(a, 0);
}

/* The run and its progress line, gone. */
static void run_free(struct app *a)
{
	feeds_update_free(&a->feeds_run);
	xfree(&a->feeds_line);
}

/* The run is over (or stopped): what came, the list read again. */
static int finish(struct app *a, int stopped)
{
	size_t n, fresh = 0, failed = 0;
	const struct feeds_result *res = feeds_update_results(a->feeds_run, &n);
	for (size_t i = 0; i < n; i++) {
		fresh += (size_t)(res[i].new_items > 0 ? res[i].new_items : 0);
		if (res[i].error && !stopped) {
			failed++;
			app_log(a, "%s: %s", res[i].name, res[i].error);
		}
	}
	run_free(a);
	int react = R_STATUS | R_SIDE;
	if (fresh)
		react |= app_reread(a);
	else if (a->side_open && a->side == VIEW_FEEDS)
		load(a, app_view(a, VIEW_FEEDS));
	if (stopped)
		app_msg(a, 0, ngettext("Update stopped: %zu new article", "Update stopped: %zu new articles", fresh), fresh);
	else if (failed) {
		struct sb got = SB_INIT, bad = SB_INIT;
		sb_addf(&got, ngettext("%zu new article", "%zu new articles", fresh), fresh);
		sb_addf(&bad, ngettext("%zu feed failed", "%zu feeds failed", failed), failed);
		/* TRANSLATORS: "3 new articles; 1 feed failed: ..." */
		app_msg(a, 1, _("%s; %s: :feeds shows why"), got.s, bad.s);
		sb_release(&got);
		sb_release(&bad);
	} else
		app_msg(a, 0, ngettext("Feeds updated: %zu new article", "Feeds updated: %zu new articles", fresh), fresh);
	return react;
}

int feeds_tick(struct app *a)
{
	if (!a->feeds_run)
		return R_NONE;
	if (feeds_update_step(a->feeds_run, 0))
		return progress_line(a) ? R_STATUS : R_NONE;
	return finish(a, 0);
}

int feeds_cancel(struct app *a)
{
	if (!a->feeds_run)
		return R_NONE;
	feeds_update_cancel(a->feeds_run);
	return finish(a, 1);
}

void feeds_end(struct app *a)
{
	if (!a->feeds_run)
		return;
	feeds_update_cancel(a->feeds_run);
	run_free(a);
}

int feeds_idle(struct app *a)
{
	if (a->feeds_run || a->feed_interval_ms <= 0 || app_now_ms() - a->feeds_at < a->feed_interval_ms)
		return R_NONE;
	return start(a, 1);
}

static void *init(struct app *a)
{
	a->feeds_at = app_now_ms();
	return xcalloc(1, sizeof(struct feeds));
}

static void feeds_free(void *data)
{
	struct feeds *fv = data;
	rows_clear(fv);
	free(fv->rows);
	free(fv);
}

const struct view_ops view_feeds_ops = {
	.name = "feeds",
	.init = init,
	.free = feeds_free,
	.draw = draw,
	.navigate = navigate,
	.click = click,
	.event = event,
};
