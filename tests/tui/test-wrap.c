/* test-wrap.c -- src/tui/wrap.c, doc.c and keymap.c, linked without
 * curses: wrapping by display width, grapheme clusters, UAX #14, lazy
 * paragraphs, key names. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "keymap.h"
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

	/* Keys. */
	struct keymap_codes c = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100, 13 };
	keymap_init(&c);
	is_int(keymap_lookup('j'), ACT_MOVE_DOWN, "j moves down");
	is_int(keymap_lookup(']'), ACT_NEXT_ENTITY, "] is next-entity");
	is_int(keymap_parse("Space"), ' ', "Space");
	is_int(keymap_parse("<Tab>"), '\t', "<Tab>");
	is_int(keymap_parse("C-x"), 24, "C-x");
	is_int(keymap_parse("^L"), 12, "^L");
	is_int(keymap_parse("PgDn"), KEYMAP_CODE | 6, "PgDn");
	is_int(keymap_parse("nonsense"), -1, "an unknown name");
	is_int(keymap_action("search"), ACT_SEARCH, "actions by name");
	is_int(keymap_action("no-such"), ACT_NONE, "an unknown action");
	keymap_bind('x', ACT_QUIT);
	is_int(keymap_lookup('x'), ACT_QUIT, "bind");
	keymap_bind('x', ACT_NONE);
	is_int(keymap_lookup('x'), ACT_NONE, "unbind");
	char buf[32];
	is_str(keymap_name(' ', buf, sizeof buf), "Space", "key names");
	for (int a = 0; a < ACT_N; a++)
		if (!action_info[a].name || !action_info[a].help)
			ok(0, "every action has a name and a help line");

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
			doc_para_all(d);
			is_int(d->npara, 250000, "all paragraphs");
			is_int(doc_para_at(d, d->para[500].start + 3), 500, "paragraph at an offset");
			doc_free(&d);
		}
		remove(path);
	}
	return done_testing();
}
