/* keymap.h -- actions as rows of one table, and the keys bound to them.
 *
 * An action is a row (tmux's window_copy_cmd_table, NeoMutt's function
 * tables): its stable name, which config files, `:bind` and the `:`
 * command line use; its line of help; its default keys; the views that
 * accept it; and the function that does it. The table itself lives with
 * the functions (actions.c) and is handed to keymap_init, so this module
 * knows no view and no curses: a key is an int (see KEYMAP_CODE), and the
 * bindings can be tested without a terminal. The help screen, `:bind` and
 * the config file all read the rows through this interface. */
#ifndef GLOSS_TUI_KEYMAP_H
#define GLOSS_TUI_KEYMAP_H

#include <stddef.h>

struct app;

/* The moves every list-like view makes its own way (a view's move
 * function): a row that has no function of its own is dispatched to the
 * focused view as one of these. */
enum move {
	MOVE_NONE,
	MOVE_DOWN,
	MOVE_UP,
	MOVE_PAGE_DOWN,
	MOVE_PAGE_UP,
	MOVE_HALF_DOWN,
	MOVE_HALF_UP,
	MOVE_TOP,
	MOVE_BOTTOM,
	MOVE_OPEN,        /* Enter: open or jump to the item */
};

/* Bits of struct action.flags. */
enum {
	/* Reading-cursor actions: from any pane, while an article is open,
	 * they move the focus to the reader and act there. */
	ACTION_TO_READER = 1 << 0,
	/* Taken by the help screen too (quit, help, redraw): the help
	 * screen otherwise only scrolls. */
	ACTION_IN_HELP = 1 << 1,
};

struct action {
	const char *name;     /* stable: config files and `:` use it */
	const char *help;     /* one line for the help screen, marked with N_() */
	const char *keys;     /* the default keys: key names (keymap_parse) separated by blanks */
	unsigned views;       /* VIEW_BIT()s (view.h) of the focused views that accept it; 0: all */
	unsigned flags;       /* ACTION_* */
	/* Does the action and returns the reaction (app.h); NULL: the focused
	 * view makes the move below. */
	int (*fn)(struct app *a, const struct action *act);
	enum move move;
	int arg;              /* for fn: which of its kind (a direction, a type, ...) */
};

/* Keys are wide characters as they come from wget_wch; curses key codes
 * (KEY_UP, ...) are marked with KEYMAP_CODE so they cannot collide. */
#define KEYMAP_CODE 0x40000000
#define KEYMAP_CTRL(c) ((c) & 0x1f)

/* Curses key codes, filled in by the front end at start-up so that this
 * module needs no curses header. */
struct keymap_codes {
	int up, down, left, right, ppage, npage, home, end, backspace, dc, ic, enter, f0, btab;
};

/* Takes the action table (borrowed for the life of the program; n rows)
 * and the key codes, and binds every row's default keys. A row whose
 * default keys do not parse is a programming error: it is skipped. */
void keymap_init(const struct action *table, size_t n, const struct keymap_codes *c);
/* Back to the default bindings of the rows (the tests use it). */
void keymap_reset(void);

/* The rows, in table order (the help screen lists them so). */
size_t keymap_count(void);
const struct action *keymap_row(size_t i);

/* The action named name, or NULL. */
const struct action *keymap_action(const char *name);
/* The action bound to key, or NULL. */
const struct action *keymap_lookup(int key);
/* Binds key to act (NULL unbinds). */
void keymap_bind(int key, const struct action *act);
/* Calls fn for each key bound to act, in the order they were bound. */
void keymap_each_key(const struct action *act, void (*fn)(int key, void *ctx), void *ctx);

/* What a move does to the selected row *sel of a list of n rows (n > 0)
 * showing page rows at a time. Returns 1 when m is a movement (and *sel
 * moved, clamped), 0 for MOVE_NONE and MOVE_OPEN. Every list moves so. */
int keymap_move(size_t *sel, size_t n, size_t page, enum move m);
/* Scrolls *top, the first row shown, so that row sel is among the page
 * rows shown from it. */
void keymap_keep_visible(size_t *top, size_t sel, size_t page);

/* Parses a key name: "j", "Space", "Tab", "Enter", "Esc", "Up", "PgDn",
 * "C-x" or "^X", "F1", or one UTF-8 character. Returns -1 when unknown. */
int keymap_parse(const char *name);
/* Writes the name of key into buf (at least 16 bytes) and returns buf. */
const char *keymap_name(int key, char *buf, size_t size);

#endif
