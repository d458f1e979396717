/* test-article-md.c -- a Markdown file as an article (article.c with
 * frontmatter.c and markdown.c). */
#include "system.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "markdown.h"
#include "tap.h"
#include "util.h"

static struct article *md(const char *name, const char *s)
{
	size_t n = strlen(s);
	char *copy = xmalloc(n + 1);
	memcpy(copy, s, n + 1);
	return art_from_buffer(name, copy, n);
}

static void test_front_matter(void)
{
	const char *s =
		"\xef\xbb\xbf---\n"
		"title: Salt Roads\n"
		"url: https://example.org/salt\n"
		"authors: [Ada Fenn, Olek Brun]\n"
		"date: 2023-11-04T10:00:00+01:00\n"
		"tags: trade, salt\n"
		"---\n"
		"# Salt Roads\n"
		"\n"
		"The **first** caravans left in spring.\n";
	struct article *a = md("notes/salt.md", s);
	ok(a && a->md, "a .md file has the Markdown model");
	if (!a)
		return;
	ok(a->text == a->md->text, "text is the model's text");
	is_str(a->title, "Salt Roads", "title from the front matter");
	is_int(a->title_from, ART_TITLE_HEADER, "  as a header title");
	is_str(a->meta[ART_SOURCE], "https://example.org/salt", "source from url");
	is_str(a->meta[ART_AUTHOR], "Ada Fenn, Olek Brun", "authors");
	is_str(a->meta[ART_DATE], "2023-11-04T10:00:00+01:00", "date as written");
	is_str(art_date(a), "2023-11-04", "ISO date");
	is_int(a->ntags, 2, "two tags");
	if (a->ntags == 2)
		ok(!strcmp(a->tags[0], "trade") && !strcmp(a->tags[1], "salt"), "  trade, salt");
	is_int(a->body, strstr(s, "# Salt") - s, "body after the front matter");
	is_int(a->npara, a->md->nblock, "one paragraph per block");
	int same = 1;
	for (size_t i = 0; i < a->npara; i++)
		same &= a->para[i].start == a->md->block[i].start && a->para[i].end == a->md->block[i].end;
	ok(same, "  with the block's range");
	is_int(a->title_para, 0, "the heading repeating the title is the title line");
	art_free(&a);
}

static void test_titles(void)
{
	struct article *a = md("x.md", "Intro words here.\n\n# Later Heading\n\nMore text follows.\n");
	is_str(a->title, "Intro words here.", "a heading after text is not the title");
	is_int(a->title_para, 0, "  the short first line is");
	art_free(&a);

	a = md("x.md", "## Kicker\n\n# The *Real* Title\n\nBody text.\n");
	is_str(a->title, "The Real Title", "first level-1 heading, its visible words");
	is_int(a->title_para, 1, "  its block is the title line");
	art_free(&a);

	a = md("x.md", "**Today in History**\n\nOn this day a bridge opened.\n");
	is_str(a->title, "Today in History", "a short first paragraph, without its markup");
	is_int(a->title_para, 0, "  as the title line");
	art_free(&a);

	a = md("x.md", "Title: Plain Header\nDate: 2022-02-02\n\nSome *text*.\n");
	is_str(a->title, "Plain Header", "gloss's own header lines still read");
	is_str(art_date(a), "2022-02-02", "  with their date");
	ok(a->npara == 1 && md_hidden(a->md, 0), "  and hidden");
	art_free(&a);

	a = md("x.md", "---\n- not\n- a mapping\n---\nJust a sentence without an end and more words to it\n");
	ok(a->ntags == 0 && !a->meta[ART_SOURCE], "front matter that is no mapping: no fields");
	is_int(a->npara, 1, "  still hidden: one paragraph");
	ok(!strstr(a->title, "mapping"), "  and not the title");
	art_free(&a);

	a = md("x.md", "A *very*  [linked](https://example.org/a)   word ends. Then more.\n");
	is_str(a->title, "A very linked word ends.", "a sentence title: visible words, one space a run");
	is_int(a->title_from, ART_TITLE_SENTENCE, "  from the first sentence");
	art_free(&a);

	a = md("x.md", "Many *small* words go on and on past the limit of a title line so that it is cut, here.\n");
	is_str(a->title, "Many small words go on and on past the limit of a title line so that…",
	       "  cut at a word, without the markup");
	art_free(&a);

	a = md("x.txt", "# Not Markdown\n\nText.\n");
	ok(!a->md && a->text == a->data, "a .txt file stays text");
	is_str(a->title, "# Not Markdown", "  with its title as written");
	art_free(&a);
}

int main(void)
{
	test_front_matter();
	test_titles();
	return done_testing();
}
