/* keymap.c -- the action table, the default bindings, key names.
 *
 * The default bindings are the keys table of README.md ("The interface")
 * and nothing else; change both together. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keymap.h"
#include "ustr.h"
#include "util.h"

const struct action_info action_info[ACT_N] = {
	[ACT_NONE] = { "none", N_("do nothing (unbinds a key)") },
	[ACT_MOVE_DOWN] = { "move-down", N_("next article / scroll down a line") },
	[ACT_MOVE_UP] = { "move-up", N_("previous article / scroll up a line") },
	[ACT_PAGE_DOWN] = { "page-down", N_("a page down") },
	[ACT_PAGE_UP] = { "page-up", N_("a page up") },
	[ACT_HALF_DOWN] = { "half-page-down", N_("half a page down") },
	[ACT_HALF_UP] = { "half-page-up", N_("half a page up") },
	[ACT_TOP] = { "top", N_("go to the top") },
	[ACT_BOTTOM] = { "bottom", N_("go to the bottom") },
	[ACT_FOCUS_NEXT] = { "focus-next", N_("switch focus between list and reader") },
	[ACT_OPEN] = { "open", N_("open the selected article / the item under the cursor") },
	[ACT_NEXT_WORD] = { "next-word", N_("reading cursor: next word") },
	[ACT_PREV_WORD] = { "prev-word", N_("reading cursor: previous word") },
	[ACT_NEXT_SENTENCE] = { "next-sentence", N_("reading cursor: next sentence") },
	[ACT_PREV_SENTENCE] = { "prev-sentence", N_("reading cursor: previous sentence") },
	[ACT_NEXT_PARAGRAPH] = { "next-paragraph", N_("reading cursor: next paragraph") },
	[ACT_PREV_PARAGRAPH] = { "prev-paragraph", N_("reading cursor: previous paragraph") },
	[ACT_SEARCH] = { "search", N_("search in the article") },
	[ACT_SEARCH_NEXT] = { "search-next", N_("next match") },
	[ACT_SEARCH_PREV] = { "search-prev", N_("previous match") },
	[ACT_NEXT_ENTITY] = { "next-entity", N_("next highlighted entity") },
	[ACT_PREV_ENTITY] = { "prev-entity", N_("previous highlighted entity") },
	[ACT_NEXT_MENTION] = { "next-mention", N_("next mention of the entity under the cursor") },
	[ACT_PREV_MENTION] = { "prev-mention", N_("previous mention of the entity under the cursor") },
	[ACT_ENTITIES] = { "entities", N_("side pane: entities of the article") },
	[ACT_NOTES] = { "notes-pane", N_("side pane: notes of the article (orphans too)") },
	[ACT_MENTIONS] = { "mentions-pane", N_("side pane: every mention of the entity under the cursor") },
	[ACT_SORT] = { "toggle-sort", N_("entities pane: by count / in order of appearance") },
	[ACT_SELECT] = { "select", N_("start / end a selection (the cursor extends it)") },
	[ACT_ANNOTATE] = { "annotate", N_("note on the selection or sentence (editor: Enter saves, C-j new line, Tab spelling, C-e $EDITOR, Esc cancels)") },
	[ACT_TAG] = { "tag", N_("tag the selection, the note under the cursor or the article (-TAG removes)") },
	[ACT_DELETE_NOTE] = { "delete-note", N_("delete the note under the cursor") },
	[ACT_UNDO] = { "undo", N_("undo the last note action (add, delete, edit, tag)") },
	[ACT_REATTACH] = { "reattach", N_("notes pane: attach the note to the selection") },
	[ACT_EXPORT] = { "export", N_("export notes (format and path asked)") },
	[ACT_NEXT_ARTICLE] = { "next-article", N_("open the next article") },
	[ACT_PREV_ARTICLE] = { "prev-article", N_("open the previous article") },
	[ACT_TOGGLE_HIGHLIGHTS] = { "toggle-highlights", N_("highlights on / off") },
	[ACT_TOGGLE_PERSON] = { "toggle-person", N_("PERSON highlights on / off") },
	[ACT_TOGGLE_PLACE] = { "toggle-place", N_("PLACE highlights on / off") },
	[ACT_TOGGLE_DATE] = { "toggle-date", N_("DATE highlights on / off") },
	[ACT_TOGGLE_READ] = { "toggle-read", N_("mark the article read / unread") },
	[ACT_COMMAND] = { "command", N_("command line (:tag, :untag, :filter tag:T, :export FMT FILE, :bind, :set)") },
	[ACT_REDRAW] = { "redraw", N_("redraw the screen") },
	[ACT_HELP] = { "help", N_("this help") },
	[ACT_QUIT] = { "quit", N_("close the prompt, pane or article; quit from the list") },
	[ACT_QUIT_NOW] = { "quit-now", N_("quit at once") },
};

struct binding {
	int key;
	enum action action;
};

/* Named curses keys are resolved in keymap_init. */
enum { K_UP = -100, K_DOWN, K_LEFT, K_RIGHT, K_PPAGE, K_NPAGE, K_HOME, K_END, K_ENTER, K_BTAB };

static const struct binding defaults[] = {
	{ 'j', ACT_MOVE_DOWN }, { K_DOWN, ACT_MOVE_DOWN },
	{ 'k', ACT_MOVE_UP }, { K_UP, ACT_MOVE_UP },
	{ ' ', ACT_PAGE_DOWN }, { K_NPAGE, ACT_PAGE_DOWN }, { KEYMAP_CTRL('f'), ACT_PAGE_DOWN },
	{ 'b', ACT_PAGE_UP }, { K_PPAGE, ACT_PAGE_UP }, { KEYMAP_CTRL('b'), ACT_PAGE_UP },
	{ KEYMAP_CTRL('d'), ACT_HALF_DOWN }, { KEYMAP_CTRL('u'), ACT_HALF_UP },
	{ 'g', ACT_TOP }, { K_HOME, ACT_TOP },
	{ 'G', ACT_BOTTOM }, { K_END, ACT_BOTTOM },
	{ '\t', ACT_FOCUS_NEXT }, { K_BTAB, ACT_FOCUS_NEXT },
	{ '\n', ACT_OPEN }, { '\r', ACT_OPEN }, { K_ENTER, ACT_OPEN },
	{ 'w', ACT_NEXT_WORD }, { 'W', ACT_PREV_WORD },
	{ ')', ACT_NEXT_SENTENCE }, { '(', ACT_PREV_SENTENCE },
	{ '}', ACT_NEXT_PARAGRAPH }, { '{', ACT_PREV_PARAGRAPH },
	{ '/', ACT_SEARCH }, { 'n', ACT_SEARCH_NEXT }, { 'N', ACT_SEARCH_PREV },
	{ ']', ACT_NEXT_ENTITY }, { '[', ACT_PREV_ENTITY },
	{ '*', ACT_NEXT_MENTION }, { '#', ACT_PREV_MENTION },
	{ 'E', ACT_ENTITIES }, { 'o', ACT_NOTES }, { 'm', ACT_MENTIONS }, { 's', ACT_SORT },
	{ 'v', ACT_SELECT }, { 'a', ACT_ANNOTATE }, { 't', ACT_TAG },
	{ 'd', ACT_DELETE_NOTE }, { 'u', ACT_UNDO }, { 'r', ACT_REATTACH }, { 'x', ACT_EXPORT },
	{ 'J', ACT_NEXT_ARTICLE }, { 'K', ACT_PREV_ARTICLE },
	{ 'H', ACT_TOGGLE_HIGHLIGHTS },
	{ '1', ACT_TOGGLE_PERSON }, { '2', ACT_TOGGLE_PLACE }, { '3', ACT_TOGGLE_DATE },
	{ 'R', ACT_TOGGLE_READ },
	{ ':', ACT_COMMAND },
	{ KEYMAP_CTRL('l'), ACT_REDRAW },
	{ '?', ACT_HELP },
	{ 'q', ACT_QUIT }, { 'Q', ACT_QUIT_NOW },
};

static struct keymap_codes codes;
static struct binding *table;
static size_t ntable, captable;

static int resolve(int k)
{
	switch (k) {
	case K_UP: return KEYMAP_CODE | codes.up;
	case K_DOWN: return KEYMAP_CODE | codes.down;
	case K_LEFT: return KEYMAP_CODE | codes.left;
	case K_RIGHT: return KEYMAP_CODE | codes.right;
	case K_PPAGE: return KEYMAP_CODE | codes.ppage;
	case K_NPAGE: return KEYMAP_CODE | codes.npage;
	case K_HOME: return KEYMAP_CODE | codes.home;
	case K_END: return KEYMAP_CODE | codes.end;
	case K_ENTER: return KEYMAP_CODE | codes.enter;
	case K_BTAB: return KEYMAP_CODE | codes.btab;
	default: return k;
	}
}

void keymap_reset(void)
{
	ntable = 0;
	for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
		keymap_bind(resolve(defaults[i].key), defaults[i].action);
}

void keymap_init(const struct keymap_codes *c)
{
	codes = *c;
	keymap_reset();
}

enum action keymap_action(const char *name)
{
	for (int a = 0; a < ACT_N; a++)
		if (strcmp(action_info[a].name, name) == 0)
			return (enum action)a;
	return ACT_NONE;
}

enum action keymap_lookup(int key)
{
	for (size_t i = 0; i < ntable; i++)
		if (table[i].key == key)
			return table[i].action;
	return ACT_NONE;
}

void keymap_bind(int key, enum action a)
{
	for (size_t i = 0; i < ntable; i++)
		if (table[i].key == key) {
			if (a == ACT_NONE) {
				memmove(table + i, table + i + 1, (ntable - i - 1) * sizeof *table);
				ntable--;
			} else {
				table[i].action = a;
			}
			return;
		}
	if (a == ACT_NONE)
		return;
	XGROW(table, captable, ntable + 1);
	table[ntable].key = key;
	table[ntable].action = a;
	ntable++;
}

void keymap_each_key(enum action a, void (*fn)(int key, void *ctx), void *ctx)
{
	for (size_t i = 0; i < ntable; i++)
		if (table[i].action == a)
			fn(table[i].key, ctx);
}

static const struct {
	const char *name;
	int key;    /* a character, or K_* for curses keys */
} names[] = {
	{ "Space", ' ' }, { "Tab", '\t' }, { "Enter", '\n' }, { "Return", '\r' },
	{ "Esc", 27 }, { "Escape", 27 }, { "Backspace", 127 },
	{ "Up", K_UP }, { "Down", K_DOWN }, { "Left", K_LEFT }, { "Right", K_RIGHT },
	{ "PgUp", K_PPAGE }, { "PageUp", K_PPAGE }, { "PgDn", K_NPAGE }, { "PageDown", K_NPAGE },
	{ "Home", K_HOME }, { "End", K_END }, { "KEnter", K_ENTER }, { "BTab", K_BTAB },
};

int keymap_parse(const char *name)
{
	char buf[32];
	size_t n = strlen(name);
	if (n >= 2 && name[0] == '<' && name[n - 1] == '>' && n - 2 < sizeof buf) {
		memcpy(buf, name + 1, n - 2);
		buf[n - 2] = '\0';
		name = buf;
		n -= 2;
	}
	if (n == 0)
		return -1;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (ascii_casecmp(name, names[i].name) == 0)
			return resolve(names[i].key);
	if (n == 2 && name[0] == '^' && name[1] >= '?' && name[1] <= '~')
		return name[1] == '?' ? 127 : KEYMAP_CTRL(name[1]);
	if (n == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-' && (unsigned char)name[2] > ' ' && (unsigned char)name[2] < 127)
		return KEYMAP_CTRL(name[2]);
	if ((name[0] == 'F' || name[0] == 'f') && n <= 3 && n >= 2) {
		int f = atoi(name + 1);
		if (f >= 1 && f <= 12 && name[1] >= '0' && name[1] <= '9')
			return KEYMAP_CODE | (codes.f0 + f);
	}
	int32_t cp;
	int l = ustr_decode(name, n, &cp);
	if (cp > ' ' && (size_t)l == n && cp != 127)
		return cp;
	return -1;
}

const char *keymap_name(int key, char *buf, size_t size)
{
	if (key & KEYMAP_CODE) {
		int c = key & ~KEYMAP_CODE;
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			if (names[i].key < 0 && resolve(names[i].key) == key) {
				snprintf(buf, size, "%s", names[i].name);
				return buf;
			}
		if (c > codes.f0 && c <= codes.f0 + 12)
			snprintf(buf, size, "F%d", c - codes.f0);
		else
			snprintf(buf, size, "<%d>", c);
		return buf;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].key == key) {
			snprintf(buf, size, "%s", names[i].name);
			return buf;
		}
	if (key < 32)
		snprintf(buf, size, "C-%c", key + 'a' - 1);
	else if (key < 128)
		snprintf(buf, size, "%c", key);
	else {
		/* One character as UTF-8. */
		unsigned c = (unsigned)key;
		if (c < 0x800)
			snprintf(buf, size, "%c%c", 0xc0 | (c >> 6), 0x80 | (c & 0x3f));
		else if (c < 0x10000)
			snprintf(buf, size, "%c%c%c", 0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
		else
			snprintf(buf, size, "%c%c%c%c", 0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
	}
	return buf;
}

int keymap_move(size_t *sel, size_t n, size_t page, enum action act)
{
	size_t half = page / 2 + 1;
	if (page == 0)
		page = 1;
	switch (act) {
	case ACT_MOVE_DOWN: *sel += 1; break;
	case ACT_MOVE_UP: *sel = *sel > 0 ? *sel - 1 : 0; break;
	case ACT_PAGE_DOWN: *sel += page; break;
	case ACT_HALF_DOWN: *sel += half; break;
	case ACT_PAGE_UP: *sel = *sel > page ? *sel - page : 0; break;
	case ACT_HALF_UP: *sel = *sel > half ? *sel - half : 0; break;
	case ACT_TOP: *sel = 0; break;
	case ACT_BOTTOM: *sel = n - 1; break;
	default: return 0;
	}
	if (*sel >= n)
		*sel = n - 1;
	return 1;
}
