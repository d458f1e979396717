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
#include "ops.h"
#include "wrap.h"

struct spell;
struct app;

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
	size_t sel_anchor;        /* where `v` started the selection, or SIZE_MAX: none */
	size_t press;             /* where the mouse button went down, or SIZE_MAX */
};

struct side_item {
	enum hl_type type;
	const char *key;          /* borrowed from the doc's spans */
	size_t first;             /* byte offset of the first mention */
	size_t first_end;
	long count;
};

/* What the prompt's text is for: kind '/' and ':' run a search or a
 * command; 'p' calls done with the text; 'y' takes one key, y or n. */
struct prompt {
	int active;
	char kind;                /* '/', ':', 'p' or 'y' */
	struct sb text;
	size_t pos;               /* byte offset of the edit point */
	char *label;              /* 'p' and 'y': shown before the text; owned */
	int (*done)(struct app *a, const char *text);   /* 'p', 'y' */
	int complete_tags;        /* Tab completes tag names */
	char **cands;             /* completion candidates of the last Tab */
	size_t ncands, cand;
	size_t cand_from;         /* where the completed word starts */
	size_t hist;              /* index in app.history while browsing it */
};

/* The note editor (editor.c): a popup over the reader. */
struct editor {
	int active;
	struct pane pane;
	struct sb text;           /* the note, UTF-8, may hold newlines */
	size_t pos;               /* byte offset of the edit point */
	int64_t note_id;          /* the note edited, or 0: a new note */
	size_t start, end;        /* a new note's passage */
	char *quote;              /* the passage, for the frame's title; owned */
	size_t hist;              /* index in app.note_hist while browsing it */
	char *typed;              /* the text before browsing the history; owned */
	char **sugg;              /* spelling suggestions shown, or NULL */
	size_t nsugg, sugg_s, sugg_e;   /* and the word they are for */
	int top;                  /* first text row shown */
};

enum side_mode { SIDE_ENTITIES, SIDE_NOTES, SIDE_MENTIONS };

/* A row of the mentions pane: an article's title or one mention. */
struct mrow {
	size_t m;                 /* index in app.mentions.v */
	int title;                /* 1: the article's title row */
};

struct cooc {
	char *key;
	char type[8];
	long articles;
};

/* What `t` applies to, decided when its prompt opens. */
struct tag_target {
	int64_t note_id;          /* a note, or 0 */
	size_t start, end;        /* a selection without a note (start < end) */
	size_t entry;             /* else this article (index in app.ents) */
};

struct app {
	char *dir;
	struct library *lib;
	const struct hl_engine *hl;
	struct entry *ents;
	size_t nents, cap;
	size_t sel, list_top;
	enum focus focus;
	int sync_pending;         /* a full sync is due after the first screen */
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
	enum side_mode side_mode;
	int sort_order;           /* entities pane: 0 by count, 1 in order of appearance */
	struct store_note_list notes;   /* of the open article, re-anchored */
	size_t notes_sel, notes_top;
	struct ops_mention_list mentions;
	char *mentions_of;        /* the name the mentions pane shows */
	struct mrow *mrows;
	size_t nmrows, mrow_cap, mrow_sel, mrow_top;
	struct cooc *cooc;        /* co-occurring entities of the selected one */
	size_t ncooc, cooc_cap, cooc_for;
	struct editor ed;
	struct spell *spell;
	int spell_tried;
	char *dict;               /* `set dictionary NAME`, or NULL: the locale's */
	char **note_hist;         /* notes written in this session, for the editor */
	size_t nnote_hist, note_hist_cap;
	char *filter;             /* `:filter tag:NAME`, or NULL */
	struct tag_target tag_target;
	enum export_format export_fmt;
	char *export_pending;     /* `x`: the path that exists, while y/n is asked */
};

/* layout.c */
void pane_set(struct pane *p, int y, int x, int h, int w);   /* h or w < 1: no window */
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
/* The selection [*s, *e): 1 when there is one. */
int reader_selection(struct app *a, size_t *s, size_t *e);
/* The sentence under the cursor, trailing blanks dropped: 1 when found. */
int reader_sentence(struct app *a, size_t *s, size_t *e);
/* The highlighted entity under the cursor, or NULL. */
const struct hl_span *reader_span(struct app *a);
/* The article as the core wants it: the whole text, or NULL for a big
 * (mapped) file, which the core then reads itself. */
const struct article *reader_article(struct app *a);

/* notes.c: the notes of the open article and the actions on them */
void notes_reload(struct app *a);
const struct store_note *notes_at(struct app *a, size_t off);
size_t notes_live(struct app *a);
int notes_action(struct app *a, enum action act);
int notes_save(struct app *a, const char *body);
int notes_tag(struct app *a, const char *tag, int untag);
void notes_target(struct app *a);   /* what a tag would apply to now */
int notes_tag_prompt(struct app *a);
int notes_export(struct app *a, const char *fmt, const char *path, int force);
int notes_export_prompt(struct app *a);
int app_filter(struct app *a, const char *tag);
/* Reloads the list (filtered by tag, or all), keeping the selected and the
 * open article (and the focus) where they still are. */
int app_reload(struct app *a, const char *tag);

/* tui.c: the look at every file that opening skipped; reloads the list
 * when something changed on disk. */
int app_deferred_sync(struct app *a);

/* notes.c */
int app_open_at(struct app *a, int64_t article_id, size_t start, size_t end);

/* view-notes.c: the notes pane */
void notes_draw(struct app *a);
int notes_pane_action(struct app *a, enum action act);
int notes_click(struct app *a, int row);

/* view-mentions.c: the mentions pane */
int mentions_build(struct app *a);
void mentions_clear(struct app *a);
void mentions_draw(struct app *a);
int mentions_action(struct app *a, enum action act);
int mentions_click(struct app *a, int row);

/* editor.c: the note editor */
int editor_open(struct app *a, int64_t note_id, size_t start, size_t end, const char *body);
int editor_key(struct app *a, int key);
void editor_layout(struct app *a);
void editor_draw(struct app *a);
void editor_free(struct app *a);

/* view-side.c: the side pane, whose mode picks what it shows */
int side_open(struct app *a, enum side_mode mode);
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
/* A prompt with a label whose text goes to done (kind 'p', initial text
 * init), or that asks y/n (kind 'y'). */
int prompt_ask(struct app *a, char kind, const char *label, const char *init, int (*done)(struct app *a, const char *text));
int prompt_key(struct app *a, int key);
void prompt_free(struct app *a);
void app_msg(struct app *a, int error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* config.c: one line of the config file, or of `:` (interactive, where an
 * action name also runs the action). Returns the reaction, or -1 with a
 * message in *why (caller frees). */
int config_line(struct app *a, const char *line, int interactive, char **why);
void config_load(struct app *a);

/* tui.c: (re)reads the article list, only articles tagged tag when not NULL */
int app_load_entries(struct app *a, const char *tag);

/* notes.c */
void app_refresh_entry(struct app *a, size_t i);

/* loop.c */
int app_action(struct app *a, enum action act);
int loop_run(struct app *a);

#endif
