/* app.h -- the rule of the interface, and the state its views share.
 *
 * src/tui is built in layers. A file includes headers of its own module
 * and of lower layers (or of its own layer where the table allows), never
 * of a higher one; no two views include each other, and the includes
 * between interface files form no circle. tests/tui/t5100-layers.sh reads
 * this table and keeps the rule:
 *
 *   layer  modules
 *   0      theme, draw, textbuf, wrap, doc, motion, label, keymap, browser
 *   1      view
 *   2      app
 *   3      prompt, editor
 *   4      view-list, view-reader, view-entities, view-notes, view-mentions, view-links, view-feeds, view-help
 *   5      notes, correct, cursor, addpage
 *   6      config
 *   7      actions
 *   8      layout, loop
 *   9      tui
 *
 * Layer 0 is drawing, text in rows, the article as mapped and its
 * motions, and key bindings: none knows the shared state. Layer 1 says
 * what a view is, layer 2 is the shared state below, layer 3 the status
 * line with its prompt and the note editor, layer 4 the panes (each keeps
 * its state private), layer 5 the actions on notes, tags, exports and
 * corrections, those of the reading cursor and adding a page, layer 6 the config file and `:`, layer 7 the one table of actions,
 * layer 8 where panes go and the loop (keys in, one repaint per round),
 * layer 9 start and end.
 *
 * Views never call each other. What one view does to another goes through
 * this shared state and its events: opening an article, moving the
 * reading cursor, changed notes (app_notify calls every view's event
 * function, which the view registered with its ops).
 *
 * Actions never draw. An action changes the state and returns which
 * windows became dirty (a reaction bitmask, after htop's Action.h); the
 * loop then redraws those windows with wnoutrefresh and makes one
 * doupdate() (NeoMutt's reflow -> recalc -> repaint). */
#ifndef GLOSS_TUI_APP_H
#define GLOSS_TUI_APP_H

#include <stddef.h>
#include <stdint.h>
#include <curses.h>

#include "doc.h"
#include "hl.h"
#include "ops.h"
#include "view.h"

/* Reactions: what an action made dirty. Composite values spell out what
 * they imply. */
enum {
	R_NONE = 0,
	R_LIST = 1 << 0,      /* repaint the article list */
	R_READER = 1 << 1,    /* repaint the reader */
	R_SIDE = 1 << 2,      /* repaint the side pane */
	R_STATUS = 1 << 3,    /* repaint the status line */
	R_HELP = 1 << 4,      /* repaint the help screen */
	R_BARS = 1 << 5,      /* repaint the pane title bars and separators */
	R_REWRAP = 1 << 6,    /* text width changed: drop the wrapped lines */
	R_LAYOUT = 1 << 7,    /* window sizes changed: make the windows again */
	R_QUIT = 1 << 8,
	R_CLEAR = 1 << 9,     /* clear the terminal first (redraw) */
	R_PANES = R_LIST | R_READER | R_SIDE | R_STATUS | R_HELP | R_BARS,
	R_RELAYOUT = R_LAYOUT | R_REWRAP | R_PANES,
};

struct feeds_run;

/* One article of the list. */
struct entry {
	int64_t id;
	char *path;       /* relative to the library folder */
	char *title;      /* untrusted */
	char *date;       /* untrusted, may be "" */
	char *source;     /* untrusted, may be "" */
	char *tags;       /* "a,b" or "" */
	int read;
	int64_t position;
};

/* The open article and what the views share of it: the reading cursor,
 * the selection, the notes. How it is laid out on screen is the
 * reader's own. */
struct reading {
	struct doc *doc;          /* NULL: no article open */
	size_t entry;             /* index in app.ents */
	size_t cur;               /* reading cursor: byte offset, SIZE_MAX before the first move */
	size_t sel_anchor;        /* where `v` started the selection, or SIZE_MAX: none */
	size_t sel_end;           /* the end of a selection a second `v` ended, or SIZE_MAX while the cursor extends it */
	int by_sentence;          /* the cursor's last move was to the next sentence or paragraph */
	int hl_on[HL_NTYPES];     /* highlight types shown */
	char *search;             /* the last search pattern, its matches shown; or NULL */
	size_t top;               /* the first byte on screen (the reader keeps it) */
	struct store_note_list notes;   /* of the article, re-anchored */
	int64_t size, mtime_ns;   /* of its file when it was opened */
};

struct app {
	char *dir;                /* the library folder */
	struct library *lib;
	const struct hl_engine *hl;     /* the library's (lib_engine), or NULL: highlights off */
	struct entry *ents;       /* the list, newest first */
	size_t nents, cap;
	char *filter;             /* `:filter tag:NAME`, or NULL */
	char *filter_feed;        /* `:filter feed:NAME`: articles in feeds/NAME/, or NULL */
	int filter_unread;        /* `:filter unread` (the open article stays listed) */
	struct feeds_run *feeds_run;    /* the feeds updating (`U`), or NULL */
	int64_t feeds_at;         /* when the last update started (or the interface), monotonic ms */
	int64_t feed_interval_ms; /* `set feed-interval MINUTES`, 0: off */
	char *feeds_line;         /* the progress of the update, shown in the status line; or NULL */
	struct reading open;
	int sync_pending;         /* a full sync is due after the first screen */
	int64_t read_pending;     /* an article opened before the first screen, to mark read after it, or 0 */
	long version;             /* the sidecar's data version at the last look (query_version) */
	int64_t idle_at;          /* when the last look for changes made elsewhere was, in ms */

	struct view views[VIEW_N];
	enum view_id focus;       /* the view that takes the keys */
	enum view_id side;        /* the view in the side pane: entities, notes or mentions */
	int side_open, help_open;
	struct pane list, reader, side_pane, help, status, sep1, sep2;
	int wide;                 /* list and reader side by side */
	int list_in;              /* the focus was the list at layout_apply (layout_stale) */
	int max_width;            /* `set max-width`, 0: none */
	int mouse;                /* `set mouse` */
	int osc52;                /* `set osc52`: y may write the terminal's clipboard */

	char *msg;                /* message for the status line, or NULL */
	int msg_error;
	int msg_rows;             /* rows the message was drawn on (a long one takes more than the status line) */
	char **log;               /* every message of the session, oldest first (:messages) */
	size_t nlog, caplog;
};

/* Shows a message in the status line until the next key. */
void app_msg(struct app *a, int error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Adds a line to the session's messages (:messages) without showing it;
 * app_msg adds what it shows too. The oldest go beyond APP_LOG_MAX. */
#define APP_LOG_MAX 500
void app_log(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Shows err_msg() as an error; returns R_STATUS. */
int app_error(struct app *a);

/* The pane a view is drawn in. */
struct pane *app_pane(struct app *a, enum view_id v);
/* The private data of view v (view.h). */
void *app_view(struct app *a, enum view_id v);
/* Runs an action (a key's, a `:` command's): its function, or the focused
 * view's move; nothing when the focused view does not take it. An action
 * of the reading cursor moves the focus to the reader first. */
int app_run(struct app *a, const struct action *act);
/* What the focused view has selected of kind (ITEM_*): 1 and *out, or 0.
 * An article is the open one in every view but the list. */
int app_item(struct app *a, int kind, struct view_item *out);
/* Tells every view about e; returns the reactions they asked for. */
int app_notify(struct app *a, enum app_event e);

/* (Re)reads the article list, only articles tagged tag when not NULL (and
 * only those filter_feed and filter_unread keep). The open article must be
 * closed first. Returns 0 or -1 with the error set. */
int app_load_entries(struct app *a, const char *tag);
/* Frees the list (at the end). */
void app_free_entries(struct app *a);
/* Reads the tags of entry i again. */
void app_refresh_entry(struct app *a, size_t i);
/* `:filter`: only the articles with tag, or of feed (in feeds/NAME/), or
 * the unread ones (one of them, or none: all), with a message; the list
 * takes the focus. */
int app_filter(struct app *a, const char *tag, const char *feed, int unread);
/* Marks every article of feed (in feeds/NAME/), or every article of the
 * library (feed NULL), read, with a message. The reaction. */
int app_mark_read(struct app *a, const char *feed);
/* The index in the list of the article at path (relative to the
 * library), or nents when it is not listed. */
size_t app_find(const struct app *a, const char *path);
/* Whether the list is filtered (by tag, feed or unread). */
int app_filtered(const struct app *a);
/* How many articles of the list are unread. */
size_t app_unread(const struct app *a);
/* Marks entry i read or unread, in the sidecar too. */
int app_set_read(struct app *a, size_t i, int read);
/* Reloads the list (filtered by tag, or all), keeping the selected and the
 * open article (and the focus) where they still are. */
int app_reload(struct app *a, const char *tag);
/* What waited for the first screen: the read mark of the article opened
 * at start (its write syncs the sidecar to disk), then the look at every
 * file that opening skipped (see tui.c), which reloads the list when
 * something changed on disk. */
int app_deferred_sync(struct app *a);
/* The list, and the open article with its notes, read again from the
 * sidecar (no sync); the cursor stays where it was. */
int app_reread(struct app *a);
/* `S`: looks at every file now and reads the list, the open article and
 * its notes again (what other programs changed). */
int app_sync(struct app *a);
/* While no key comes, every IDLE_MS: reads again what other programs
 * changed (a file added, removed or edited, notes or tags written by a
 * command), as app_sync does but only when something did. */
int app_idle(struct app *a);
#define IDLE_MS 1500
/* The monotonic clock in milliseconds (idle checks, feed updates, drafts). */
int64_t app_now_ms(void);

/* Opens entry i in the reader (marks it read, loads its notes; the reader
 * goes to where it was left) and gives the reader the focus. */
int app_open(struct app *a, size_t i);
/* Closes the open article (the reader saves the position). */
void app_close(struct app *a);
/* Keeps pos as the open article's reading position (the reader's, on
 * EV_CLOSING). */
void app_save_position(struct app *a, int64_t pos);
/* Opens the article with this id (if the list shows it) with the cursor on
 * [start, end) (SIZE_MAX: where it was). Returns the reaction, or -1. */
int app_open_at(struct app *a, int64_t article_id, size_t start, size_t end);
/* Takes the library's engine again (after a correction dropped it) and
 * opens the open article again with it, where it was. */
int app_reload_engine(struct app *a);
/* Moves the reading cursor to off, and the reader to show it. */
int app_goto(struct app *a, size_t off);
/* Gives view v the focus; returns the reaction. */
int app_focus(struct app *a, enum view_id v);
/* Shows view v in the side pane (opens it); returns the reaction. */
int app_side_show(struct app *a, enum view_id v);
/* Closes the side pane. */
int app_side_close(struct app *a);

/* Reads the notes of the open article again (after an op changed them). */
void app_notes_reload(struct app *a);
/* The innermost attached note of the open article that holds byte off. */
const struct store_note *app_note_at(struct app *a, size_t off);
/* The open entry, or NULL. */
struct entry *app_entry(struct app *a);
/* The article as the core wants it: the whole text, or NULL for a big
 * (mapped) file, which the core then reads itself. */
const struct article *app_article(struct app *a);
/* The selection [*s, *e): 1 when there is one. While the cursor extends
 * it, it runs from where `v` was pressed to the end of the cursor's word,
 * or, when the cursor last moved on by a sentence or paragraph, to the end
 * of the sentence before it; an ended selection stays as it was drawn. */
int app_selection(struct app *a, size_t *s, size_t *e);
/* No selection any more. */
void app_selection_clear(struct app *a);
/* The sentence under the cursor, trailing blanks dropped: 1 when found. */
int app_sentence(struct app *a, size_t *s, size_t *e);
/* Whether the highlight's type is switched on. */
int app_span_shown(const struct app *a, const struct hl_span *s);
/* The highlighted entity under byte off (shown types only), or NULL. */
const struct hl_span *app_span_at(struct app *a, size_t off);
/* Where the body starts: after the header and the title line's paragraph. */
size_t app_body_start(struct app *a);

#endif
