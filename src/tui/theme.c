/* theme.c -- colours and attributes of the screen's elements.
 *
 * Defaults use the eight basic colours on the terminal's own background
 * (use_default_colors), so they read on light and dark terminals alike;
 * each highlight type also has an attribute (bold, underline, reverse) so
 * the types stay apart on a monochrome terminal or with NO_COLOR. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "util.h"

/* Emphasis is italic where curses has it. */
#ifdef A_ITALIC
#define EMPH_ATTR A_ITALIC
#else
#define EMPH_ATTR A_UNDERLINE
#endif

struct style {
	const char *name;
	short fg, bg;     /* -1: the terminal's default */
	attr_t attr;      /* with colours */
	attr_t mono;      /* without colours */
};

static struct style styles[EL_N] = {
	[EL_TEXT] = { "text", -1, -1, A_NORMAL, A_NORMAL },
	[EL_TITLE] = { "title", -1, -1, A_BOLD, A_BOLD },
	[EL_META] = { "meta", COLOR_CYAN, -1, A_NORMAL, A_DIM },
	[EL_BAR] = { "bar", -1, -1, A_REVERSE, A_REVERSE },
	[EL_BAR_FOCUS] = { "bar-focus", COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[EL_LIST] = { "list", -1, -1, A_NORMAL, A_NORMAL },
	[EL_LIST_UNREAD] = { "list-unread", -1, -1, A_BOLD, A_BOLD },
	[EL_LIST_SEL] = { "list-selected", -1, -1, A_REVERSE, A_REVERSE },
	[EL_LIST_DATE] = { "list-date", COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
	[EL_STATUS] = { "status", -1, -1, A_REVERSE, A_REVERSE },
	[EL_MESSAGE] = { "message", -1, -1, A_BOLD, A_BOLD },
	[EL_ERROR] = { "error", COLOR_RED, -1, A_BOLD, A_BOLD | A_REVERSE },
	[EL_PERSON] = { "person", COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[EL_PLACE] = { "place", COLOR_GREEN, -1, A_NORMAL, A_UNDERLINE },
	[EL_DATE] = { "date", COLOR_MAGENTA, -1, A_NORMAL, A_BOLD | A_UNDERLINE },
	[EL_SEARCH] = { "search", COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE },
	[EL_CURSOR] = { "cursor", -1, -1, A_REVERSE, A_REVERSE },
	[EL_PLACEHOLDER] = { "placeholder", COLOR_RED, -1, A_NORMAL, A_DIM },
	[EL_SEPARATOR] = { "separator", -1, -1, A_NORMAL, A_NORMAL },
	[EL_HELP_KEY] = { "help-key", COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[EL_NOTE] = { "note", COLOR_BLACK, COLOR_CYAN, A_UNDERLINE, A_UNDERLINE },
	[EL_NOTE_MARK] = { "note-mark", COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[EL_SELECTION] = { "selection", -1, -1, A_REVERSE, A_REVERSE },
	[EL_SPELL] = { "spell", COLOR_RED, -1, A_UNDERLINE, A_UNDERLINE },
	[EL_POPUP] = { "popup", COLOR_CYAN, -1, A_NORMAL, A_NORMAL },
	[EL_HEADING1] = { "heading1", -1, -1, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
	[EL_HEADING2] = { "heading2", COLOR_BLUE, -1, A_BOLD, A_BOLD },
	[EL_HEADING] = { "heading", -1, -1, A_BOLD, A_BOLD },
	[EL_STRONG] = { "strong", -1, -1, A_BOLD, A_BOLD },
	[EL_EMPH] = { "emphasis", -1, -1, EMPH_ATTR, EMPH_ATTR },
	[EL_STRIKE] = { "strike", -1, -1, A_DIM, A_DIM },
	[EL_CODE] = { "code", COLOR_WHITE, COLOR_BLACK, A_NORMAL, A_NORMAL },
	[EL_LINK] = { "link", -1, -1, A_UNDERLINE, A_UNDERLINE },
	[EL_LINK_NUM] = { "link-number", -1, -1, A_DIM, A_DIM },
	[EL_QUOTE] = { "quote", COLOR_CYAN, -1, A_NORMAL, A_DIM },
	[EL_BULLET] = { "bullet", -1, -1, A_BOLD, A_BOLD },
	[EL_RULE] = { "rule", -1, -1, A_DIM, A_DIM },
};

/* Elements a `color` line set: theme_init leaves them as they are. */
static unsigned char set_by_user[EL_N];

static int colors_on;

int theme_has_colors(void)
{
	return colors_on;
}

static void apply(int e)
{
	if (colors_on)
		init_pair((short)(e + 1), styles[e].fg, styles[e].bg);
}

void theme_init(void)
{
	const char *nc = getenv("NO_COLOR");
	colors_on = 0;
	if ((nc && *nc) || !has_colors())
		return;
	if (start_color() == ERR || COLORS < 8 || COLOR_PAIRS < EL_N + 1)
		return;
	use_default_colors();
	colors_on = 1;
	/* A tint for code on a terminal of 256 colours: light grey on dark
	 * grey reads on light and dark backgrounds alike. */
	if (COLORS >= 256 && !set_by_user[EL_CODE]) {
		styles[EL_CODE].fg = 252;
		styles[EL_CODE].bg = 236;
	}
	for (int e = 0; e < EL_N; e++)
		apply(e);
}

attr_t theme_attr(enum elem e)
{
	if (!colors_on)
		return styles[e].mono;
	return styles[e].attr | COLOR_PAIR(e + 1);
}

attr_t theme_mix(attr_t base, enum elem e)
{
	attr_t a = theme_attr(e);
	if (!colors_on || (styles[e].fg == -1 && styles[e].bg == -1))
		return base | (a & ~A_COLOR);
	return (base & ~A_COLOR) | a;
}

const char *theme_name(enum elem e)
{
	return styles[e].name;
}

static const char *color_names[] = { "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white" };

/* The xterm-256 index nearest to #rrggbb: the 6x6x6 cube or the grey ramp. */
static short nearest_256(int r, int g, int b)
{
	static const int level[6] = { 0, 95, 135, 175, 215, 255 };
	int ci[3], c[3] = { r, g, b };
	long cube = 0;
	for (int k = 0; k < 3; k++) {
		int best = 0;
		for (int i = 1; i < 6; i++)
			if (abs(level[i] - c[k]) < abs(level[best] - c[k]))
				best = i;
		ci[k] = best;
		cube += (long)(level[best] - c[k]) * (level[best] - c[k]);
	}
	int grey = (r + g + b) / 3, gi = grey < 8 ? 0 : grey > 238 ? 23 : (grey - 8) / 10;
	int gv = 8 + 10 * gi;
	long gd = (long)(gv - r) * (gv - r) + (long)(gv - g) * (gv - g) + (long)(gv - b) * (gv - b);
	if (gd < cube)
		return (short)(232 + gi);
	return (short)(16 + 36 * ci[0] + 6 * ci[1] + ci[2]);
}

static int parse_color(const char *s, short *out)
{
	if (strcmp(s, "default") == 0 || strcmp(s, "-1") == 0) {
		*out = -1;
		return 0;
	}
	/* The eight names, and bright (or light) ones: 8 to 15. */
	int bright = 0;
	if (ascii_ncasecmp(s, "bright", 6) == 0 && s[6]) {
		bright = 8;
		s += 6;
	} else if (ascii_ncasecmp(s, "light", 5) == 0 && s[5]) {
		bright = 8;
		s += 5;
	}
	for (short i = 0; i < 8; i++)
		if (ascii_casecmp(s, color_names[i]) == 0) {
			*out = (short)(i + bright);
			return 0;
		}
	if (bright)
		return -1;
	if (s[0] == '#' && strlen(s) == 7 && strspn(s + 1, "0123456789abcdefABCDEF") == 6) {
		long v = strtol(s + 1, NULL, 16);
		*out = nearest_256((int)(v >> 16) & 255, (int)(v >> 8) & 255, (int)v & 255);
		return 0;
	}
	const char *d = s;
	if (ascii_ncasecmp(s, "color", 5) == 0)
		d = s + 5;
	char *end;
	long v = strtol(d, &end, 10);
	if (*d && !*end && v >= 0 && v < 256) {
		*out = (short)v;
		return 0;
	}
	return -1;
}

static int parse_attr(const char *s, attr_t *out)
{
	static const struct { const char *name; attr_t a; } attrs[] = {
		{ "normal", A_NORMAL }, { "bold", A_BOLD }, { "underline", A_UNDERLINE },
		{ "reverse", A_REVERSE }, { "standout", A_STANDOUT }, { "dim", A_DIM },
		{ "blink", A_BLINK },
#ifdef A_ITALIC
		{ "italic", A_ITALIC },
#endif
	};
	for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
		if (ascii_casecmp(s, attrs[i].name) == 0) {
			*out |= attrs[i].a;
			return 0;
		}
	return -1;
}

/* The message for *why, kept until the next one. */
static void set_why(const char **why, const char *fmt, const char *arg)
{
	static char buf[320];
	snprintf(buf, sizeof buf, fmt, arg);
	*why = buf;
}

int theme_set(int argc, char **argv, const char **why)
{
	if (argc < 3) {
		*why = _("usage: color ELEMENT FG BG [ATTR...]");
		return -1;
	}
	int e;
	for (e = 0; e < EL_N; e++)
		if (strcmp(argv[0], styles[e].name) == 0)
			break;
	if (e == EL_N) {
		set_why(why, _("unknown element '%s'"), argv[0]);
		return -1;
	}
	short fg, bg;
	for (int k = 1; k <= 2; k++)
		if (parse_color(argv[k], k == 1 ? &fg : &bg) < 0) {
			set_why(why, _("unknown colour '%s' (black, red, green, yellow, blue, magenta, cyan, white, "
				       "bright... of those, color0 to color255, #rrggbb or default)"), argv[k]);
			return -1;
		}
	attr_t a = A_NORMAL;
	for (int i = 3; i < argc; i++)
		if (parse_attr(argv[i], &a) < 0) {
			set_why(why, _("unknown attribute '%s'"), argv[i]);
			return -1;
		}
	if (colors_on && (fg >= COLORS || bg >= COLORS)) {
		*why = _("the terminal has fewer colours");
		return -1;
	}
	styles[e].fg = fg;
	styles[e].bg = bg;
	set_by_user[e] = 1;
	styles[e].attr = a;
	if (argc > 3)
		styles[e].mono = a;
	apply(e);
	return 0;
}
