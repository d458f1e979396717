/* actions.c -- every action of the interface, one row each (keymap.h).
 *
 * A row names the action (config files, `:bind` and `:` use the name), says
 * what it does (the help screen shows the line), gives its default keys,
 * the views that take it and the function that does it; a row without a
 * function is a move the focused view makes its own way. Adding an action
 * is one row here and one function, in the file of the view it belongs to
 * or below. The few actions that belong to no view are here too. */
#include "system.h"

#include <stdlib.h>

#include "actions.h"
#include "addpage.h"
#include "config.h"
#include "correct.h"
#include "cursor.h"
#include "notes.h"
#include "prompt.h"
#include "view-entities.h"
#include "view-feeds.h"
#include "view-help.h"
#include "view-links.h"
#include "view-list.h"
#include "view-mentions.h"
#include "view-notes.h"
#include "view-reader.h"

/* q: ends a selection, closes the side pane or the article, and quits
 * from the list (or closes the help screen). */
static int quit(struct app *a, const struct action *act)
{
	if (a->help_open)
		return help_toggle(a, act);
	if (a->open.sel_anchor != SIZE_MAX && a->focus == VIEW_READER) {
		app_selection_clear(a);
		return R_READER | R_STATUS;
	}
	/* A side pane closes first, wherever the focus is. */
	if (a->side_open)
		return app_side_close(a);
	if (a->focus == VIEW_READER)
		return app_focus(a, VIEW_LIST);
	return R_QUIT;
}

static int quit_now(struct app *a, const struct action *act)
{
	(void)a;
	(void)act;
	return R_QUIT;
}

static int redraw(struct app *a, const struct action *act)
{
	(void)a;
	(void)act;
	return R_CLEAR | R_PANES;
}

/* Tab: list, reader, side pane, in turn, skipping what is not there. */
static int focus_next(struct app *a, const struct action *act)
{
	(void)act;
	enum view_id f = a->focus;
	do {
		f = f == VIEW_LIST ? VIEW_READER : f == VIEW_READER ? a->side : VIEW_LIST;
	} while ((f == VIEW_READER && !a->open.doc) || (f != VIEW_LIST && f != VIEW_READER && !a->side_open));
	a->focus = f;
	return a->wide ? R_PANES : R_RELAYOUT;
}

/* H, 1, 2, 3: all highlights, or one type (act->arg), on or off. */
static int toggle_highlights(struct app *a, const struct action *act)
{
	int *on = a->open.hl_on;
	if (act->arg < 0) {
		int any = on[HL_PERSON] || on[HL_PLACE] || on[HL_DATE];
		for (int t = 0; t < HL_NTYPES; t++)
			on[t] = !any;
	} else {
		on[act->arg] = !on[act->arg];
	}
	return R_READER | R_STATUS | R_SIDE;
}

/* J, K: the next (act->arg 1) or previous article of the list. */
static int next_article(struct app *a, const struct action *act)
{
	struct view_item it;
	size_t i;
	if (a->open.doc)
		i = a->open.entry;
	else if (a->focus == VIEW_LIST && app_item(a, ITEM_ARTICLE, &it))
		i = it.entry;
	else
		i = 0;
	if (act->arg > 0 ? i + 1 >= a->nents : i == 0)
		return R_NONE;
	return app_open(a, act->arg > 0 ? i + 1 : i - 1) | R_LIST;
}

/* . and ,: the next (act->arg 1) or previous unread article in the
 * list's order, after the open one, else from the selected one (itself
 * when it is unread, as newsboat's next-unread), wrapping. */
static int next_unread(struct app *a, const struct action *act)
{
	struct view_item it;
	size_t n = a->nents, i = 0, first = 1;
	if (a->open.doc && (a->focus != VIEW_LIST || !app_item(a, ITEM_ARTICLE, &it)))
		i = a->open.entry;
	else if (app_item(a, ITEM_ARTICLE, &it))
		i = it.entry, first = a->open.doc && i == a->open.entry;
	for (size_t k = first; n && k <= n; k++) {
		size_t j = act->arg > 0 ? (i + k) % n : (i + n - k) % n;
		if (a->ents[j].read)
			continue;
		int react = app_open(a, j) | R_LIST | R_STATUS;
		if (act->arg > 0 ? i + k >= n : k > i)
			app_msg(a, 0, act->arg > 0 ? _("Unread articles: back at the top") : _("Unread articles: back at the bottom"));
		return react;
	}
	app_msg(a, 0, _("No unread articles"));
	return R_STATUS;
}

/* R: the selected (or open) article read or unread. */
static int toggle_read(struct app *a, const struct action *act)
{
	(void)act;
	struct view_item it;
	if (!app_item(a, ITEM_ARTICLE, &it) || it.entry >= a->nents)
		return R_NONE;
	return app_set_read(a, it.entry, !a->ents[it.entry].read);
}

/* S: the library as it is on disk now. */
static int sync_now(struct app *a, const struct action *act)
{
	(void)act;
	return app_sync(a);
}

/* The `:` line. */
static int command(struct app *a, const struct action *act)
{
	(void)act;
	return prompt_ask(a, ':', NULL, "", config_command);
}

#define PANES VIEW_PANE_BITS
#define READER VIEW_BIT(VIEW_READER)
#define LISTS (VIEW_BIT(VIEW_LIST) | READER | VIEW_SIDE_BITS)

static const struct action table[] = {
	{ "move-down", N_("next article / scroll down a line"), "j Down", LISTS, 0, NULL, MOVE_DOWN, 0 },
	{ "move-up", N_("previous article / scroll up a line"), "k Up", LISTS, 0, NULL, MOVE_UP, 0 },
	{ "page-down", N_("a page down"), "Space PgDn C-f", LISTS, 0, NULL, MOVE_PAGE_DOWN, 0 },
	{ "page-up", N_("a page up"), "b PgUp C-b", LISTS, 0, NULL, MOVE_PAGE_UP, 0 },
	{ "half-page-down", N_("half a page down"), "C-d", LISTS, 0, NULL, MOVE_HALF_DOWN, 0 },
	{ "half-page-up", N_("half a page up"), "C-u", LISTS, 0, NULL, MOVE_HALF_UP, 0 },
	{ "top", N_("go to the top"), "g Home", LISTS, 0, NULL, MOVE_TOP, 0 },
	{ "bottom", N_("go to the bottom"), "G End", LISTS, 0, NULL, MOVE_BOTTOM, 0 },
	{ "focus-next", N_("switch focus between list and reader"), "Tab BTab", PANES, 0, focus_next, MOVE_NONE, 0 },
	{ "open", N_("open the selected article / the item under the cursor"), "Enter Return KEnter", LISTS, 0, NULL, MOVE_OPEN, 0 },
	{ "next-word", N_("reading cursor: next word"), "w", READER, ACTION_TO_READER, cursor_motion, MOVE_NONE, CURSOR_NEXT_WORD },
	{ "prev-word", N_("reading cursor: previous word"), "W", READER, ACTION_TO_READER, cursor_motion, MOVE_NONE, CURSOR_PREV_WORD },
	{ "next-sentence", N_("reading cursor: next sentence"), ")", READER, ACTION_TO_READER, cursor_motion, MOVE_NONE, CURSOR_NEXT_SENTENCE },
	{ "prev-sentence", N_("reading cursor: previous sentence"), "(", READER, ACTION_TO_READER, cursor_motion, MOVE_NONE, CURSOR_PREV_SENTENCE },
	{ "next-paragraph", N_("reading cursor: next paragraph"), "}", READER, ACTION_TO_READER, cursor_motion, MOVE_NONE, CURSOR_NEXT_PARAGRAPH },
	{ "prev-paragraph", N_("reading cursor: previous paragraph"), "{", READER, ACTION_TO_READER, cursor_motion, MOVE_NONE, CURSOR_PREV_PARAGRAPH },
	{ "search", N_("search in the article (in the list: the titles)"), "/", PANES, 0, cursor_search, MOVE_NONE, 0 },
	{ "search-next", N_("next match"), "n", READER | VIEW_BIT(VIEW_LIST), ACTION_TO_READER, cursor_search_step, MOVE_NONE, 1 },
	{ "search-prev", N_("previous match"), "N", READER | VIEW_BIT(VIEW_LIST), ACTION_TO_READER, cursor_search_step, MOVE_NONE, -1 },
	{ "next-entity", N_("next highlighted entity"), "]", READER, ACTION_TO_READER, cursor_entity_step, MOVE_NONE, 1 },
	{ "prev-entity", N_("previous highlighted entity"), "[", READER, ACTION_TO_READER, cursor_entity_step, MOVE_NONE, -1 },
	{ "next-mention", N_("next mention of the entity under the cursor"), "*", READER, ACTION_TO_READER, cursor_mention_step, MOVE_NONE, 1 },
	{ "prev-mention", N_("previous mention of the entity under the cursor"), "#", READER, ACTION_TO_READER, cursor_mention_step, MOVE_NONE, -1 },
	{ "entities", N_("side pane: entities of the article"), "E", PANES, 0, entities_toggle, MOVE_NONE, 0 },
	{ "notes-pane", N_("side pane: notes of the article (orphans too)"), "o", PANES, 0, notes_pane_toggle, MOVE_NONE, 0 },
	{ "mentions-pane", N_("side pane: every mention of the entity under the cursor"), "m", PANES, 0, mentions_show, MOVE_NONE, 0 },
	{ "links", N_("side pane: the source (0) and the links, numbered; Enter or a number opens one (the library's articles in gloss)"), "f", PANES, 0, links_show, MOVE_NONE, 0 },
	{ "open-source", N_("open the article's source address in $BROWSER"), "O", PANES, 0, links_open_source, MOVE_NONE, 0 },
	{ "copy-link", N_("links pane: copy the address to the terminal's clipboard (OSC 52; needs set osc52 on)"), "y", VIEW_BIT(VIEW_LINKS), 0, links_copy, MOVE_NONE, 0 },
	{ "toggle-sort", N_("entities pane: by count / in order of appearance"), "s", PANES, 0, entities_sort, MOVE_NONE, 0 },
	{ "select", N_("start a selection (the cursor extends it); again: end it where it is"), "v", READER, ACTION_TO_READER, cursor_select, MOVE_NONE, 0 },
	{ "annotate", N_("note on the selection or sentence (editor: Enter saves, C-j new line, Tab spelling, C-e $EDITOR, Esc cancels, asking first when the note changed)"), "a", PANES, 0, notes_annotate, MOVE_NONE, 0 },
	{ "tag", N_("tag the selection, the note under the cursor or the article (-TAG removes)"), "t", PANES, 0, notes_tag, MOVE_NONE, 0 },
	{ "delete-note", N_("delete the note under the cursor"), "d", PANES, 0, notes_delete, MOVE_NONE, 0 },
	{ "undo", N_("undo the last note action (add, delete, edit, tag); on a deleted note (D): restore it"), "u", PANES, 0, notes_undo, MOVE_NONE, 0 },
	{ "redo", N_("redo what the last undo took back"), "C-r", PANES, 0, notes_undo, MOVE_NONE, 1 },
	{ "deleted-notes", N_("notes pane: the deleted notes of the article (u restores one) / the notes again"), "D", PANES, 0, notes_pane_deleted, MOVE_NONE, 0 },
	{ "reattach", N_("notes pane: attach the note to the selection"), "r", PANES, 0, notes_reattach, MOVE_NONE, 0 },
	{ "correct", N_("the entity under the cursor (or the selection) is always a person, place or date, or never highlighted"), "c", PANES, 0, correct_ask, MOVE_NONE, 0 },
	{ "retype", N_("the mention under the cursor (or the selection), here only: person, place, date, none, then the engine's own again"), "T", READER, ACTION_TO_READER, correct_cycle, MOVE_NONE, 0 },
	{ "export", N_("export notes (format and path asked)"), "x", PANES, 0, notes_export_ask, MOVE_NONE, 0 },
	{ "next-article", N_("open the next article"), "J", PANES, 0, next_article, MOVE_NONE, 1 },
	{ "prev-article", N_("open the previous article"), "K", PANES, 0, next_article, MOVE_NONE, -1 },
	{ "toggle-highlights", N_("highlights on / off"), "H", PANES, 0, toggle_highlights, MOVE_NONE, -1 },
	{ "toggle-person", N_("PERSON highlights on / off"), "1", PANES, 0, toggle_highlights, MOVE_NONE, HL_PERSON },
	{ "toggle-place", N_("PLACE highlights on / off"), "2", PANES, 0, toggle_highlights, MOVE_NONE, HL_PLACE },
	{ "toggle-date", N_("DATE highlights on / off"), "3", PANES, 0, toggle_highlights, MOVE_NONE, HL_DATE },
	{ "add", N_("add a web page or a file (.html, .md) to the library (Esc cancels the download)"), "A", PANES, 0, addpage_ask, MOVE_NONE, 0 },
	{ "sync", N_("look at every file now: new, changed and removed articles, notes changed elsewhere"), "S", PANES, 0, sync_now, MOVE_NONE, 0 },
	{ "next-unread", N_("open the next unread article of the list (wraps)"), ".", PANES, 0, next_unread, MOVE_NONE, 1 },
	{ "prev-unread", N_("open the previous unread article of the list (wraps)"), ",", PANES, 0, next_unread, MOVE_NONE, -1 },
	{ "feeds", N_("side pane: the feeds, their unread and article counts, their last update (:feeds)"), "F", PANES, 0, feeds_show, MOVE_NONE, 0 },
	{ "update-feeds", N_("update every feed (reading goes on; Esc stops it); new articles come unread"), "U", PANES, 0, feeds_update, MOVE_NONE, 0 },
	{ "mark-feed-read", N_("feeds pane: mark every article of the feed read"), "M", VIEW_BIT(VIEW_FEEDS), 0, feeds_mark_read, MOVE_NONE, 0 },
	{ "mark-all-read", N_("mark every article of the library read (asks first)"), "C", PANES, 0, feeds_mark_all_read, MOVE_NONE, 0 },
	{ "toggle-read", N_("mark the article read / unread"), "R", VIEW_BIT(VIEW_LIST) | READER, 0, toggle_read, MOVE_NONE, 0 },
	{ "command", N_("command line (:tag, :untag, :filter tag:T|feed:NAME|unread, :feeds, :export FMT FILE, :bind, :set)"), ":", PANES, 0, command, MOVE_NONE, 0 },
	{ "redraw", N_("redraw the screen"), "C-l", 0, ACTION_IN_HELP, redraw, MOVE_NONE, 0 },
	{ "help", N_("this help"), "?", 0, ACTION_IN_HELP, help_toggle, MOVE_NONE, 0 },
	{ "messages", N_("the messages of this session, config errors among them (:messages)"), "", 0, ACTION_IN_HELP, help_messages, MOVE_NONE, 0 },
	{ "quit", N_("close the prompt, pane or article; quit from the list"), "q", 0, ACTION_IN_HELP, quit, MOVE_NONE, 0 },
	{ "quit-now", N_("quit at once"), "Q", 0, ACTION_IN_HELP, quit_now, MOVE_NONE, 0 },
};

void actions_init(const struct keymap_codes *codes)
{
	keymap_init(table, sizeof table / sizeof table[0], codes);
}
