/* app.h -- the state of the interface, shared by its views; private to
 * src/tui.
 *
 * Actions never draw. A key handler changes the state and returns which
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
#include "keymap.h"
#include "wrap.h"

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

enum focus { FOCUS_LIST, FOCUS_READER, FOCUS_SIDE };

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

struct pane {
	WINDOW *win;      /* NULL when not shown */
	int y, x, h, w;
};

/* One row of the reader's screen: block 0 is the header (title and
 * metadata), block k > 0 is paragraph k - 1. */
struct vrow {
	size_t block;
	size_t line;      /* in the block; == number of lines: the blank row after it */
	int valid;
};

struct reader {
	struct doc *doc;
	size_t entry;             /* index in app.ents of the open article */
	int width;                /* text width in columns */
	int left;                 /* first column of the text in the pane */
	int height;               /* rows of text */
	struct wrap_lines *plines;/* per paragraph, at width; n == 0: not wrapped yet */
	size_t pcap;
	struct wrap_lines title;  /* the header block, wrapped */
	struct wrap_lines meta;
	char *title_s, *meta_s;   /* sanitized at draw time, raw here; owned */
	size_t top_block, top_line;
	size_t cur;               /* reading cursor: byte offset, SIZE_MAX before the first move */
	char *search;             /* the last pattern, or NULL */
	int hl_on[HL_NTYPES];
	int at_end;               /* the last row is shown */
};

struct side_item {
	enum hl_type type;
	const char *key;          /* borrowed from the doc's spans */
	size_t first;             /* byte offset of the first mention */
	size_t first_end;
	long count;
};

struct prompt {
	int active;
	char kind;                /* '/' or ':' */
	struct sb text;
	size_t pos;               /* byte offset of the edit point */
};

struct app {
	char *dir;
	struct library *lib;
	const struct hl_engine *hl;
	struct entry *ents;
	size_t nents, cap;
	size_t sel, list_top;
	enum focus focus;
	int side_open, help_open;
	size_t help_top;
	struct side_item *sitems;
	size_t nside, side_cap, side_sel, side_top;
	struct reader r;
	struct pane list, reader, side, status, sep1, sep2, help;
	int wide;                 /* list and reader side by side */
	int max_width;            /* `set max-width`, 0: none */
	int mouse;
	char *msg;                /* message for the status line, or NULL */
	int msg_error;
	struct prompt prompt;
	char **history;
	size_t nhistory, hcap;
};

/* layout.c */
void layout_apply(struct app *a);
void layout_free(struct app *a);
struct pane *layout_at(struct app *a, int y, int x);

/* draw.c: every string drawn goes through the sanitizer here. */
int draw_text(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr);
int draw_textz(WINDOW *w, const char *s, int maxw, attr_t attr);
void draw_bar(struct app *a, struct pane *p, const char *title, size_t tlen, const char *right, int focused);

/* view-list.c */
void list_draw(struct app *a);
int list_action(struct app *a, enum action act);
int list_click(struct app *a, int row);
int app_open(struct app *a, size_t i);
void app_close_article(struct app *a);

/* view-reader.c */
void reader_draw(struct app *a);
int reader_action(struct app *a, enum action act);
int reader_click(struct app *a, int row, int col);
int reader_scroll(struct app *a, int rows);
void reader_setup(struct app *a);     /* after a layout change */
void reader_reset(struct reader *r);  /* drops the wrapped lines */
size_t reader_position(struct app *a);
void reader_restore(struct app *a, size_t pos);
int reader_search(struct app *a, const char *pattern);
void reader_goto(struct app *a, size_t off, size_t end);

/* view-side.c */
void side_build(struct app *a);
void side_draw(struct app *a);
int side_action(struct app *a, enum action act);
int side_click(struct app *a, int row);

/* view-help.c */
void help_draw(struct app *a);
int help_action(struct app *a, enum action act);

/* status line and prompt (prompt.c) */
void status_draw(struct app *a);
int prompt_open(struct app *a, char kind);
int prompt_key(struct app *a, int key);
void app_msg(struct app *a, int error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* config.c: one line of the config file, or of `:` (interactive, where an
 * action name also runs the action). Returns the reaction, or -1 with a
 * message in *why (caller frees). */
int config_line(struct app *a, const char *line, int interactive, char **why);
void config_load(struct app *a);

/* loop.c */
int app_action(struct app *a, enum action act);
int loop_run(struct app *a);

#endif
