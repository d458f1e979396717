/* loop.c -- keys in, actions, one repaint per round.
 *
 * The loop is the only place that paints: after a key it repaints the
 * windows the action marked dirty (wnoutrefresh) and makes one doupdate().
 * Signal handlers only set a flag (tui.c); the loop looks at it whenever
 * wget_wch returns, and a timeout makes sure it returns. */
#include "system.h"

#include <signal.h>
#include <stdlib.h>

#include "app.h"
#include "theme.h"

extern volatile sig_atomic_t tui_signal;

static int focus_next(struct app *a)
{
	enum focus f = a->focus;
	do {
		f = f == FOCUS_LIST ? FOCUS_READER : f == FOCUS_READER ? FOCUS_SIDE : FOCUS_LIST;
	} while ((f == FOCUS_READER && !a->r.doc) || (f == FOCUS_SIDE && !a->side_open));
	a->focus = f;
	return a->wide ? R_PANES : R_RELAYOUT;
}

/* Actions that only make sense in the reader work from any pane while an
 * article is open: they move the focus to the reader. */
static int reader_only(enum action act)
{
	switch (act) {
	case ACT_NEXT_WORD: case ACT_PREV_WORD: case ACT_NEXT_SENTENCE: case ACT_PREV_SENTENCE:
	case ACT_NEXT_PARAGRAPH: case ACT_PREV_PARAGRAPH: case ACT_SEARCH_NEXT: case ACT_SEARCH_PREV:
	case ACT_NEXT_ENTITY: case ACT_PREV_ENTITY: case ACT_NEXT_MENTION: case ACT_PREV_MENTION:
	case ACT_SELECT:
		return 1;
	default:
		return 0;
	}
}

int app_action(struct app *a, enum action act)
{
	struct reader *r = &a->r;
	if (a->help_open && act != ACT_QUIT_NOW && act != ACT_REDRAW)
		return help_action(a, act);
	switch (act) {
	case ACT_NONE:
		return R_NONE;
	case ACT_QUIT_NOW:
		return R_QUIT;
	case ACT_QUIT:
		if (r->sel_anchor != SIZE_MAX && a->focus == FOCUS_READER) {
			r->sel_anchor = SIZE_MAX;
			return R_READER | R_STATUS;
		}
		if (a->focus == FOCUS_SIDE || (a->side_open && !a->wide && a->focus == FOCUS_SIDE)) {
			a->side_open = 0;
			a->focus = r->doc ? FOCUS_READER : FOCUS_LIST;
			return R_RELAYOUT;
		}
		if (a->focus == FOCUS_READER) {
			a->focus = FOCUS_LIST;
			return a->wide ? R_PANES : R_RELAYOUT;
		}
		return R_QUIT;
	case ACT_HELP:
		a->help_open = 1;
		a->help_top = 0;
		return R_RELAYOUT;
	case ACT_FOCUS_NEXT:
		return focus_next(a);
	case ACT_ENTITIES:
		return side_open(a, SIDE_ENTITIES);
	case ACT_NOTES:
		if (!r->doc) {
			app_msg(a, 1, _("Open an article first"));
			return R_STATUS;
		}
		return side_open(a, SIDE_NOTES);
	case ACT_MENTIONS:
		if (a->side_open && a->side_mode == SIDE_MENTIONS && a->focus == FOCUS_SIDE)
			return side_open(a, SIDE_MENTIONS);   /* m again closes it */
		return mentions_build(a);
	case ACT_SORT:
		if (!(a->side_open && a->side_mode == SIDE_ENTITIES))
			return R_NONE;
		a->sort_order = !a->sort_order;
		side_build(a);
		app_msg(a, 0, a->sort_order ? _("Entities in order of appearance") : _("Entities by count"));
		return R_SIDE | R_STATUS;
	case ACT_ANNOTATE:
	case ACT_TAG:
	case ACT_DELETE_NOTE:
	case ACT_UNDO:
	case ACT_REATTACH:
	case ACT_EXPORT:
		return notes_action(a, act);
	case ACT_SEARCH:
		return prompt_open(a, '/');
	case ACT_COMMAND:
		return prompt_open(a, ':');
	case ACT_REDRAW:
		return R_CLEAR | R_PANES;
	case ACT_TOGGLE_HIGHLIGHTS: {
		int any = r->hl_on[0] || r->hl_on[1] || r->hl_on[2];
		for (int t = 0; t < HL_NTYPES; t++)
			r->hl_on[t] = !any;
		return R_READER | R_STATUS | R_SIDE;
	}
	case ACT_TOGGLE_PERSON:
	case ACT_TOGGLE_PLACE:
	case ACT_TOGGLE_DATE:
		r->hl_on[act - ACT_TOGGLE_PERSON] = !r->hl_on[act - ACT_TOGGLE_PERSON];
		return R_READER | R_STATUS | R_SIDE;
	case ACT_NEXT_ARTICLE:
	case ACT_PREV_ARTICLE: {
		size_t i = r->doc ? r->entry : a->sel;
		if (act == ACT_NEXT_ARTICLE ? i + 1 >= a->nents : i == 0)
			return R_NONE;
		return app_open(a, act == ACT_NEXT_ARTICLE ? i + 1 : i - 1) | R_LIST;
	}
	default:
		break;
	}
	if (reader_only(act) && r->doc) {
		int react = R_NONE;
		if (a->focus != FOCUS_READER) {
			a->focus = FOCUS_READER;
			react = a->wide ? R_PANES : R_RELAYOUT;
		}
		return react | (act == ACT_SELECT ? notes_action(a, act) : reader_action(a, act));
	}
	switch (a->focus) {
	case FOCUS_LIST: return list_action(a, act);
	case FOCUS_READER:
		if (act == ACT_TOGGLE_READ) {
			a->sel = r->entry;
			return list_action(a, act);
		}
		if (act == ACT_OPEN)
			return R_NONE;
		return reader_action(a, act);
	case FOCUS_SIDE: return side_action(a, act);
	}
	return R_NONE;
}

static int mouse_event(struct app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return R_NONE;
	struct pane *p = layout_at(a, ev.y, ev.x);
	if (!p)
		return R_NONE;
	int y = ev.y - p->y, x = ev.x - p->x;
	if (ev.bstate & (BUTTON4_PRESSED)) {
		if (p == &a->reader)
			return reader_scroll(a, -3);
		return p == &a->list ? list_action(a, ACT_MOVE_UP) : p == &a->side ? side_action(a, ACT_MOVE_UP) : R_NONE;
	}
#ifdef BUTTON5_PRESSED
	if (ev.bstate & (BUTTON5_PRESSED)) {
		if (p == &a->reader)
			return reader_scroll(a, 3);
		return p == &a->list ? list_action(a, ACT_MOVE_DOWN) : p == &a->side ? side_action(a, ACT_MOVE_DOWN) : R_NONE;
	}
#endif
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED)))
		return R_NONE;
	if (ev.bstate & BUTTON1_RELEASED && !(ev.bstate & BUTTON1_CLICKED)) {
		/* The end of a drag in the reader selects from where it began. */
		if (p != &a->reader || a->r.press == SIZE_MAX)
			return R_NONE;
		size_t from = a->r.press;
		a->r.press = SIZE_MAX;
		int react = reader_click(a, y, x);
		if (a->r.cur != from && a->r.cur != SIZE_MAX)
			a->r.sel_anchor = from;
		return react | R_READER;
	}
	if (p == &a->list)
		return list_click(a, y);
	if (p == &a->side)
		return side_click(a, y);
	if (p == &a->reader) {
		int react = R_NONE;
		if (a->focus != FOCUS_READER) {
			a->focus = FOCUS_READER;
			react = R_PANES;
		}
		react |= reader_click(a, y, x);
		if (ev.bstate & BUTTON1_PRESSED)
			a->r.press = a->r.cur;
		return react;
	}
	return R_NONE;
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

static void paint(struct app *a, int dirty)
{
	if (dirty & R_CLEAR)
		clearok(curscr, TRUE);
	/* After a resize ncurses has touched stdscr: put it out first (it is
	 * blank), or the next wget_wch(stdscr) would paint it over the panes. */
	if (dirty & R_LAYOUT)
		wnoutrefresh(stdscr);
	if (a->help_open) {
		help_draw(a);
	} else {
		if (dirty & R_LIST)
			list_draw(a);
		if (dirty & R_READER)
			reader_draw(a);
		if (dirty & R_SIDE)
			side_draw(a);
		if (dirty & R_BARS) {
			paint_separator(&a->sep1);
			paint_separator(&a->sep2);
		}
	}
	/* Last, so that the terminal cursor ends in the prompt (or the editor,
	 * which lies over the panes and so is put out after them). */
	status_draw(a);
	if (a->ed.active && !a->prompt.active)
		editor_draw(a);
	doupdate();
}

int loop_run(struct app *a)
{
	int dirty = R_RELAYOUT | R_CLEAR;
	for (;;) {
		if (tui_signal)
			return 128 + tui_signal;
		if (dirty & R_QUIT)
			return 0;
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
		int rc = wget_wch(stdscr, &ch);
		if (rc == ERR)
			continue;
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
		if (a->prompt.active) {
			dirty |= prompt_key(a, key);
			continue;
		}
		if (a->ed.active) {
			dirty |= editor_key(a, key);
			continue;
		}
		enum action act = keymap_lookup(key);
		if (act == ACT_NONE && key == 27 && a->r.sel_anchor != SIZE_MAX) {
			a->r.sel_anchor = SIZE_MAX;
			dirty |= R_READER | R_STATUS;
			continue;
		}
		if (act == ACT_NONE && key != 27) {
			char buf[32];
			app_msg(a, 1, _("Key %s is not bound (? for help)"), keymap_name(key, buf, sizeof buf));
			dirty |= R_STATUS;
			continue;
		}
		dirty |= app_action(a, act);
	}
}
