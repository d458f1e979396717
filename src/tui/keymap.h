/* keymap.h -- actions by name and the keys bound to them.
 *
 * Keys are data (vis's config.def.h, NeoMutt's functions.c): one enum of
 * actions, each with a stable name that config files and the `:` command
 * line use, and a table of default bindings. The help screen is generated
 * from these tables, never written by hand. Curses-free: a key is an int
 * (see KEYMAP_CODE), so the table can be tested without a terminal. */
#ifndef GLOSS_TUI_KEYMAP_H
#define GLOSS_TUI_KEYMAP_H

#include <stddef.h>

enum action {
	ACT_NONE,
	ACT_MOVE_DOWN,
	ACT_MOVE_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_HALF_DOWN,
	ACT_HALF_UP,
	ACT_TOP,
	ACT_BOTTOM,
	ACT_FOCUS_NEXT,
	ACT_OPEN,
	ACT_NEXT_WORD,
	ACT_PREV_WORD,
	ACT_NEXT_SENTENCE,
	ACT_PREV_SENTENCE,
	ACT_NEXT_PARAGRAPH,
	ACT_PREV_PARAGRAPH,
	ACT_SEARCH,
	ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV,
	ACT_NEXT_ENTITY,
	ACT_PREV_ENTITY,
	ACT_NEXT_MENTION,
	ACT_PREV_MENTION,
	ACT_ENTITIES,
	ACT_NOTES,
	ACT_MENTIONS,
	ACT_SORT,
	ACT_SELECT,
	ACT_ANNOTATE,
	ACT_TAG,
	ACT_DELETE_NOTE,
	ACT_UNDO,
	ACT_REATTACH,
	ACT_EXPORT,
	ACT_NEXT_ARTICLE,
	ACT_PREV_ARTICLE,
	ACT_TOGGLE_HIGHLIGHTS,
	ACT_TOGGLE_PERSON,
	ACT_TOGGLE_PLACE,
	ACT_TOGGLE_DATE,
	ACT_TOGGLE_READ,
	ACT_COMMAND,
	ACT_REDRAW,
	ACT_HELP,
	ACT_QUIT,
	ACT_QUIT_NOW,
	ACT_N
};

struct action_info {
	const char *name;     /* stable: config files and `:` use it */
	const char *help;     /* one line for the help screen, translated with _() */
};
extern const struct action_info action_info[ACT_N];

/* Keys are wide characters as they come from wget_wch; curses key codes
 * (KEY_UP, ...) are marked with KEYMAP_CODE so they cannot collide. */
#define KEYMAP_CODE 0x40000000
#define KEYMAP_CTRL(c) ((c) & 0x1f)

/* The action named name, or ACT_NONE. */
enum action keymap_action(const char *name);

/* The action bound to key, or ACT_NONE. */
enum action keymap_lookup(int key);

/* What a movement action does to the selected row *sel of a list of n rows
 * (n > 0) showing page rows at a time: down, up, a page, half a page, top,
 * bottom. Returns 1 when act is one of these (and *sel moved, clamped), 0
 * when it is not a movement. Every list and pane moves the same way. */
int keymap_move(size_t *sel, size_t n, size_t page, enum action act);
/* Binds key to a (ACT_NONE unbinds). */
void keymap_bind(int key, enum action a);
/* Back to the default table (keymap_init starts with it). */
void keymap_reset(void);

/* Parses a key name: "j", "Space", "Tab", "Enter", "Esc", "Up", "PgDn",
 * "C-x" or "^X", "F1", or one UTF-8 character. Returns -1 when unknown.
 * The caller, who knows curses, gives the codes of curses keys
 * (keymap_init); here they are KEYMAP_CODE | code. */
int keymap_parse(const char *name);
/* Writes the name of key into buf (at least 16 bytes). */
const char *keymap_name(int key, char *buf, size_t size);

/* Curses key codes, filled in by the front end at start-up so that this
 * module needs no curses header. */
struct keymap_codes {
	int up, down, left, right, ppage, npage, home, end, backspace, dc, ic, enter, f0, btab;
};
void keymap_init(const struct keymap_codes *c);

/* Calls fn for each bound key of action a, in table order. */
void keymap_each_key(enum action a, void (*fn)(int key, void *ctx), void *ctx);

#endif
