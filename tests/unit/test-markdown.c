/* test-markdown.c -- the Markdown model: which file bytes a reader sees.
 *
 * Each case gives the file and what its text must be, byte for byte, with
 * '~' for a hidden byte (markup, blanked to a space) and every other byte
 * visible as written. So the visible bytes are exactly what a reader
 * sees, and the hidden bits exactly the markup. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "frontmatter.h"
#include "markdown.h"
#include "tap.h"
#include "util.h"

static void show_line(const char *label, const char *s, size_t n)
{
	printf("#   %s |", label);
	for (size_t i = 0; i < n; i++)
		putchar(s[i] == '\n' ? '$' : s[i] == '\r' ? '%' : s[i] == '\0' ? '0' : s[i]);
	printf("|\n");
}

static int check_doc(const struct md_doc *d, const char *src, size_t n, const char *want, const char *name)
{
	int good = strlen(want) == n && d->len == n;
	for (size_t i = 0; good && i < n; i++) {
		int hidden = want[i] == '~';
		if (md_hidden(d, i) != hidden || d->text[i] != (hidden ? ' ' : want[i]))
			good = 0;
	}
	good = good && d->text[n] == '\0';
	if (!ok(good, name)) {
		show_line("file", src, n);
		char *got = xmalloc(n + 1);
		for (size_t i = 0; i < n; i++)
			got[i] = md_hidden(d, i) ? (d->text[i] == ' ' ? '~' : '!') : d->text[i];
		show_line("got ", got, n);
		show_line("want", want, strlen(want));
		free(got);
	}
	return good;
}

/* Parses src (front matter first) and checks it against want. */
static void parse(const char *src, size_t n, struct md_doc *d)
{
	struct front_matter fm;
	size_t body = fm_parse(src, n, &fm);
	fm_free(&fm);
	if (md_doc_parse(src, n, body, d) != 0)
		ok(0, "md_doc_parse failed");
}

static void check(const char *src, const char *want, const char *name)
{
	struct md_doc d;
	parse(src, strlen(src), &d);
	check_doc(&d, src, strlen(src), want, name);
	md_doc_free(&d);
}

/* The visible bytes of [a, b), as a reader sees them: hidden bytes left
 * out, and line ends as they are. */
static char *visible(const struct md_doc *d, size_t a, size_t b)
{
	struct sb s = SB_INIT;
	for (size_t i = a; i < b; i++)
		if (!md_hidden(d, i))
			sb_addc(&s, d->text[i]);
	return sb_detach(&s);
}

static void is_visible(const struct md_doc *d, size_t a, size_t b, const char *want, const char *name)
{
	char *v = visible(d, a, b);
	is_str(v, want, name);
	free(v);
}

static void test_mapping(void)
{
	check("# Title\n", "~~Title\n", "ATX heading");
	check("## Two ##\n", "~~~Two~~~\n", "ATX heading with a closing sequence");
	check("Setext\n===\n", "Setext\n~~~\n", "setext heading");
	check("**bold** and *em* and `code`\n", "~~bold~~ and ~em~ and ~code~\n", "strong, emphasis, code span");
	check("__b__ _e_ ~~gone~~\n", "~~b~~ ~e~ ~~gone~~\n", "underscores and strikethrough");
	check("[a link](http://x.org \"t\") end\n", "~a link~~~~~~~~~~~~~~~~~~~ end\n", "inline link: address hidden");
	check("![alt text](i.png)\n", "~~alt text~~~~~~~~\n", "image: its alt text");
	check("see <http://a.org> and http://b.org/x\n", "see ~http://a.org~ and http://b.org/x\n", "autolinks");
	check("[ref]\n\n[ref]: http://r.org\n", "~ref~\n\n~~~~~~~~~~~~~~~~~~~\n", "reference link and its definition");
	check("a &amp; b &eacute; &#233; &#x41; &bogus;\n",
	      "a &~~~~ b \xc3\xa9~~~~~~ \xc3\xa9~~~~ A~~~~~ &bogus;\n", "entities decoded in place");
	check("&#0; &#150; &#x110000;\n", "\xef\xbf\xbd~ \xe2\x80\x93~~~ \xef\xbf\xbd~~~~~~~\n",
	      "NUL, windows-1252 and out-of-range references");
	check("\\*not em\\*\n", "~*not em~*\n", "backslash escapes");
	check("one  \ntwo\\\nthree\n", "one~~\ntwo~\nthree\n", "hard line breaks");
	check("para\n  indented\n", "para\n~~indented\n", "continuation indentation");
	check("- one\n- two\n  - nested\n", "~~one\n~~two\n~~~~nested\n", "bullet list");
	check("3. three\n4) four\n", "~~~three\n~~~four\n", "ordered lists");
	check("> quote\n> > deep\n", "~~quote\n~~~~deep\n", "block quotes");
	check("para\n\n***\n", "para\n\n~~~\n", "thematic break");
	check("```c\nx = 1;\n  y\n```\n", "~~~~\nx = 1;\n  y\n~~~\n", "fenced code");
	check("    code\n", "~~~~code\n", "indented code");
	check("| a | b |\n|:--|--:|\n| 1 | 2 |\n", "~~a~~~b~~\n~~~~~~~~~\n~~1~~~2~~\n", "table");
	check("<div class=\"x\">\n  <p>Hi &amp; bye</p>\n</div>\n",
	      "~~~~~~~~~~~~~~~\n~~~~~Hi &~~~~ bye~~~~\n~~~~~~\n", "HTML block: tags hidden, entities decoded");
	check("<!-- c -->\n<script>\nx<y\n</script>\n<p>T</p>\n",
	      "~~~~~~~~~~\n~~~~~~~~\n~~~\n~~~~~~~~~\n~~~T~~~~\n", "HTML block: comments and scripts hidden");
	check("a <b>bold</b> <span title=\"x\">c</span>\n", "a ~~~bold~~~~ ~~~~~~~~~~~~~~~~c~~~~~~~\n",
	      "inline HTML tags hidden, their text kept");
	check("---\ntitle: x\n---\nBody\n", "~~~~~~~~~~~~~~~~~Body\n", "front matter hidden");
	check("# T\r\n\r\nPara\r\n", "~~T\r\n\r\nPara\r\n", "CRLF line ends kept");
	check("", "", "empty file");
	static const char nul[] = "a\0b\n";
	struct md_doc d;
	parse(nul, 4, &d);
	check_doc(&d, nul, 4, "a~b\n", "a NUL byte is hidden");
	md_doc_free(&d);
}

static void test_blocks(void)
{
	struct md_doc d;
	const char *s =
		"# Head *one*\n"                          /* 0 */
		"\n"
		"Some **bold [link](http://x.org)** &amp; more.\n"
		"\n"
		"- first\n"
		"- second\n"
		"  1. inner\n"
		"  2. inner two\n"
		"\n"
		"> quoted\n"
		"\n"
		"---\n"
		"\n"
		"```\n"
		"code\n"
		"```\n"
		"\n"
		"| h1 | h2 |\n"
		"|----|:--:|\n"
		"| c1 |    |\n"
		"\n"
		"<p>html</p>\n";
	parse(s, strlen(s), &d);
	is_int(d.nblock, 12, "twelve blocks");
	if (d.nblock != 12) {
		md_doc_free(&d);
		return;
	}
	struct md_block *b = d.block;
	is_int(b[0].kind, MD_HEADING, "heading");
	is_int(b[0].level, 1, "  level 1");
	is_visible(&d, b[0].start, b[0].end, "Head one", "  its visible text");
	is_int(b[1].kind, MD_PARA, "paragraph");
	is_visible(&d, b[1].start, b[1].end, "Some bold link & more.", "  its visible text");
	is_int(b[2].list_depth, 1, "list item depth 1");
	ok(b[2].item_first && b[2].ordinal == 0, "  first block of a bullet item");
	is_visible(&d, b[2].start, b[2].end, "first", "  its text");
	is_visible(&d, b[3].start, b[3].end, "second", "second item");
	is_int(b[4].list_depth, 2, "nested ordered item: depth 2");
	is_int(b[4].ordinal, 1, "  number 1");
	is_int(b[5].ordinal, 2, "  then 2");
	is_visible(&d, b[5].start, b[5].end, "inner two", "  its text");
	is_int(b[6].quote_depth, 1, "quote depth 1");
	is_int(b[6].list_depth, 0, "  outside the list");
	is_int(b[7].kind, MD_RULE, "rule");
	is_int(b[7].start, strstr(s, "---\n\n```") - s, "  starts at its line");
	is_int(b[7].end - b[7].start, 3, "  and covers its marks");
	is_int(b[8].kind, MD_CODE, "code block");
	is_visible(&d, b[8].start, b[8].end, "code", "  its text");
	is_int(b[9].kind, MD_TABLE_ROW, "table row");
	ok(b[9].head_row && b[9].table == 1 && b[9].ncell == 2, "  header row of table 1 with 2 cells");
	is_int(b[10].kind, MD_TABLE_ROW, "second row");
	ok(!b[10].head_row && b[10].table == 1 && b[10].cell0 == 2 && b[10].ncell == 2, "  its cells");
	is_visible(&d, d.cell[1].start, d.cell[1].end, "h2", "cell h2");
	is_int(d.cell[1].align, MD_ALIGN_CENTER, "  centred");
	is_int(b[11].kind, MD_HTML, "HTML block");
	is_visible(&d, b[11].start, b[11].end, "html", "  its text");
	is_int(d.cell[3].start, d.cell[3].end, "empty cell is empty");
	ok(d.cell[3].start >= d.cell[2].end, "  and after the cell before it");
	md_doc_free(&d);

	/* Blocks, styles and links in file order. */
	parse(s, strlen(s), &d);
	is_int(d.nlink, 1, "one link");
	is_visible(&d, d.link[0].start, d.link[0].end, "link", "  its text");
	is_str(d.link[0].url, "http://x.org", "  its address");
	int sorted = 1;
	for (size_t i = 1; i < d.nstyle; i++)
		sorted &= d.style[i].start >= d.style[i - 1].end;
	ok(sorted, "styles sorted, not overlapping");
	size_t bold = strstr(s, "bold") - s, link = strstr(s, "link") - s;
	int have_bold = 0, have_link = 0, have_em = 0;
	for (size_t i = 0; i < d.nstyle; i++) {
		struct md_style *st = &d.style[i];
		if (st->start == bold && st->attr == MD_STRONG)
			have_bold = 1;
		if (st->start == link && st->end == link + 4 && st->attr == (MD_STRONG | MD_LINK) && st->link == 0)
			have_link = 1;
		if (st->attr == MD_EM && !memcmp(d.text + st->start, "one", 3))
			have_em = 1;
	}
	ok(have_bold, "strong run");
	ok(have_link, "link inside strong: both");
	ok(have_em, "emphasis in the heading");
	md_doc_free(&d);
}

static void test_items(void)
{
	struct md_doc d;
	const char *s = "- \n- - deep\n- a\n\n  b\n";
	parse(s, strlen(s), &d);
	is_int(d.nblock, 5, "empty item, nested item, loose item");
	if (d.nblock == 5) {
		ok(d.block[0].item_first && d.block[0].start == d.block[0].end, "empty item: an empty block with a marker");
		ok(d.block[1].item_first && d.block[1].list_depth == 1, "outer item of a nested list: a marker");
		ok(d.block[2].item_first && d.block[2].list_depth == 2, "inner item");
		is_visible(&d, d.block[2].start, d.block[2].end, "deep", "  its text");
		ok(d.block[3].item_first && !d.block[4].item_first, "a loose item's second paragraph has no marker");
	}
	md_doc_free(&d);

	s = "Image ![a *b*](p.png \"t\") and [![i](q.png)](http://l.org)\n";
	parse(s, strlen(s), &d);
	is_int(d.nlink, 3, "image, and an image in a link");
	if (d.nlink == 3) {
		ok(d.link[0].image, "an image");
		is_visible(&d, d.link[0].start, d.link[0].end, "a b", "  its alt");
		is_str(d.link[0].url, "p.png", "  its address");
		ok(!d.link[1].image && d.link[2].image, "link around an image");
		is_str(d.link[1].url, "http://l.org", "  the link's address");
	}
	md_doc_free(&d);

	s = "[x](http://a.org/?q=1&amp;r=2)\n";
	parse(s, strlen(s), &d);
	if (d.nlink == 1)
		is_str(d.link[0].url, "http://a.org/?q=1&r=2", "entities decoded in addresses");
	else
		ok(0, "one link");
	md_doc_free(&d);

	ok(md_is_markdown_path("a/b.md") && md_is_markdown_path("X.MARKDOWN"), "Markdown paths");
	ok(!md_is_markdown_path("a.md/b.txt") && !md_is_markdown_path("md") && !md_is_markdown_path("a."),
	   "not Markdown paths");
}

/* md4c read two bytes past the end of this input (found by fuzz-markdown).
 * Parsed from the end of a page whose next page may not be read, any read
 * past it faults. */
static void test_overread(void)
{
	size_t n;
	char *file = read_file(SRCDIR "/tests/fuzz/markdown-seeds/md4c-overread", &n);
	if (!ok(file != NULL, "the fuzzer's input is there"))
		return;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!ok(map != MAP_FAILED && n <= page && mprotect(map + page, page, PROT_NONE) == 0, "a guard page")) {
		free(file);
		return;
	}
	char *exact = map + page - n;
	memcpy(exact, file, n);
	struct md_doc d;
	is_int(md_doc_parse(exact, n, 0, &d), 0, "md4c's read past the end stays inside our copy");
	md_doc_free(&d);
	munmap(map, 2 * page);
	free(file);
}

int main(void)
{
	test_overread();
	test_mapping();
	test_blocks();
	test_items();
	return done_testing();
}
