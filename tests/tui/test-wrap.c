/* test-wrap.c -- src/tui/wrap.c, doc.c and keymap.c, linked without
 * curses: wrapping by display width, grapheme clusters, UAX #14, lazy
 * paragraphs, key names. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "keymap.h"
#include "label.h"
#include "tap.h"
#include "util.h"
#include "wrap.h"

/* The lines of s at width, joined with '|'. */
static char *wrapped(const char *s, int width)
{
	struct wrap_lines l = { 0 };
	wrap_text(s, strlen(s), width, &l);
	struct sb b = SB_INIT;
	for (size_t i = 0; i < l.n; i++) {
		if (i)
			sb_addc(&b, '|');
		sb_add(&b, s + l.v[i].start, l.v[i].end - l.v[i].start);
	}
	wrap_lines_clear(&l);
	return sb_detach(&b);
}

static int max_width(const char *s, int width)
{
	struct wrap_lines l = { 0 };
	wrap_text(s, strlen(s), width, &l);
	int m = 0;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].width > m)
			m = l.v[i].width;
	wrap_lines_clear(&l);
	return m;
}

static void check(const char *s, int width, const char *want, const char *name)
{
	char *got = wrapped(s, width);
	is_str(got, want, name);
	free(got);
}


/* ---- the split index (doc_para_all on a big file) ---- */

struct plist {
	struct art_para *v;
	size_t n, cap;
};

static void plist_add(struct plist *l, const struct art_para *p)
{
	XGROW(l->v, l->cap, l->n + 1);
	l->v[l->n++] = *p;
}

/* Every paragraph found forward only (the reference). */
static struct plist forward_all(const char *path)
{
	struct plist l = { 0 };
	struct doc *d = doc_open(path, NULL);
	const struct art_para *p;
	for (size_t i = 0; d && (p = doc_para(d, i)); i++)
		plist_add(&l, p);
	doc_free(&d);
	return l;
}

/* Whether got (paragraphs in index order, holes left out) is ref, where
 * one entry of got may span several of ref (the last free index took
 * what was left). *merged counts those. */
static int same_paras(const struct plist *got, const struct plist *ref, int *merged)
{
	size_t k = 0;
	*merged = 0;
	for (size_t g = 0; g < got->n; g++) {
		if (k >= ref->n || got->v[g].start != ref->v[k].start)
			return 0;
		size_t m = k;
		while (m < ref->n && ref->v[m].end < got->v[g].end)
			m++;
		if (m >= ref->n || ref->v[m].end != got->v[g].end)
			return 0;
		*merged += m > k;
		k = m + 1;
	}
	return k == ref->n;
}

/* Opens path, asks for head paragraphs, makes the end known, then walks
 * the whole index backward (from_end) or forward. */
static struct plist split_walk(const char *path, int from_end, size_t *holes, size_t *last)
{
	struct plist l = { 0 };
	struct doc *d = doc_open(path, NULL);
	*holes = 0;
	*last = SIZE_MAX;
	if (!d)
		return l;
	doc_para(d, 5);
	doc_para_all(d);
	*last = d->npara ? d->para[d->npara - 1].start : SIZE_MAX;
	for (size_t k = 0; k < d->npara; k++) {
		size_t i = from_end ? d->npara - 1 - k : k;
		const struct art_para *p = doc_para(d, i);
		if (!p)
			break;
		if (doc_hole(d, i))
			(*holes)++;
		else
			plist_add(&l, p);
	}
	if (from_end)
		for (size_t a = 0, b = l.n ? l.n - 1 : 0; a < b; a++, b--) {
			struct art_para t = l.v[a];
			l.v[a] = l.v[b];
			l.v[b] = t;
		}
	doc_free(&d);
	return l;
}

static void check_split(const char *path, const char *name, int want_merge)
{
	struct plist ref = forward_all(path);
	char msg[160];
	for (int from_end = 1; from_end >= 0; from_end--) {
		size_t holes, last;
		struct plist got = split_walk(path, from_end, &holes, &last);
		int merged = 0;
		snprintf(msg, sizeof msg, "%s: the end is the last paragraph", name);
		ok(ref.n > 0 && last == ref.v[ref.n - 1].start, msg);
		snprintf(msg, sizeof msg, "%s: walked %s, the same paragraphs as a forward scan", name,
			 from_end ? "up from the end" : "down from the top");
		ok(same_paras(&got, &ref, &merged), msg);
		snprintf(msg, sizeof msg, "%s: %s", name, want_merge ? "one index took the dense middle" : "no paragraph merged, holes skipped");
		ok(want_merge ? merged == 1 : merged == 0 && holes > 0, msg);
		free(got.v);
	}
	/* Offsets anywhere: the paragraph that holds them. */
	struct doc *d = doc_open(path, NULL);
	int good = d != NULL;
	if (d) {
		doc_para_all(d);
		for (size_t j = ref.n; j-- > 0 && good; j -= j > 997 ? 997 : j) {
			size_t off = ref.v[j].start + (ref.v[j].end - ref.v[j].start) / 2;
			size_t i = doc_para_at(d, off);
			const struct art_para *p = doc_para(d, i);
			good = p && !doc_hole(d, i) && p->start <= off && off < p->end;
			if (j == 0)
				break;
		}
		doc_free(&d);
	}
	snprintf(msg, sizeof msg, "%s: paragraph at offsets from the end to the start", name);
	ok(good, msg);
	free(ref.v);
}

int main(void)
{
	check("the quick brown fox", 10, "the quick|brown fox", "ASCII breaks at spaces");
	check("the quick brown fox", 100, "the quick brown fox", "fits on one line");
	check("abcdefghij", 4, "abcd|efgh|ij", "a word longer than the line is cut");
	check("", 10, "", "empty text gives one empty line");
	check("well-known words", 6, "well-|known|words", "breaks after a hyphen (UAX #14)");
	/* CJK: two columns each; breaks between ideographs are allowed. */
	check("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xa7\xe3\x81\x99", 4,
	      "\xe6\x97\xa5\xe6\x9c\xac|\xe8\xaa\x9e\xe3\x81\xa7|\xe3\x81\x99", "CJK is two columns");
	/* e + combining acute: one column, never split from its base. */
	check("cafe\xcc\x81 cafe\xcc\x81", 5, "cafe\xcc\x81|cafe\xcc\x81", "combining marks take no column");
	check("abcde\xcc\x81" "fgh", 5, "abcde\xcc\x81|fgh", "a cluster stays whole at a forced break");
	ok(max_width("a\xe2\x80\xae" "bcdefgh ijk", 6) <= 8, "a placeholder counts its own width");
	is_int(max_width("one two three four five six seven", 9), 9, "no line wider than the width");
	check("one\ntwo", 20, "one\ntwo", "a newline inside a paragraph is a space");
	check("items:\n- one\n- two", 40, "items:|- one|- two", "list lines keep their line");
	check("a\tb", 20, "a\tb", "tabs stay in the text");

	struct san_unit u;
	wrap_unit("\t", 1, 3, &u);
	is_int(u.width, 5, "a tab goes to the next multiple of 8");
	wrap_unit("\r\n", 2, 0, &u);
	is_int(u.width, 0, "CR before LF takes no room");
	wrap_unit("\x1b[31m", 5, 0, &u);
	is_str(u.show_len == 2 ? "^[" : "?", "^[", "ESC is shown as ^[");

	/* Keys: bindings come from the rows of an action table. */
	static const struct action rows[] = {
		{ "move-down", "down", "j Down", 0, 0, NULL, MOVE_DOWN, 0 },
		{ "next-entity", "entity", "]", 0, 0, NULL, MOVE_NONE, 0 },
		{ "search", "search", "/ C-s", 0, 0, NULL, MOVE_NONE, 0 },
		{ "quit", "quit", "q", 0, 0, NULL, MOVE_NONE, 0 },
	};
	struct keymap_codes c = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100, 13 };
	keymap_init(rows, sizeof rows / sizeof rows[0], &c);
	ok(keymap_lookup('j') == &rows[0], "j moves down");
	ok(keymap_lookup(KEYMAP_CODE | 2) == &rows[0], "so does Down, a curses key");
	ok(keymap_lookup(']') == &rows[1], "] is next-entity");
	ok(keymap_lookup(KEYMAP_CTRL('s')) == &rows[2], "a row binds every key it names");
	is_int((int)keymap_count(), 4, "the rows are counted");
	ok(keymap_row(3) == &rows[3] && keymap_row(4) == NULL, "rows by index");
	is_int(keymap_parse("Space"), ' ', "Space");
	is_int(keymap_parse("<Tab>"), '\t', "<Tab>");
	is_int(keymap_parse("C-x"), 24, "C-x");
	is_int(keymap_parse("^L"), 12, "^L");
	is_int(keymap_parse("PgDn"), KEYMAP_CODE | 6, "PgDn");
	is_int(keymap_parse("nonsense"), -1, "an unknown name");
	ok(keymap_action("search") == &rows[2], "actions by name");
	ok(keymap_action("no-such") == NULL, "an unknown action");
	keymap_bind('x', &rows[3]);
	ok(keymap_lookup('x') == &rows[3], "bind");
	keymap_bind('x', NULL);
	ok(keymap_lookup('x') == NULL, "unbind");
	keymap_bind('j', NULL);
	keymap_reset();
	ok(keymap_lookup('j') == &rows[0], "reset binds the defaults again");
	char buf[32];
	is_str(keymap_name(' ', buf, sizeof buf), "Space", "key names");
	/* every control key's name parses back to it (fuzz-keymap found ^_) */
	int bad_ctrl = -1;
	for (int k = 0; k < 32 && bad_ctrl < 0; k++)
		if (keymap_parse(keymap_name(k, buf, sizeof buf)) != k)
			bad_ctrl = k;
	is_int(bad_ctrl, -1, "control keys' names parse back to the keys");
	size_t moved = 5;
	ok(keymap_move(&moved, 10, 4, MOVE_PAGE_DOWN) && moved == 9, "a page down, clamped to the last row");
	ok(!keymap_move(&moved, 10, 4, MOVE_OPEN) && moved == 9, "open is no move");

	/* Labels of entity keys. */
	char lb[64];
	is_str(label_of(HL_PERSON, "antony j. blinken", lb, sizeof lb), "Antony J. Blinken", "a name gets its capitals");
	is_str(label_of(HL_PLACE, "united states", lb, sizeof lb), "United States", "so does a place");
	is_str(label_of(HL_PLACE, "republic of korea", lb, sizeof lb), "Republic of Korea", "a small word inside a name stays small");
	is_str(label_of(HL_PERSON, "charles de gaulle", lb, sizeof lb), "Charles de Gaulle", "so does a particle");
	is_str(label_of(HL_PLACE, "the hague", lb, sizeof lb), "The Hague", "but not at the start");
	is_str(label_of(HL_PLACE, "theodore", lb, sizeof lb), "Theodore", "a word that starts like one is no small word");
	is_str(label_of(HL_DATE, "2013-06-06", lb, sizeof lb), "6 June 2013", "a date in words");
	is_str(label_of(HL_DATE, "XXXX-06-06", lb, sizeof lb), "6 June", "a date without its year");
	is_str(label_of(HL_DATE, "2013-06", lb, sizeof lb), "June 2013", "a month");
	is_str(label_of(HL_DATE, "XXXX-WXX-1", lb, sizeof lb), "Monday", "a weekday");
	is_str(label_of(HL_DATE, "2013-13-40", lb, sizeof lb), "2013-13-40", "no date: the key as it is");
	is_str(label_of(HL_PERSON, "x", lb, 1), "", "a buffer of one byte holds the end");

	/* A big document: paragraphs found lazily, the same as a full scan. */
	const char *path = "test-wrap-big.txt";
	FILE *f = fopen(path, "w");
	ok(f != NULL, "write a big file");
	if (f) {
		fputs("Title: Big\n\n", f);
		for (long i = 0; i < 250000; i++)
			fprintf(f, "Paragraph %ld has a few words in it.\n\n", i);
		fclose(f);
		struct doc *d = doc_open(path, NULL);
		ok(d && d->map != NULL, "a big file is mapped");
		if (d) {
			ok(!d->complete, "its paragraphs are not all found at open");
			const struct art_para *p = doc_para(d, 10);
			ok(p && memcmp(d->data + p->start, "Paragraph 10 ", 13) == 0, "paragraph 10");
			p = doc_para(d, 500);
			is_int(p ? doc_para_at(d, p->start + 3) : 0, 500, "paragraph at an offset");
			doc_para_all(d);
			ok(d->split, "G splits the index of a big file");
			p = doc_para(d, d->npara - 1);
			ok(p && memcmp(d->data + p->start, "Paragraph 249999 ", 17) == 0, "the last paragraph, found backward");
			doc_free(&d);
		}
		check_split(path, "blank lines", 0);
		remove(path);
	}
	/* One paragraph a line (no blank line), CRLF, leading blanks, no
	 * final newline. */
	f = fopen(path, "w");
	if (f) {
		fputs("Title: Lines\n\n", f);
		for (long i = 0; i < 200000; i++)
			fprintf(f, "%sLine %ld has a few words.  \r\n", i % 7 ? "" : "  ", i);
		fputs("The end", f);
		fclose(f);
		check_split(path, "line paragraphs", 0);
		remove(path);
	}
	/* Long paragraphs at both ends, a dense middle: the room estimated
	 * from the ends is too small. */
	f = fopen(path, "w");
	if (f) {
		fputs("Title: Dense\n\n", f);
		for (int i = 0; i < 200; i++) {
			for (int k = 0; k < 40; k++)
				fputs("a long paragraph of words ", f);
			fputs("\n\n", f);
		}
		for (long i = 0; i < 1500000; i++)
			fputs("x\n\n", f);
		for (int i = 0; i < 200; i++) {
			for (int k = 0; k < 40; k++)
				fputs("another long paragraph ", f);
			fputs("\n\n\n", f);
		}
		fclose(f);
		check_split(path, "dense middle", 1);
		remove(path);
	}
	return done_testing();
}
