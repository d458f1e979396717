/* test-links.c -- the links of an article: bare addresses in text, the
 * links of a Markdown model, numbering with and without a source, and
 * RFC 3986 resolution. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "library.h"
#include "links.h"
#include "markdown.h"
#include "query.h"
#include "tap.h"
#include "util.h"

static struct article *txt(const char *s)
{
	return art_from_buffer("t.txt", xstrdup(s), strlen(s));
}

/* Fills *l with a's links and checks their addresses, one a line,
 * "N url", against want. */
static void check_links(const struct article *a, struct art_links *l, const char *want, const char *name)
{
	art_links(a, l);
	struct sb b = SB_INIT;
	sb_adds(&b, "");
	for (size_t i = 0; i < l->n; i++)
		sb_addf(&b, "%zu %s\n", art_link_number(l, i), l->v[i].url);
	is_str(b.s, want, name);
	sb_release(&b);
}

static void check_text(const char *body, const char *want, const char *name)
{
	struct article *a = txt(body);
	struct art_links l;
	check_links(a, &l, want, name);
	art_links_free(&l);
	art_free(&a);
}

static void test_bare(void)
{
	check_text("See https://example.org/a. And http://example.com/b, then (https://x.org/c).\n",
		   "1 https://example.org/a\n2 http://example.com/b\n3 https://x.org/c\n",
		   "trailing '.', ',' and an unbalanced ')' are not part of an address");
	check_text("Read https://en.wikipedia.org/wiki/Foo_(bar) now; or https://x.org/p?q=1&r=(2)).\n",
		   "1 https://en.wikipedia.org/wiki/Foo_(bar)\n2 https://x.org/p?q=1&r=(2)\n",
		   "balanced parentheses stay");
	check_text("Quoted \"https://q.org/x\" and <https://a.org/y> and 'https://s.org/z'!\n",
		   "1 https://q.org/x\n2 https://a.org/y\n3 https://s.org/z\n",
		   "quotes and angle brackets end an address");
	check_text("HTTPS://UPPER.ORG/A? xhttps://no.org http://. https:// end https://tail.org/",
		   "1 HTTPS://UPPER.ORG/A\n2 https://tail.org/\n",
		   "scheme in any case; not inside a word; a host is needed; at the very end");
	check_text("Links \xe2\x80\x9chttps://u.org/caf\xc3\xa9\xe2\x80\x9d and ftp://no.org/ here.\n",
		   "1 https://u.org/caf\xc3\xa9\n",
		   "letters outside ASCII stay, a closing quote ends it; ftp is no bare link");
	check_text("Nothing to see here.\n", "", "no links");

	/* The range is the address in the file. */
	const char *s = "Title: T\nSource: https://src.org/a/b\n\nGo to https://x.org/p. Done.\n";
	struct article *a = txt(s);
	struct art_links l;
	art_links(a, &l);
	is_int(l.n, 2, "the source and one link");
	ok(l.has_source, "has a source");
	is_str(l.v[0].url, "https://src.org/a/b", "v[0] is the source");
	is_int(art_link_number(&l, 0), 0, "the source is number 0");
	is_int(art_link_number(&l, 1), 1, "the first link is number 1");
	is_int(l.v[1].start, (long long)(strstr(s, "https://x.org") - s), "start in the file");
	is_int(l.v[1].end - l.v[1].start, strlen("https://x.org/p"), "end in the file, without the '.'");
	is_str(l.v[1].text, "https://x.org/p", "a bare address says itself");
	is_int(art_link_at(&l, l.v[1].start + 3), 1, "art_link_at inside");
	is_int(art_link_at(&l, l.v[1].end), -1, "art_link_at after it");
	is_int(art_link_at(&l, 0), -1, "the header is not the source's range");
	is_int(art_link_index(&l, 0), 0, "number 0 is the source");
	is_int(art_link_index(&l, 1), 1, "number 1");
	is_int(art_link_index(&l, 2), -1, "no number 2");
	art_links_free(&l);
	art_free(&a);

	/* Without a source the numbers still start at 1. */
	a = txt("Plain text with https://one.org and https://two.org.\n");
	art_links(a, &l);
	ok(!l.has_source, "no source");
	is_int(l.n, 2, "two links");
	is_int(art_link_number(&l, 0), 1, "v[0] is number 1 without a source");
	is_int(art_link_index(&l, 0), -1, "no number 0 without a source");
	is_int(art_link_index(&l, 2), 1, "number 2 is v[1]");
	is_str(l.v[1].url, "https://two.org", "second");
	art_links_free(&l);
	art_free(&a);
}

/* A Markdown model made by hand: the links of an md_doc, resolved
 * against the source, with their text on one line. */
static void test_markdown(void)
{
	const char *s = "Title: M\nSource: https://blog.example/posts/2024/a.html\n\n"
		"[first\n link](../b.html) ![a pic](/img/p.png) [mail](mailto:x@y.org) [top](#top)\n";
	struct article *a = txt(s);
	struct md_link lk[4];
	const char *t1 = strstr(s, "[first") + 1;
	lk[0] = (struct md_link){ (size_t)(t1 - s), (size_t)(t1 - s) + 11, xstrdup("../b.html"), 0 };
	const char *t2 = strstr(s, "a pic");
	lk[1] = (struct md_link){ (size_t)(t2 - s), (size_t)(t2 - s) + 5, xstrdup(" /img/p.png "), 1 };
	const char *t3 = strstr(s, "mail]");
	lk[2] = (struct md_link){ (size_t)(t3 - s), (size_t)(t3 - s) + 4, xstrdup("mailto:x@y.org"), 0 };
	const char *t4 = strstr(s, "top]");
	lk[3] = (struct md_link){ (size_t)(t4 - s), (size_t)(t4 - s) + 3, xstrdup("#top"), 0 };
	struct md_doc md;
	memset(&md, 0, sizeof md);
	md.text = (char *)a->data;
	md.len = a->len;
	md.link = lk;
	md.nlink = 4;
	a->md = &md;
	struct art_links l;
	check_links(a, &l, "0 https://blog.example/posts/2024/a.html\n"
	       "1 https://blog.example/posts/b.html\n"
	       "2 https://blog.example/img/p.png\n"
	       "3 mailto:x@y.org\n"
	       "4 https://blog.example/posts/2024/a.html#top\n",
	       "Markdown links resolved against the source, in order");
	is_str(l.v[1].text, "first link", "the text on one line");
	is_str(l.v[1].href, "../b.html", "as written");
	ok(l.v[2].image && !l.v[1].image, "an image is marked");
	is_str(l.v[2].text, "a pic", "an image's alt");
	is_int(art_link_at(&l, lk[2].start + 1), 3, "art_link_at on a Markdown link");
	art_links_free(&l);

	/* No source: relative stays relative, and no bare addresses are
	 * looked for in a Markdown article's text. */
	free(a->meta[ART_SOURCE]);
	a->meta[ART_SOURCE] = NULL;
	art_links(a, &l);
	ok(!l.has_source, "no source");
	is_int(l.n, 4, "the model's links only");
	is_str(l.v[0].url, "../b.html", "relative without a base");
	art_links_free(&l);
	a->md = NULL;
	for (int i = 0; i < 4; i++)
		free(lk[i].url);
	art_free(&a);
}

/* A real Markdown article: front matter's source, md4c's links. */
static void test_markdown_file(void)
{
	const char *s = "---\ntitle: Notes\nsource: https://site.example/blog/2024/notes/\n---\n\n"
		"# Notes\n\nSee [the *older* post](../2023/old.html \"t\") and ![chart](img/c.png).\n"
		"Autolinks: https://bare.example/x and <https://auto.example/y>.\n"
		"[Local](other.md#part).\n";
	struct article *a = art_from_buffer("notes.md", xstrdup(s), strlen(s));
	ok(a && a->md, "loaded as Markdown");
	if (!a || !a->md)
		return;
	struct art_links l;
	check_links(a, &l, "0 https://site.example/blog/2024/notes/\n"
	       "1 https://site.example/blog/2024/2023/old.html\n"
	       "2 https://site.example/blog/2024/notes/img/c.png\n"
	       "3 https://bare.example/x\n"
	       "4 https://auto.example/y\n"
	       "5 https://site.example/blog/2024/notes/other.md#part\n",
	       "a Markdown file's links: front matter's source first, then md4c's, resolved");
	if (l.n == 6) {
		is_str(l.v[1].text, "the older post", "a link's visible text");
		is_int(l.v[1].start, (long long)(strstr(s, "the *older*") - s), "its range starts at its text");
		is_str(l.v[5].href, "other.md#part", "as written");
		char *rel = link_library_path("2024/notes.md", l.v[5].href);
		is_str(rel, "2024/other.md", "a relative link names a file of the library");
		free(rel);
	}
	art_links_free(&l);
	art_free(&a);
}

static void resolves(const char *base, const char *ref, const char *want)
{
	char *got = link_resolve(base, ref);
	char name[256];
	snprintf(name, sizeof name, "resolve %s", ref);
	is_str(got, want, name);
	free(got);
}

static void test_resolve(void)
{
	/* RFC 3986, 5.4.1 and 5.4.2. */
	const char *b = "http://a/b/c/d;p?q";
	resolves(b, "g:h", "g:h");
	resolves(b, "g", "http://a/b/c/g");
	resolves(b, "./g", "http://a/b/c/g");
	resolves(b, "g/", "http://a/b/c/g/");
	resolves(b, "/g", "http://a/g");
	resolves(b, "//g", "http://g");
	resolves(b, "?y", "http://a/b/c/d;p?y");
	resolves(b, "g?y", "http://a/b/c/g?y");
	resolves(b, "#s", "http://a/b/c/d;p?q#s");
	resolves(b, "g#s", "http://a/b/c/g#s");
	resolves(b, ";x", "http://a/b/c/;x");
	resolves(b, "", "http://a/b/c/d;p?q");
	resolves(b, ".", "http://a/b/c/");
	resolves(b, "./", "http://a/b/c/");
	resolves(b, "..", "http://a/b/");
	resolves(b, "../", "http://a/b/");
	resolves(b, "../g", "http://a/b/g");
	resolves(b, "../..", "http://a/");
	resolves(b, "../../g", "http://a/g");
	resolves(b, "../../../g", "http://a/g");
	resolves(b, "../../../../g", "http://a/g");
	resolves(b, "/./g", "http://a/g");
	resolves(b, "/../g", "http://a/g");
	resolves(b, "g.", "http://a/b/c/g.");
	resolves(b, ".g", "http://a/b/c/.g");
	resolves(b, "..g", "http://a/b/c/..g");
	resolves(b, "./../g", "http://a/b/g");
	resolves(b, "./g/.", "http://a/b/c/g/");
	resolves(b, "g/./h", "http://a/b/c/g/h");
	resolves(b, "g/../h", "http://a/b/c/h");
	resolves(b, "g;x=1/../y", "http://a/b/c/y");
	resolves(b, "g?y/./x", "http://a/b/c/g?y/./x");
	resolves(b, "g#s/../x", "http://a/b/c/g#s/../x");
	resolves("https://h.org", "p", "https://h.org/p");
	resolves(NULL, "../x.md", "../x.md");
	resolves("notes/a.md", "b.md", "b.md");
	ok(link_has_scheme("mailto:a@b") && !link_has_scheme("a/b:c") && !link_has_scheme("../x"),
	   "link_has_scheme");
}

static void test_openable(void)
{
	ok(link_openable("http://a.org"), "http");
	ok(link_openable("HTTPS://a.org/x?y#z"), "https in capitals");
	ok(link_openable("mailto:a@b.org"), "mailto");
	ok(!link_openable("file:///etc/passwd"), "file:// refused");
	ok(!link_openable("javascript:alert(1)"), "javascript: refused");
	ok(!link_openable("ftp://a.org"), "ftp refused");
	ok(!link_openable("https://"), "no host");
	ok(!link_openable("http:/a.org"), "no //");
	ok(!link_openable("https://a.org/\x1b]52;c;x\x07"), "control characters refused");
	ok(!link_openable("https://a.org/a b"), "a blank refused");
	ok(!link_openable("../x.html"), "relative refused");
	ok(!link_openable(NULL), "NULL");
}

static void library_path(const char *from, const char *ref, const char *want)
{
	char *got = link_library_path(from, ref);
	char name[256];
	snprintf(name, sizeof name, "library path %s from %s", ref, from);
	is_str(got, want, name);
	free(got);
}

static void test_library(void)
{
	ok(link_same("https://A.org/p/", "http://a.org/p#x"), "same page: http and https, case of the host, '/', fragment");
	ok(link_same("mailto:x@y.org", "MAILTO:x@y.org"), "same mailto");
	ok(!link_same("https://a.org/P", "https://a.org/p"), "the path's case counts");
	ok(!link_same("https://a.org/p?x=1", "https://a.org/p?x=2"), "the query counts");
	ok(!link_same("https://a.org.evil/p", "https://a.org/p"), "another host");
	library_path("news/a.md", "b.md", "news/b.md");
	library_path("news/a.md", "../old/c%20d.txt#top", "old/c d.txt");
	library_path("a.md", "./x/./y.md?q", "x/y.md");
	library_path("a.md", "x/../../y.md", NULL);
	library_path("news/a.md", "../../etc/passwd", NULL);
	library_path("a.md", "/etc/passwd", NULL);
	library_path("a.md", "//host/x", NULL);
	library_path("a.md", "https://a.org/x.md", NULL);
	library_path("a.md", "#frag", NULL);
	library_path("a.md", "x%00.md", NULL);
	library_path("a.md", "dir/", NULL);
}

/* query_article_by_source: the article of the library whose source is
 * the page a link names. */
static void test_by_source(void)
{
	if (system("rm -rf test-links.d && mkdir -p test-links.d") != 0)
		return;
	const char *one = "Title: One\nSource: https://News.example/a/story/\n\nText one.\n";
	const char *two = "Title: Two\nSource: https://news.example/b\n\nText two.\n";
	write_file_atomic("test-links.d/one.txt", one, strlen(one), 1);
	write_file_atomic("test-links.d/two.txt", two, strlen(two), 1);
	struct library *l = lib_open("test-links.d", NULL, LIB_SYNC_FULL);
	if (!ok(l != NULL, "the library opens"))
		return;
	struct store_article sa;
	memset(&sa, 0, sizeof sa);
	is_int(query_article_by_source(l, "http://news.example/a/story#part", 0, &sa), 1, "found by its source");
	is_str(sa.path, "one.txt", "the right article");
	int64_t id = sa.id;
	query_article_clear(&sa);
	is_int(query_article_by_source(l, "https://news.example/a/story", id, &sa), 0, "not the article itself");
	query_article_clear(&sa);
	is_int(query_article_by_source(l, "https://news.example/c", 0, &sa), 0, "no article has that source");
	query_article_clear(&sa);
	lib_close(&l);
	if (system("rm -rf test-links.d") != 0)
		ok(0, "clean up");
}

int main(void)
{
	test_by_source();
	test_library();
	test_bare();
	test_markdown();
	test_markdown_file();
	test_resolve();
	test_openable();
	return done_testing();
}
