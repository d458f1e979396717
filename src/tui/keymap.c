/* keymap.c -- key bindings over the action table, and key names.
 *
 * The bindings are a small array of (key, row) pairs, filled from the
 * rows' default keys and changed by `bind`; a lookup is a linear scan,
 * which for some eighty keys costs less than a hash. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keymap.h"
#include "ustr.h"
#include "util.h"

struct binding {
	int key;
	const struct action *action;
};

/* Named curses keys, resolved through the codes given to keymap_init. */
enum { K_UP = -100, K_DOWN, K_LEFT, K_RIGHT, K_PPAGE, K_NPAGE, K_HOME, K_END, K_ENTER, K_BTAB };

static struct keymap_codes codes;
static const struct action *rows;
static size_t nrows;
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

/* Binds the blank-separated key names of one row. */
static void bind_defaults(const struct action *act)
{
	const char *s = act->keys;
	while (s && *s) {
		while (*s == ' ')
			s++;
		size_t n = strcspn(s, " ");
		if (n == 0)
			break;
		char name[32];
		if (n < sizeof name) {
			memcpy(name, s, n);
			name[n] = '\0';
			int key = keymap_parse(name);
			if (key >= 0)
				keymap_bind(key, act);
		}
		s += n;
	}
}

void keymap_reset(void)
{
	ntable = 0;
	for (size_t i = 0; i < nrows; i++)
		bind_defaults(&rows[i]);
}

void keymap_init(const struct action *table_rows, size_t n, const struct keymap_codes *c)
{
	codes = *c;
	rows = table_rows;
	nrows = n;
	keymap_reset();
}

size_t keymap_count(void)
{
	return nrows;
}

const struct action *keymap_row(size_t i)
{
	return i < nrows ? &rows[i] : NULL;
}

const struct action *keymap_action(const char *name)
{
	for (size_t i = 0; i < nrows; i++)
		if (strcmp(rows[i].name, name) == 0)
			return &rows[i];
	return NULL;
}

const struct action *keymap_lookup(int key)
{
	for (size_t i = 0; i < ntable; i++)
		if (table[i].key == key)
			return table[i].action;
	return NULL;
}

void keymap_bind(int key, const struct action *a)
{
	for (size_t i = 0; i < ntable; i++)
		if (table[i].key == key) {
			if (!a) {
				memmove(table + i, table + i + 1, (ntable - i - 1) * sizeof *table);
				ntable--;
			} else {
				table[i].action = a;
			}
			return;
		}
	if (!a)
		return;
	XGROW(table, captable, ntable + 1);
	table[ntable].key = key;
	table[ntable].action = a;
	ntable++;
}

void keymap_each_key(const struct action *a, void (*fn)(int key, void *ctx), void *ctx)
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
	if (key == 31)   /* C- would take DEL, which no name holds */
		snprintf(buf, size, "^_");
	else if (key < 32)
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

int keymap_move(size_t *sel, size_t n, size_t page, enum move m)
{
	size_t half = page / 2 + 1;
	if (page == 0)
		page = 1;
	switch (m) {
	case MOVE_DOWN: *sel += 1; break;
	case MOVE_UP: *sel = *sel > 0 ? *sel - 1 : 0; break;
	case MOVE_PAGE_DOWN: *sel += page; break;
	case MOVE_HALF_DOWN: *sel += half; break;
	case MOVE_PAGE_UP: *sel = *sel > page ? *sel - page : 0; break;
	case MOVE_HALF_UP: *sel = *sel > half ? *sel - half : 0; break;
	case MOVE_TOP: *sel = 0; break;
	case MOVE_BOTTOM: *sel = n - 1; break;
	default: return 0;
	}
	if (*sel >= n)
		*sel = n - 1;
	return 1;
}

void keymap_keep_visible(size_t *top, size_t sel, size_t page)
{
	if (sel < *top)
		*top = sel;
	if (sel >= *top + page)
		*top = sel - page + 1;
}
