/* test-mdwrap.c -- src/tui/wrap.c on Markdown blocks, without curses:
 * hidden bytes take no room, blanks collapse, prefixes of lists and
 * quotes, link numbers and images, code lines, table columns. The model
 * is filled by hand here (a file, its text and a mask of hidden bytes),
 * so the layout is tested apart from the parser. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "tap.h"
#include "util.h"
#include "wrap.h"

/* A model of file: text is the file with markup blanked, mask has 'h'
 * for every hidden byte; one block of kind over the whole file unless
 * blocks are added. */
struct fake {
	struct md_doc md;
	const char *file;
	size_t blockcap, linkcap, cellcap;
};

static void fake_init(struct fake *f, const char *file, const char *text, const char *mask)
{
	memset(f, 0, sizeof *f);
	size_t n = strlen(file);
	if (strlen(text) != n || strlen(mask) != n) {
		printf("Bail out! fixture lengths differ: %s\n", file);
		exit(1);
	}
	f->file = file;
	f->md.len = n;
	f->md.text = xstrdup(text);
	f->md.hidden = xcalloc((n + 7) / 8 + 1, 1);
	for (size_t i = 0; i < n; i++)
		if (mask[i] == 'h')
			f->md.hidden[i >> 3] |= (unsigned char)(1u << (i & 7));
}

static struct md_block *fake_block(struct fake *f, size_t start, size_t end, enum md_block_kind kind)
{
	XGROW(f->md.block, f->blockcap, f->md.nblock + 1);
	struct md_block *b = &f->md.block[f->md.nblock++];
	memset(b, 0, sizeof *b);
	b->start = start;
	b->end = end;
	b->kind = kind;
	return b;
}

/* A model of one block over the whole file. */
static struct md_block *fake_one(struct fake *f, const char *file, const char *text, const char *mask, enum md_block_kind kind)
{
	fake_init(f, file, text, mask);
	return fake_block(f, 0, f->md.len, kind);
}

static void fake_link(struct fake *f, size_t start, size_t end, int image)
{
	XGROW(f->md.link, f->linkcap, f->md.nlink + 1);
	struct md_link *l = &f->md.link[f->md.nlink++];
	l->start = start;
	l->end = end;
	l->url = NULL;
	l->image = image;
}

/* Offset of the n-th (from 0) occurrence of s in the file. */
static size_t at(const struct fake *f, const char *s, int n)
{
	const char *p = f->file;
	for (;;) {
		p = strstr(p, s);
		if (!p || n-- == 0)
			break;
		p++;
	}
	if (!p) {
		printf("Bail out! '%s' not in the fixture\n", s);
		exit(1);
	}
	return (size_t)(p - f->file);
}

static void fake_cell(struct fake *f, size_t start, size_t end, enum md_align al)
{
	XGROW(f->md.cell, f->cellcap, f->md.ncell + 1);
	f->md.cell[f->md.ncell].start = start;
	f->md.cell[f->md.ncell].end = end;
	f->md.cell[f->md.ncell].align = al;
	f->md.ncell++;
}

static void fake_free(struct fake *f)
{
	free(f->md.text);
	free(f->md.hidden);
	free(f->md.block);
	free(f->md.link);
	free(f->md.cell);
}

/* What the lines of block b show at width, joined with '|'; a rule line
 * is "---"; a table line's cells are joined with '!' after their pad. */
static char *shown(const struct fake *f, const long *linkno, size_t b, int width, const int *colw, size_t ncol,
		   struct wrap_lines *keep)
{
	struct wrap_md m = { &f->md, linkno };
	struct wrap_lines l = { 0 };
	struct wrap_vis v = { 0 };
	wrap_md_block(&m, b, width, colw, ncol, &l);
	wrap_vis_block(&m, b, &v);
	struct sb s = SB_INIT;
	for (size_t i = 0; i < l.n; i++) {
		if (i)
			sb_addc(&s, '|');
		if (l.v[i].rule) {
			sb_adds(&s, "---");
			continue;
		}
		for (size_t k = 0; k < l.v[i].nseg; k++) {
			const struct wrap_seg *g = &l.seg[l.v[i].seg + k];
			if (k)
				sb_addc(&s, '!');
			for (int p = 0; p < g->pad; p++)
				sb_addc(&s, ' ');
			sb_add(&s, v.s + g->vstart, g->vend - g->vstart);
		}
	}
	wrap_vis_clear(&v);
	if (keep)
		*keep = l;
	else
		wrap_lines_clear(&l);
	return sb_detach(&s);
}

static void check(const struct fake *f, size_t b, int width, const char *want, const char *name)
{
	char *got = shown(f, NULL, b, width, NULL, 0, NULL);
	is_str(got, want, name);
	free(got);
}

static void prose(void)
{
	struct fake f;
	fake_one(&f, "the **big** dog\nran  far",
		      "the   big   dog\nran  far",
		      "....hh...hh.............", MD_PARA);
	check(&f, 0, 40, "the big dog ran far", "hidden bytes take no room; a line end and two blanks are one space");
	struct wrap_lines l;
	char *s = shown(&f, NULL, 0, 8, NULL, 0, &l);
	is_str(s, "the big|dog ran|far", "wrapped by visible width: \"the big\" fits in 8 with the stars hidden");
	free(s);
	is_int((long long)l.n, 3, "three lines");
	is_int((long long)l.v[0].start, 0, "the first line starts at the file's first byte");
	is_int((long long)l.v[0].end, (long long)at(&f, "big", 0) + 3, "it ends after \"big\", before the closing stars");
	is_int((long long)l.v[1].start, (long long)at(&f, "dog", 0), "the second starts at \"dog\" in the file");
	is_int((long long)l.v[1].end, (long long)at(&f, "ran", 0) + 3, "and ends after \"ran\"");
	is_int(l.v[0].width, 7, "the width of \"the big\" is 7");
	wrap_lines_clear(&l);
	fake_free(&f);

	fake_init(&f, "# AT&amp;T  news", "  AT&    T  news", "hh...hhhh.......");
	fake_block(&f, 0, f.md.len, MD_HEADING)->level = 1;
	check(&f, 0, 40, "AT&T news", "a decoded entity: its blanked rest is hidden");
	struct wrap_md m = { &f.md, NULL };
	struct wrap_vis v = { 0 };
	wrap_vis_block(&m, 0, &v);
	ok(v.n == 9 && v.pos[0] == 2 && v.pos[3] == 9 && v.kind[3] == WRAP_TEXT, "each visible byte knows its file offset");
	wrap_vis_clear(&v);
	fake_free(&f);
}

static void links(void)
{
	struct fake f;
	fake_one(&f, "see [the site](http://x.y/) and ![a cat](c.png) now",
		      "see  the site               and   a cat         now",
		      "....h........hhhhhhhhhhhhhh.....hh.....hhhhhhhh....", MD_PARA);
	fake_link(&f, at(&f, "the", 0), at(&f, "](", 0), 0);
	fake_link(&f, at(&f, "a cat", 0), at(&f, "](", 1), 1);
	check(&f, 0, 80, "see the site[1] and [image: a cat][2] now", "a link's number after it; an image as [image: alt]");
	long no[] = { 3, -1 };
	char *s = shown(&f, no, 0, 80, NULL, 0, NULL);
	is_str(s, "see the site[3] and [image: a cat] now", "the numbers the reader gives (none: -1)");
	free(s);
	check(&f, 0, 12, "see the|site[1] and|[image: a|cat][2] now", "a number stays with its link's last word");
	struct wrap_md m = { &f.md, NULL };
	struct wrap_vis v = { 0 };
	wrap_vis_block(&m, 0, &v);
	size_t k = (size_t)(strstr(v.s, "[1]") - v.s);
	ok(v.kind[k] == WRAP_LINKNO && v.pos[k] == at(&f, "](", 0), "the number is no text of the file, placed at the link's end");
	wrap_vis_clear(&v);
	fake_free(&f);

	fake_one(&f, "![](x.png)", "          ", "hhhhhhhhhh", MD_PARA);
	fake_link(&f, 2, 2, 1);
	check(&f, 0, 80, "[image][1]", "an image without alt text");
	check(&f, 0, 7, "[image]|[1]", "a number wider than what is left breaks only when it must");
	fake_free(&f);

	fake_one(&f, "![x](i.png) y", "  x         y", "hh.hhhhhhhh..", MD_PARA);
	fake_link(&f, 2, 3, 1);
	check(&f, 0, 10, "[image:|x][1] y", "a link's number never starts a line of its own");
	fake_free(&f);
}

static void code(void)
{
	struct fake f;
	fake_init(&f, "```\nint  x;\n\n\tab cd efgh\n```\n",
		      "   \nint  x;\n\n\tab cd efgh\n   \n",
		      "hhhh.....................hhhh");
	fake_block(&f, 0, f.md.len, MD_CODE);
	check(&f, 0, 40, "int  x;||\tab cd efgh", "code keeps its lines, blanks and tabs");
	struct wrap_lines l;
	char *s = shown(&f, NULL, 0, 14, NULL, 0, &l);
	is_str(s, "int  x;||\tab cd|efgh", "a long code line breaks after a blank, never inside a word");
	is_int((long long)l.v[1].start, (long long)at(&f, "\n\n", 0) + 1, "an empty code line is at its line end");
	wrap_lines_clear(&l);
	free(s);
	check(&f, 0, 3, "int|x;||\t|ab|cd|efg|h", "a word (or a tab) wider than the line is cut only then");
	fake_free(&f);
}

static void prefix(void)
{
	struct md_block b;
	memset(&b, 0, sizeof b);
	char buf[128];
	size_t q, ma, ml;
	b.list_depth = 1;
	b.item_first = 1;
	int w = wrap_md_prefix(&b, 1, 0, buf, sizeof buf, &q, &ma, &ml);
	is_str(buf, " \xe2\x80\xa2 ", "a bullet");
	ok(w == 3 && ma == 1 && ml == 3, "three columns, the marker in the middle");
	wrap_md_prefix(&b, 0, 0, buf, sizeof buf, &q, &ma, &ml);
	ok(strcmp(buf, "   ") == 0 && ml == 0, "the item's next lines: blanks as wide");
	b.ordinal = 12;
	w = wrap_md_prefix(&b, 1, 0, buf, sizeof buf, &q, &ma, &ml);
	ok(strcmp(buf, "12. ") == 0 && w == 4, "a number wider than the field widens it");
	b.ordinal = 2;
	b.list_depth = 2;
	b.quote_depth = 1;
	w = wrap_md_prefix(&b, 1, 0, buf, sizeof buf, &q, &ma, &ml);
	is_str(buf, "\xe2\x94\x82    2. ", "a quote's bar, a level of indent, the number");
	ok(w == 8 && q == 4, "eight columns, the bar's bytes first");
	wrap_md_prefix(&b, 1, 1, buf, sizeof buf, &q, &ma, &ml);
	is_str(buf, "|    2. ", "ASCII when the terminal is not UTF-8");
	b.item_first = 0;
	b.list_depth = 1;
	b.quote_depth = 0;
	wrap_md_prefix(&b, 1, 0, buf, sizeof buf, &q, &ma, &ml);
	is_str(buf, "   ", "a later block of an item: indent only");
	b.quote_depth = 200;
	b.list_depth = 200;
	ok(wrap_md_prefix(&b, 1, 0, buf, sizeof buf, &q, &ma, &ml) <= 40, "deep nesting is drawn at a bounded depth");

	struct fake f;
	fake_init(&f, "---", "   ", "hhh");
	fake_block(&f, 0, 3, MD_RULE);
	check(&f, 0, 20, "---", "a rule is one rule line");
	fake_free(&f);
}

static void table(void)
{
	struct fake f;
	const char *file =
		"| Name | Score |\n"
		"|---|--:|\n"
		"| Alice Liddell | 7 |\n"
		"| Bob | 12 |\n";
	fake_init(&f, file,
		  "  Name   Score  \n"
		  "         \n"
		  "  Alice Liddell   7  \n"
		  "  Bob   12  \n",
		  "hh....hhh.....hhh"
		  "hhhhhhhhhh"
		  "hh.............hhh.hhh"
		  "hh...hhh..hhh");
	const char *rows[] = { "Name", "Alice", "Bob" };
	const char *starts[] = { "| Name", "| Alice", "| Bob" };
	const char *second[] = { "Score", "7", "12" };
	size_t lens[] = { 4, 13, 3 }, lens2[] = { 5, 1, 2 };
	for (int r = 0; r < 3; r++) {
		size_t s = at(&f, rows[r], 0), e = at(&f, "\n", r == 0 ? 0 : r + 1);
		struct md_block *b = fake_block(&f, at(&f, starts[r], 0), e, MD_TABLE_ROW);
		b->table = 1;
		b->head_row = r == 0;
		b->cell0 = f.md.ncell;
		b->ncell = 2;
		fake_cell(&f, s, s + lens[r], MD_ALIGN_DEFAULT);
		size_t s2 = at(&f, second[r], 0);
		fake_cell(&f, s2, s2 + lens2[r], MD_ALIGN_RIGHT);
	}
	struct wrap_md m = { &f.md, NULL };
	int *colw;
	size_t ncol = wrap_table_widths(&m, 1, 80, &colw);
	ok(ncol == 2 && colw[0] == 13 && colw[1] == 5, "columns as wide as their widest cell");
	char *s = shown(&f, NULL, 0, 80, colw, ncol, NULL);
	is_str(s, "Name!Score|---", "the header row, then the rule under it");
	free(s);
	s = shown(&f, NULL, 2, 80, colw, ncol, NULL);
	is_str(s, "Bob!   12", "a right-aligned cell is padded on the left");
	free(s);
	free(colw);
	ncol = wrap_table_widths(&m, 2, 15, &colw);
	ok(ncol == 2 && colw[0] == 7 && colw[1] == 5, "too wide: the wide column gives way, the narrow keeps its width");
	struct wrap_lines l;
	s = shown(&f, NULL, 1, 15, colw, ncol, &l);
	is_str(s, "Alice!    7|Liddell!", "a cell is wrapped within its column");
	ok(l.n == 2 && l.seg[l.v[1].seg + 1].x == colw[0] + 3, "every line has a segment per column, at the column's place");
	is_int((long long)(f.md.block[1].start + l.v[1].start), (long long)at(&f, "Liddell", 0), "the second line starts at its first cell's text");
	wrap_lines_clear(&l);
	free(s);
	free(colw);
	fake_free(&f);
}

/* A Markdown file past DOC_BIG_BYTES is read whole, with its model; a
 * text file as big is mapped. */
static void big(void)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char md[4096], txt[4096];
	snprintf(md, sizeof md, "%s/mdwrap-%ld.md", dir, (long)getpid());
	snprintf(txt, sizeof txt, "%s/mdwrap-%ld.txt", dir, (long)getpid());
	for (int k = 0; k < 2; k++) {
		FILE *f = fopen(k ? txt : md, "w");
		if (!f) {
			printf("Bail out! cannot write %s\n", k ? txt : md);
			exit(1);
		}
		fputs("# A big one\n\n", f);
		for (size_t n = 0; n < DOC_BIG_BYTES / 30 + 10; n++)
			fputs("Some **bold** words in paragraph.\n\n", f);
		fclose(f);
	}
	struct doc *d = doc_open(md, NULL);
	ok(d && !d->map && d->md && d->complete, "a big Markdown file is read whole, with its model");
	ok(d && d->md && d->npara > 1 && d->data != d->art->data && memcmp(d->data + d->para[1].start, "Some   bold   words", 19) == 0,
	   "its data is the rendered text at the file's offsets");
	doc_free(&d);
	d = doc_open(txt, NULL);
	ok(d && d->map && !d->md, "a text file as big is mapped");
	doc_free(&d);
	unlink(md);
	unlink(txt);
}

int main(void)
{
	big();
	prose();
	links();
	code();
	prefix();
	table();
	return done_testing();
}
