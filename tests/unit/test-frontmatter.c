/* test-frontmatter.c -- the YAML front matter of Markdown articles. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "frontmatter.h"
#include "tap.h"
#include "util.h"

static size_t parse(const char *s, struct front_matter *fm)
{
	return fm_parse(s, strlen(s), fm);
}

static int no_fields(const struct front_matter *fm)
{
	return !fm->title && !fm->source && !fm->author && !fm->date && !fm->site &&
	       !fm->lang && !fm->saved && !fm->tags && fm->ntags == 0;
}

static void test_fields(void)
{
	struct front_matter fm;
	const char *s =
		"---\n"
		"title: \"Tides of the Inner Sea\"\n"
		"source: https://example.org/tides\n"
		"url: https://example.org/other\n"
		"author: [Mara Quill, Tobin Ash]\n"
		"published: 2024-03-09T08:00:00Z\n"
		"date: 2020-01-01\n"
		"site: Harbour Notes\n"
		"lang: en\n"
		"saved: 2024-03-10\n"
		"tags:\n  - sea\n  - '#tides'\n  - sea\n"
		"extra: { nested: [1, 2, {deeper: x}] }\n"
		"---\n"
		"# Body\n";
	size_t end = parse(s, &fm);
	is_int(end, strstr(s, "# Body") - s, "end is after the closing fence");
	is_str(fm.title, "Tides of the Inner Sea", "title");
	is_str(fm.source, "https://example.org/tides", "source wins over url");
	is_str(fm.author, "Mara Quill, Tobin Ash", "author list joined");
	is_str(fm.date, "2024-03-09T08:00:00Z", "published wins over date");
	is_str(fm.site, "Harbour Notes", "site");
	is_str(fm.lang, "en", "lang");
	is_str(fm.saved, "2024-03-10", "saved");
	is_int(fm.ntags, 2, "two tags (a repeat dropped)");
	if (fm.ntags == 2) {
		is_str(fm.tags[0], "sea", "tag 1");
		is_str(fm.tags[1], "tides", "tag 2 without its #");
	}
	fm_free(&fm);

	s = "\xef\xbb\xbf---\r\nurl: http://a.example/x\r\ndate: 2021-05-06\r\n"
	    "authors:\r\n  - One\r\n  - Two\r\ntags: alpha, beta ,, gamma\r\n...\r\nText";
	end = parse(s, &fm);
	is_int(end, strlen(s) - 4, "BOM and CRLF: ends at the ... fence");
	is_str(fm.source, "http://a.example/x", "url when no source");
	is_str(fm.date, "2021-05-06", "date when no published");
	is_str(fm.author, "One, Two", "authors joined");
	is_int(fm.ntags, 3, "comma-separated tags");
	if (fm.ntags == 3)
		is_str(fm.tags[1], "beta", "tags trimmed");
	fm_free(&fm);

	s = "---\ntitle: ~\nauthor: null\nsite: ''\ntags: []\n---\n";
	end = parse(s, &fm);
	is_int(end, strlen(s), "a block at the end of the file");
	ok(no_fields(&fm), "null and empty values are absent");
	fm_free(&fm);

	s = "---\ntitle: Last line\n---";
	is_int(parse(s, &fm), strlen(s), "closing fence without a newline");
	is_str(fm.title, "Last line", "its title");
	fm_free(&fm);
}

static void test_none(void)
{
	struct front_matter fm;
	const char *cases[] = {
		"", "---", "---\n", "# Title\n---\ntitle: x\n---\n",
		"---\ntitle: never closed\n", " ---\ntitle: x\n---\n",
		"----\ntitle: x\n---\n", "--- x\ntitle: x\n---\n",
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char name[64];
		snprintf(name, sizeof name, "no front matter, case %zu", i);
		is_int(parse(cases[i], &fm), 0, name);
		ok(no_fields(&fm), "  and no fields");
		fm_free(&fm);
	}
}

/* A block that is there but not a readable mapping: hidden, no fields. */
static void unreadable(const char *s, const char *name)
{
	struct front_matter fm;
	const char *end = strstr(s + 3, "\n---\n");
	size_t want = end ? (size_t)(end - s) + 5 : 0;
	clock_t t0 = clock();
	size_t got = fm_parse(s, strlen(s), &fm);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	is_int(got, want, name);
	ok(no_fields(&fm), "  no fields");
	ok(secs < 2.0, "  and quickly");
	fm_free(&fm);
}

static void test_hostile(void)
{
	unreadable("---\n- a\n- b\n---\nx", "a sequence is not front matter");
	unreadable("---\njust a string\n---\nx", "a scalar is not front matter");
	unreadable("---\ntitle: [unclosed\n---\nx", "a YAML error");
	unreadable("---\ntitle: \"bad \xff utf8\"\n---\nx", "invalid UTF-8");
	unreadable("---\ntitle: x\n\t- tab\n---\nx", "bad indentation");
	unreadable("---\ntitle: T\na: &x [1, 2]\nb: *x\n---\nx", "an alias is refused");
	unreadable("---\ntitle: T\n? [complex, key]\n: value\nb: *t\n---\nx", "complex key then alias");

	/* The billion laughs: refused at its first alias. */
	struct sb b = SB_INIT;
	sb_adds(&b, "---\ntitle: T\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
	for (int i = 1; i < 10; i++)
		sb_addf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n",
			i, i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
	sb_adds(&b, "b: *a9\n---\nx");
	unreadable(b.s, "billion laughs");

	/* Deep nesting, flow and block. */
	sb_reset(&b);
	sb_adds(&b, "---\ntitle: T\nx: ");
	for (int i = 0; i < 5000; i++)
		sb_addc(&b, '[');
	for (int i = 0; i < 5000; i++)
		sb_addc(&b, ']');
	sb_adds(&b, "\n---\nx");
	unreadable(b.s, "flow nesting 5000 deep");
	sb_reset(&b);
	sb_adds(&b, "---\ntitle: T\n");
	for (int i = 0; i < 200; i++)
		sb_addf(&b, "%*sk%d:\n", i, "", i);
	sb_adds(&b, "---\nx");
	unreadable(b.s, "block nesting 200 deep");

	/* Nesting under the cap is skipped and the rest read. */
	struct front_matter fm;
	const char *s = "---\nx: {a: {b: {c: [1]}}}\ntitle: Kept\n---\n";
	fm_parse(s, strlen(s), &fm);
	is_str(fm.title, "Kept", "shallow nesting is skipped, the title read");
	fm_free(&fm);

	/* A block larger than the cap is not front matter. */
	sb_reset(&b);
	sb_adds(&b, "---\ntitle: big\n");
	while (b.len < 300 * 1024)
		sb_adds(&b, "pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n");
	sb_adds(&b, "---\nx");
	is_int(fm_parse(b.s, b.len, &fm), 0, "a huge block is not front matter");
	ok(no_fields(&fm), "  no fields");
	fm_free(&fm);

	/* Many keys under the cap: read, tags capped. */
	sb_reset(&b);
	sb_adds(&b, "---\ntags:\n");
	for (int i = 0; i < 1000; i++)
		sb_addf(&b, "  - t%d\n", i);
	sb_adds(&b, "---\n");
	is_int(fm_parse(b.s, b.len, &fm), b.len, "a thousand tags");
	ok(fm.ntags > 0 && fm.ntags <= 256, "  kept up to the cap");
	fm_free(&fm);

	/* NUL bytes inside the block. */
	static const char nul[] = "---\ntitle: a\0b\n---\nx";
	is_int(fm_parse(nul, sizeof nul - 1, &fm), sizeof nul - 2, "NUL in the block: still ends at the fence");
	ok(no_fields(&fm), "  and is unreadable");
	fm_free(&fm);
	sb_release(&b);
}

int main(void)
{
	test_fields();
	test_none();
	test_hostile();
	return done_testing();
}
