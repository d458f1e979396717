/* view.h -- what a pane of the interface is to the rest of it.
 *
 * Every pane (list, reader, entities, notes, mentions, links, feeds, help) is a view: a
 * table of functions and private data that only its own file knows, as
 * tmux's window modes and NeoMutt's per-window private data. The
 * shared state (app.h) holds one struct view per pane; the loop draws,
 * moves, clicks and resizes through the table, and actions ask the
 * focused view what it has selected (an item) instead of reaching into
 * its data. */
#ifndef GLOSS_TUI_VIEW_H
#define GLOSS_TUI_VIEW_H

#include <stddef.h>
#include <stdint.h>

#include "draw.h"
#include "hl.h"
#include "keymap.h"

struct app;

enum view_id {
	VIEW_LIST,
	VIEW_READER,
	VIEW_ENTITIES,
	VIEW_NOTES,
	VIEW_MENTIONS,
	VIEW_LINKS,
	VIEW_FEEDS,
	VIEW_HELP,
	VIEW_N
};

#define VIEW_BIT(v) (1u << (v))
#define VIEW_SIDE_BITS (VIEW_BIT(VIEW_ENTITIES) | VIEW_BIT(VIEW_NOTES) | VIEW_BIT(VIEW_MENTIONS) | VIEW_BIT(VIEW_LINKS) | VIEW_BIT(VIEW_FEEDS))
#define VIEW_PANE_BITS (VIEW_BIT(VIEW_LIST) | VIEW_BIT(VIEW_READER) | VIEW_SIDE_BITS)

/* What the shared state tells every view (app_notify). */
enum app_event {
	EV_OPENED,        /* an article was opened (app.open.doc is new) */
	EV_CLOSING,       /* the open article is about to close */
	EV_CURSOR,        /* the reading cursor jumped: show it */
	EV_NOTES,         /* the open article's notes were read again */
	EV_LIST,          /* the article list was read again */
};

enum { CLICK_PRESS, CLICK_CLICK, CLICK_RELEASE };

/* What is selected in a view, for the actions that work on it. */
struct view_item {
	enum { ITEM_NONE, ITEM_ARTICLE, ITEM_NOTE, ITEM_DELETED_NOTE, ITEM_ENTITY } kind;
	size_t entry;             /* ITEM_ARTICLE: index in app.ents */
	int64_t note_id;          /* ITEM_NOTE, ITEM_DELETED_NOTE */
	enum hl_type type;        /* ITEM_ENTITY: its type, key and text as written */
	const char *key;          /* borrowed from the view */
	const char *text;         /* borrowed; textlen bytes, untrusted */
	size_t textlen;
};

struct view_ops {
	const char *name;
	/* Makes the private data; free takes it back. */
	void *(*init)(struct app *a);
	void (*free)(void *data);
	/* Draws into p->win (never NULL here) and puts it out with wnoutrefresh. */
	void (*draw)(struct app *a, void *data, struct pane *p);
	/* A move (keymap.h) while the view has the focus; the reaction. */
	int (*navigate)(struct app *a, void *data, enum move m);
	/* The first button at row, col of its pane: pressed, clicked, or
	 * released after a drag (CLICK_*). */
	int (*click)(struct app *a, void *data, int row, int col, int kind);
	/* The wheel: rows > 0 down. NULL: moves down or up a row. */
	int (*wheel)(struct app *a, void *data, int rows);
	/* The pane changed size. */
	void (*resize)(struct app *a, void *data, struct pane *p);
	/* What is selected of the kind asked (ITEM_*): 1 and *out filled, or
	 * 0 when the view has none of that kind. */
	int (*item)(struct app *a, void *data, int kind, struct view_item *out);
	/* An event of the shared state (app.h); the reaction. */
	int (*event)(struct app *a, void *data, enum app_event e);
	/* A key while the view has the focus, before the bindings (a number
	 * typed in the links view): the reaction, or -1 to leave the key to
	 * its binding. NULL: the bindings take every key. */
	int (*key)(struct app *a, void *data, int key);
};

struct view {
	const struct view_ops *ops;
	void *data;
};

#endif
