/* label.c -- entity keys as a person reads them (label.h). */
#include "system.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "label.h"
#include "ops.h"

/* Digits at s[0..n): their value, or -1. */
static int number(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* A date key in words; 0 when key is no date this knows. */
static int date_label(const char *key, char *buf, size_t size)
{
	size_t n = strlen(key);
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *fmt = NULL;
	int y = n >= 4 ? number(key, 4) : -1;
	if (n == 10 && key[4] == '-' && key[5] == 'W' && key[6] == 'X' && key[8] == '-' && key[9] >= '1' && key[9] <= '7') {
		tm.tm_wday = (key[9] - '0') % 7;   /* ISO: 1 Monday ... 7 Sunday */
		fmt = "%A";
	} else if (n >= 10 && key[4] == '-' && key[7] == '-') {
		int m = number(key + 5, 2), d = number(key + 8, 2);
		if (m < 1 || m > 12 || d < 1 || d > 31)
			return 0;
		tm.tm_mon = m - 1;
		tm.tm_mday = d;
		tm.tm_year = y >= 0 ? y - 1900 : 0;
		fmt = y >= 0 ? "%e %B %Y" : "%e %B";
	} else if (n == 7 && key[4] == '-' && y >= 0) {
		int m = number(key + 5, 2);
		if (m < 1 || m > 12)
			return 0;
		tm.tm_mon = m - 1;
		tm.tm_year = y - 1900;
		fmt = "%B %Y";
	} else if (n == 4 && y >= 0) {
		snprintf(buf, size, "%d", y);
		return 1;
	} else {
		return 0;
	}
	if (strftime(buf, size, fmt, &tm) == 0)
		return 0;
	/* %e pads the day with a blank. */
	if (buf[0] == ' ')
		memmove(buf, buf + 1, strlen(buf));
	return 1;
}

/* Whether the word at s (up to a blank or the end) is one that names
 * keep small inside them: "Republic of Korea", "Charles de Gaulle". */
static int small_word(const char *s)
{
	static const char *const words[] = { "of", "the", "and", "de", "del", "der", "di", "du", "da", "la", "le", "van", "von", "y" };
	size_t n = strcspn(s, " ");
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && strncmp(s, words[i], n) == 0)
			return 1;
	return 0;
}

const char *label_of(int type, const char *key, char *buf, size_t size)
{
	if (type == HL_DATE && date_label(key, buf, size))
		return buf;
	snprintf(buf, size, "%s", key);
	if (type == HL_PERSON || type == HL_PLACE) {
		/* A capital at the start of each word but the small ones
		 * inside a name (ASCII letters only: the key's other letters
		 * stay as they are). */
		int start = 1;
		for (char *c = buf; *c; c++) {
			if (start && *c >= 'a' && *c <= 'z' && (c == buf || !small_word(c)))
				*c = (char)(*c - 'a' + 'A');
			start = *c == ' ' || *c == '(' || *c == '"';
		}
	}
	return buf;
}

const char *label_op(const char *op)
{
	/* TRANSLATORS: what u and C-r take back or do again, as in
	 * "Undone: the note's edit (C-r redoes)". */
	static const struct {
		const char *op, *what;
	} ops[] = {
		{ OPS_NOTE_ADD, N_("the new note") },
		{ OPS_NOTE_EDIT, N_("the note's edit") },
		{ OPS_NOTE_DELETE, N_("the note's deletion") },
		{ OPS_NOTE_TAG, N_("the note's tag") },
		{ OPS_NOTE_UNTAG, N_("the removal of the note's tag") },
		{ OPS_NOTE_ANCHOR, N_("the note's move") },
		{ OPS_NOTE_RESTORE, N_("the note's return") },
		{ OPS_PASSAGE, N_("the mention's correction") },
	};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strcmp(op, ops[i].op) == 0)
			return _(ops[i].what);
	return op;
}

const char *label_type(int type)
{
	/* TRANSLATORS: the three kinds of highlight, as the status line
	 * ("PERSON 12"), the help screen's legend and the correction
	 * messages name them; short words, capitals where the script has
	 * them. */
	static const char *const names[HL_NTYPES] = { N_("PERSON"), N_("PLACE"), N_("DATE") };
	return type >= 0 && type < HL_NTYPES ? _(names[type]) : "";
}
