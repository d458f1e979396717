/* loop.c -- keys in, actions, one repaint per round.
 *
 * The loop is the only place that paints: after a key it repaints the
 * windows the action marked dirty (wnoutrefresh) and makes one doupdate().
 * Signal handlers only set a flag (tui.c); the loop looks at it whenever
 * wget_wch returns, and a timeout makes sure it returns. */
#include "system.h"

#include <signal.h>
#include <stdlib.h>

#include "editor.h"
#include "layout.h"
#include "loop.h"
#include "prompt.h"
#include "theme.h"
#include "view-feeds.h"

extern volatile sig_atomic_t tui_signal;

static int mouse_event(struct app *a)
{
	MEVENT ev;
	enum view_id v;
	int row, col;
	if (getmouse(&ev) != OK || !layout_at(a, ev.y, ev.x, &v, &row, &col))
		return R_NONE;
	const struct view *view = &a->views[v];
	if (!view->ops)
		return R_NONE;
	int wheel = 0;
	if (ev.bstate & BUTTON4_PRESSED)
		wheel = -3;
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED)
		wheel = 3;
#endif
	if (wheel) {
		if (view->ops->wheel)
			return view->ops->wheel(a, view->data, wheel);
		return view->ops->navigate ? view->ops->navigate(a, view->data, wheel > 0 ? MOVE_DOWN : MOVE_UP) : R_NONE;
	}
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED)) || !view->ops->click)
		return R_NONE;
	int kind = ev.bstate & BUTTON1_RELEASED && !(ev.bstate & BUTTON1_CLICKED) ? CLICK_RELEASE
		: ev.bstate & BUTTON1_PRESSED ? CLICK_PRESS : CLICK_CLICK;
	return view->ops->click(a, view->data, row, col, kind);
}

static void paint_separator(struct pane *p)
{
	if (!p->win)
		return;
	werase(p->win);
	wattrset(p->win, theme_attr(EL_SEPARATOR));
	mvwvline(p->win, 0, 0, ACS_VLINE, p->h);
	wnoutrefresh(p->win);
}

static void paint_view(struct app *a, enum view_id v)
{
	struct pane *p = app_pane(a, v);
	const struct view *view = &a->views[v];
	if (p->win && view->ops && view->ops->draw)
		view->ops->draw(a, view->data, p);
}

static void paint(struct app *a, int dirty)
{
	if (a->msg_rows > 1)
		dirty |= R_PANES;   /* a long message lay over them (status_draw draws it again) */
	a->msg_rows = 0;
	if (dirty & R_CLEAR)
		clearok(curscr, TRUE);
	/* After a resize ncurses has touched stdscr: put it out first (it is
	 * blank), or the next wget_wch(stdscr) would paint it over the panes. */
	if (dirty & R_LAYOUT)
		wnoutrefresh(stdscr);
	if (a->help_open) {
		paint_view(a, VIEW_HELP);
	} else {
		if (dirty & R_LIST)
			paint_view(a, VIEW_LIST);
		if (dirty & R_READER)
			paint_view(a, VIEW_READER);
		if ((dirty & R_SIDE) && a->side_open)
			paint_view(a, a->side);
		if (dirty & R_BARS) {
			paint_separator(&a->sep1);
			paint_separator(&a->sep2);
		}
	}
	/* Last, so that the terminal cursor ends in the prompt (or the editor,
	 * which lies over the panes and so is put out after them). */
	status_draw(a);
	if (editor_active() && !prompt_active())
		editor_draw(a);
	curs_set(prompt_active() || editor_active() ? 1 : 0);
	doupdate();
}

int loop_run(struct app *a)
{
	int dirty = R_RELAYOUT | R_CLEAR;
	for (;;) {
		if (tui_signal || (dirty & R_QUIT)) {
			feeds_end(a);   /* transfers stop while the library is open */
			return tui_signal ? 128 + tui_signal : 0;
		}
		if (layout_stale(a))
			dirty |= R_RELAYOUT;
		if (dirty & R_LAYOUT) {
			layout_apply(a);
			dirty |= R_PANES;
		}
		if (dirty & ~R_QUIT)
			paint(a, dirty);
		dirty = R_NONE;
		if (a->sync_pending) {
			dirty = app_deferred_sync(a);
			continue;
		}
		wint_t ch;
		/* While feeds update (U), the loop steps their transfers on
		 * each pass: it comes round more often. */
		wtimeout(stdscr, a->feeds_run ? 50 : 500);
		int rc = wget_wch(stdscr, &ch);
		if (a->feeds_run)
			dirty |= feeds_tick(a);
		if (rc == ERR) {
			/* No key for a while: what other programs changed (not
			 * while something is being typed or selected), and the
			 * feeds when `set feed-interval` says they are due. */
			if (!prompt_active() && !editor_active() && a->open.sel_anchor == SIZE_MAX)
				dirty |= app_idle(a) | feeds_idle(a);
			if (editor_active())
				editor_idle(a);   /* the note as typed so far, kept */
			continue;
		}
		int key = rc == KEY_CODE_YES ? (int)(KEYMAP_CODE | ch) : (int)ch;
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE) {
			dirty = R_RELAYOUT | R_CLEAR;
			continue;
		}
		/* A message stays until the next key. */
		if (a->msg) {
			free(a->msg);
			a->msg = NULL;
			dirty |= R_STATUS;
		}

		if (rc == KEY_CODE_YES && ch == KEY_MOUSE) {
			dirty |= mouse_event(a);
			continue;
		}
		if (prompt_active()) {
			dirty |= prompt_key(a, key);
			continue;
		}
		if (editor_active()) {
			dirty |= editor_key(a, key);
			continue;
		}
		/* A view may take a key before the bindings (a link's number). */
		const struct view *fv = &a->views[a->focus];
		if (!a->help_open && fv->ops && fv->ops->key) {
			int r = fv->ops->key(a, fv->data, key);
			if (r >= 0) {
				dirty |= r;
				continue;
			}
		}
		const struct action *act = keymap_lookup(key);
		if (!act && key == 27 && a->feeds_run) {
			dirty |= feeds_cancel(a);
			continue;
		}
		if (!act && key == 27 && a->open.sel_anchor != SIZE_MAX) {
			app_selection_clear(a);
			dirty |= R_READER | R_STATUS;
			continue;
		}
		if (!act && key != 27) {
			char buf[32];
			app_msg(a, 1, _("Key %s is not bound (? for help)"), keymap_name(key, buf, sizeof buf));
			dirty |= R_STATUS;
			continue;
		}
		dirty |= app_run(a, act);
	}
}
