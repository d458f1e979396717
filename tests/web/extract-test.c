/* extract-test.c -- web_extract and page_markdown on pages written for
 * the test: boilerplate left out, metadata in its order, links made
 * absolute, charsets, "no article found", the title not repeated, tables,
 * front matter that YAML reads back whatever the title holds, and pages
 * that try to hang or exhaust the parser. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <yaml.h>

#include "extract.h"
#include "tap.h"
#include "util.h"

/* Paragraphs long enough to read as an article. */
#define PARA1 "<p>The river rose through the night, and by morning the old bridge at the mill had gone under, taking the footpath with it.</p>"
#define PARA2 "<p>Volunteers filled sandbags in the square until the water stopped, a few steps short of the bakery, the church and the school.</p>"
#define PARA3 "<p>Engineers will inspect the banks this week; the council says the new flood wall, planned for years, will now be built first.</p>"
#define ARTICLE PARA1 PARA2 PARA3

static int extract(const char *html, const char *ct, const char *url, struct page *p)
{
	return web_extract(html, strlen(html), ct, url, p);
}

static int has(const struct page *p, const char *s)
{
	return p->body && strstr(p->body, s) != NULL;
}

/* What a page's body must hold (present) or not. */
struct expect {
	const char *text;
	int present;
	const char *name;
};

/* Extracts html and checks the body against the expectations, up to one
 * with a NULL text. */
static void check_page(const char *html, const char *url, const char *label, const struct expect *e)
{
	struct page p;
	if (!ok(extract(html, NULL, url, &p) == 0, label))
		return;
	for (; e->text; e++)
		ok(has(&p, e->text) == e->present, e->name);
	page_free(&p);
}

static void boilerplate(void)
{
	const char *html =
		"<html><head><title>Flood</title><style>p { color: red }</style>"
		"<script>var tracking = 'SCRIPT-TEXT';</script></head><body>"
		"<header><a href='/'>Home</a> <a href='/news'>News</a> SITE-HEADER</header>"
		"<nav><ul><li><a href='/a'>NAV-ONE</a></li><li><a href='/b'>NAV-TWO</a></li></ul></nav>"
		"<div class='cookie-notice'>We use cookies COOKIE-TEXT. <button>Accept</button></div>"
		"<!-- an old <script> left in a comment --><STYLE type='text/css'>.x { content: 'STYLE-TEXT' }</STYLE>"
		"<main><article><h1>Flood</h1>"
		"<div class='share-bar'><a href='https://x.example/share'>SHARE-TEXT</a></div>"
		ARTICLE
		"<div class='ad-slot'>ADVERT-TEXT buy now</div>"
		"<aside class='related'><h3>Related</h3><ul><li><a href='/r1'>RELATED-ONE story here</a></li>"
		"<li><a href='/r2'>RELATED-TWO story here</a></li></ul></aside>"
		"<form action='/subscribe'><input name='email'>FORM-TEXT<button>Sign up</button></form>"
		"</article>"
		"<section id='comments'><h2>Comments</h2><p>COMMENT-TEXT: I remember the flood of the old days very well indeed, it was worse.</p></section>"
		"</main><div class='most-popular'><a href='/p'>MOST-READ</a></div>"
		"<footer>FOOTER-TEXT &copy; 2024</footer></body></html>";
	struct page p;
	is_int(extract(html, NULL, "https://news.example/2024/flood", &p), 0, "a page with boilerplate extracts");
	ok(has(&p, "old bridge at the mill") && has(&p, "sandbags in the square") && has(&p, "new flood wall"),
	   "all the article's paragraphs are kept");
	const char *junk[] = { "SCRIPT-TEXT", "color: red", "STYLE-TEXT", "SITE-HEADER", "NAV-ONE", "COOKIE-TEXT", "SHARE-TEXT",
		"ADVERT-TEXT", "RELATED-ONE", "FORM-TEXT", "COMMENT-TEXT", "MOST-READ", "FOOTER-TEXT", "Accept" };
	for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
		char name[80];
		snprintf(name, sizeof name, "left out: %s", junk[i]);
		ok(!has(&p, junk[i]), name);
	}
	page_free(&p);
}

/* The fields of a page_meta a case expects (NULL: none). */
struct want_meta {
	const char *title, *source, *author, *published, *site, *lang;
};

static void metadata(void)
{
	struct page p;
	const char *ld =
		"<html lang='en-GB'><head><title>Title Tag | The Daily Example</title>"
		"<meta property='og:title' content='OG Title'>"
		"<meta property='og:site_name' content='The Daily Example'>"
		"<meta property='article:published_time' content='2024-03-02T10:00:00Z'>"
		"<meta name='author' content='Meta Author'>"
		"<link rel='canonical' href='/2024/canonical-flood'>"
		"<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
		"{\"@type\":\"WebSite\",\"name\":\"Not This\"},"
		"{\"@type\":\"NewsArticle\",\"headline\":\"LD &#163;1.8m Headline\",\"datePublished\":\"2024-03-01\","
		"\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Writer\"},{\"@type\":\"Person\",\"name\":\"Bo Writer\"}]}]}</script>"
		"</head><body><h1>H1 Title</h1><time datetime='2020-01-01'>then</time>" ARTICLE "</body></html>";
	const char *og =
		"<html><head><title>Title Tag | The Daily Example</title>"
		"<meta property='og:title' content='OG Title'>"
		"<meta property='og:locale' content='fr_FR'>"
		"<meta property='article:published_time' content='2024-03-02T10:00:00Z'>"
		"<meta name='author' content='Meta Author'>"
		"</head><body><h1>H1 Title</h1><time datetime='2020-01-01'>then</time>" ARTICLE "</body></html>";
	const char *h1 =
		"<html><head><title>Title Tag | The Daily Example</title></head>"
		"<body><h1>H1 Title</h1><time datetime='2020-01-01'>then</time>" ARTICLE "</body></html>";
	const char *title =
		"<html><head><title>Rivers Rise Again In The Valley | The Daily Example</title></head>"
		"<body>" ARTICLE "</body></html>";
	const char *dates =
		"<html><head><title>Dates</title><script type='application/ld+json'>"
		"{\"@type\":\"Article\",\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
		"<meta property='article:published_time' content='November 19, 2019, 07:47 PM EST'>"
		"</head><body>" ARTICLE "</body></html>";
	const struct {
		const char *html, *url, *label;
		struct want_meta want;
	} cases[] = {
		{ ld, "https://news.example/x?id=1", "JSON-LD first (in @graph, entities decoded)",
		  { "LD \xc2\xa3" "1.8m Headline", "https://news.example/2024/canonical-flood",
		    "Ann Writer, Bo Writer", "2024-03-01", "The Daily Example", "en-GB" } },
		{ og, "https://news.example/x", "then og:title, article:published_time, <meta name=author>",
		  { "OG Title", "https://news.example/x", "Meta Author", "2024-03-02T10:00:00Z", NULL, "fr-FR" } },
		{ h1, NULL, "then the page's one <h1> and <time datetime>",
		  { "H1 Title", NULL, NULL, "2020-01-01", NULL, NULL } },
		{ dates, NULL, "a date that is no date is passed over; another made ISO 8601",
		  { "Dates", NULL, NULL, "2019-11-19", NULL, NULL } },
		{ title, NULL, "then <title>, the site's name cut off",
		  { "Rivers Rise Again In The Valley", NULL, NULL, NULL, NULL, NULL } },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct want_meta *w = &cases[i].want;
		if (!ok(extract(cases[i].html, NULL, cases[i].url, &p) == 0, cases[i].label))
			continue;
		const char *got[] = { p.meta.title, p.meta.source, p.meta.author, p.meta.published, p.meta.site, p.meta.lang };
		const char *exp[] = { w->title, w->source, w->author, w->published, w->site, w->lang };
		const char *field[] = { "title", "source", "author", "published", "site", "lang" };
		for (size_t f = 0; f < 6; f++) {
			char name[160];
			snprintf(name, sizeof name, "%s: %s", cases[i].label, field[f]);
			is_str(got[f], exp[f], name);
		}
		page_free(&p);
	}
}

static void commentary(void)
{
	check_page("<html><head><title>Opinion</title></head><body><div class='commentary-body'>" ARTICLE
		   "</div><div class='comments'><p>COMMENT-TEXT: a reader's long comment on the article above, "
		   "with more words than a paragraph of the article.</p></div></body></html>",
		   NULL, "an opinion page extracts", (const struct expect[]){
			   { "old bridge at the mill", 1, "a block named commentary is an article" },
			   { "COMMENT-TEXT", 0, "a block named comments is not" },
			   { NULL, 0, NULL } });
}

static void hover_cards(void)
{
	check_page("<html><head><title>Cards</title></head><body><article>"
		   "<p>The mayor, <a href='/people/ann'>Ann Mayor</a><span class='card'><img src='/ann.jpg' alt=''>"
		   "<a href='/people/ann'>Ann Mayor</a><a href='/other-story'>CARD-STORY about something else</a></span>, "
		   "said the flood wall would be built first, before the new school and the road.</p>" PARA2 PARA3
		   "</article></body></html>", "https://town.example/", "a page with a card over a name extracts",
		   (const struct expect[]){
			   { "The mayor, [Ann Mayor](https://town.example/people/ann), said the flood wall", 1,
			     "the name's link is kept" },
			   { "CARD-STORY", 0, "the card over it (an image and links in running text) is left out" },
			   { NULL, 0, NULL } });
}

static void links(void)
{
	const char *html =
		"<html><head><title>Links</title></head><body><article>"
		"<p>The report <a href='/reports/2024.pdf'>was published</a> on Monday, and the "
		"<a href='../maps/river.html'>map of the river</a> shows the streets under water.</p>"
		"<p>Residents were told <a href='javascript:alert(1)'>to call</a> the council, or to "
		"<a href='mailto:help@town.example'>write</a> to its help desk, or to wait for news.</p>"
		"<figure><img src='img/bridge.jpg' alt='The bridge'><span class='credit'>Photo: CREDIT-TEXT</span></figure>" PARA3
		"</article></body></html>";
	struct page p;
	is_int(extract(html, NULL, "https://town.example/news/today/flood.html", &p), 0, "a page with links extracts");
	ok(has(&p, "[was published](https://town.example/reports/2024.pdf)"), "a root-relative link is made absolute");
	ok(has(&p, "[map of the river](https://town.example/news/maps/river.html)"), "a ../ link is made absolute");
	ok(has(&p, "[write](mailto:help@town.example)"), "mailto links are kept");
	ok(!has(&p, "javascript") && has(&p, "to call"), "a javascript: link keeps its text only");
	ok(has(&p, "\n![The bridge](https://town.example/news/today/img/bridge.jpg)\n"), "an image is a line of its own, absolute");
	ok(!has(&p, "CREDIT-TEXT"), "a figure's credit is left out");
	page_free(&p);

	const char *based =
		"<html><head><base href='https://cdn.example/base/'><title>Base</title></head><body>"
		"<p>See <a href='doc.html'>the document</a> for the whole story of the flood and the bridge.</p>" PARA2 PARA3
		"</body></html>";
	is_int(extract(based, NULL, "https://town.example/a/b.html", &p), 0, "a page with <base> extracts");
	ok(has(&p, "(https://cdn.example/base/doc.html)"), "links resolve against <base href>");
	page_free(&p);
}

static void charsets(void)
{
	struct page p;
	/* "Café résumé — naïve “quotes”" in windows-1252. */
#define CP1252 "Caf\xe9 r\xe9sum\xe9 \x97 na\xefve \x93quotes\x94"
#define CP1252_UTF8 "Caf\xc3\xa9 r\xc3\xa9sum\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xe2\x80\x9cquotes\xe2\x80\x9d"
	const char *meta1252 = "<html><head><meta charset='windows-1252'><title>x</title></head><body><p>"
		CP1252 " " CP1252 " " CP1252 "</p>" ARTICLE "</body></html>";
	is_int(extract(meta1252, NULL, NULL, &p), 0, "a windows-1252 page extracts");
	ok(has(&p, CP1252_UTF8), "<meta charset=windows-1252> is read");
	page_free(&p);
	const char *bare = "<html><head><title>x</title></head><body><p>"
		CP1252 " " CP1252 " " CP1252 "</p>" ARTICLE "</body></html>";
	is_int(extract(bare, NULL, NULL, &p), 0, "an undeclared page extracts");
	ok(has(&p, CP1252_UTF8), "bytes that are not UTF-8 and no charset: windows-1252");
	page_free(&p);
	is_int(extract(bare, "text/html; charset=ISO-8859-1", NULL, &p), 0, "a latin1 page extracts");
	ok(has(&p, CP1252_UTF8), "the HTTP charset (latin1 read as windows-1252)");
	page_free(&p);

	/* "日本語の記事です。" in Shift_JIS, named only by the HTTP header;
	 * the page's own <meta> says something else and loses. */
#define SJIS "\x93\xfa\x96{\x8c\xea\x82\xcc\x8bL\x8e\x96\x82\xc5\x82\xb7\x81" "B"
#define SJIS_UTF8 "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82"
	const char *sjis = "<html><head><meta charset='utf-8'><title>x</title></head><body><p>"
		SJIS SJIS SJIS SJIS SJIS "</p><p>" SJIS SJIS SJIS SJIS SJIS "</p></body></html>";
	is_int(extract(sjis, "text/html; charset=Shift_JIS", NULL, &p), 0, "a Shift_JIS page extracts");
	ok(has(&p, SJIS_UTF8 SJIS_UTF8), "the HTTP header's Shift_JIS wins over <meta>");
	page_free(&p);

	/* "한국어 기사입니다." in EUC-KR, named by <meta http-equiv>. */
#define EUCKR "\xc7\xd1\xb1\xb9\xbe\xee \xb1\xe2\xbb\xe7\xc0\xd4\xb4\xcf\xb4\xd9. "
#define EUCKR_UTF8 "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xea\xb8\xb0\xec\x82\xac\xec\x9e\x85\xeb\x8b\x88\xeb\x8b\xa4."
	const char *euckr = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=euc-kr'>"
		"<title>x</title></head><body><p>" EUCKR EUCKR EUCKR EUCKR "</p><p>" EUCKR EUCKR EUCKR EUCKR "</p></body></html>";
	is_int(extract(euckr, NULL, NULL, &p), 0, "an EUC-KR page extracts");
	ok(has(&p, EUCKR_UTF8), "<meta http-equiv> names EUC-KR");
	page_free(&p);

	const char *bom = "\xef\xbb\xbf<html><head><meta charset='windows-1252'></head><body><p>"
		CP1252_UTF8 "</p>" ARTICLE "</body></html>";
	is_int(extract(bom, NULL, NULL, &p), 0, "a page with a UTF-8 BOM extracts");
	ok(has(&p, CP1252_UTF8), "the BOM wins over <meta>");
	page_free(&p);
}

/* Checks that html is refused with "no article found". */
static void refused(const char *html, const char *name)
{
	struct page p;
	int r = extract(html, NULL, NULL, &p);
	if (r == 0)
		page_free(&p);
	ok(r == -1 && strcmp(err_msg(), "no article found") == 0, name);
}

static void no_article(void)
{
	refused("<html><head><title>Home</title></head><body>"
		"<nav><a href='/a'>One</a> <a href='/b'>Two</a> <a href='/c'>Three</a></nav>"
		"<form><input name='q'><button>Search</button></form>"
		"<footer>Copyright 2024 The Example Company, all rights reserved.</footer></body></html>",
		"a page without an article fails with \"no article found\"");
	refused("<html><head><title>Not found</title></head><body><nav><a href='/'>Home</a></nav>"
		"<h1>Page not found</h1><p>Sorry, the page you asked for does not exist or has moved.</p></body></html>",
		"a page that says it is not there fails");
	refused("", "an empty page fails");
	refused("\x01\x02garbage<<<>>>&&&", "garbage fails");
}

static void json_ld_body(void)
{
	const char *shell = "<html><head><title>App</title><script type='application/ld+json'>"
		"{\"@type\":\"BlogPosting\",\"headline\":\"Rivers\",\"articleBody\":"
		"\"The river rose through the night and the bridge went under.\\nVolunteers filled sandbags "
		"until the water stopped short of the *school*.\"}</script></head>"
		"<body><div id='root'>Loading...</div><script>render()</script></body></html>";
	check_page(shell, NULL, "a page its scripts fill in extracts from its JSON-LD", (const struct expect[]){
		{ "The river rose through the night and the bridge went under.\n\nVolunteers", 1,
		  "articleBody: a paragraph a line" },
		{ "the \\*school\\*", 1, "articleBody's text is escaped as Markdown" },
		{ NULL, 0, NULL } });
	const char *html_body = "<html><head><script type='application/ld+json'>"
		"{\"@type\":\"NewsArticle\",\"headline\":\"Rivers\",\"articleBody\":"
		"\"<p>The river rose through the night and the bridge went under.</p><p>Volunteers filled "
		"<a href='/bags'>sandbags</a> until the water stopped.</p>\"}</script></head><body></body></html>";
	check_page(html_body, "https://town.example/a/", "an articleBody of HTML extracts", (const struct expect[]){
		{ "went under.\n\nVolunteers filled [sandbags](https://town.example/bags) until", 1,
		  "its HTML is read as a page's, links made absolute" },
		{ NULL, 0, NULL } });
}

static void title_once(void)
{
	const char *html = "<html><head><title>Rivers Rise | Example</title>"
		"<meta property='og:title' content='Rivers Rise'></head><body><article>"
		"<h1>Rivers Rise</h1>" ARTICLE "</article></body></html>";
	struct page p;
	is_int(extract(html, NULL, NULL, &p), 0, "a page whose article starts with its title extracts");
	is_str(p.meta.title, "Rivers Rise", "the title is read");
	ok(!has(&p, "Rivers Rise"), "the title is not the body's first line");
	ok(strncmp(p.body, "The river rose", 14) == 0, "the body starts with the first paragraph");
	page_free(&p);
}

static void ends(void)
{
	const char *html = "<html><head><title>Rivers Rise | Example</title>"
		"<meta property='og:title' content='Rivers Rise'></head><body><div class='story'>"
		"<p>Weather</p><p>Nov. 20, 2019 6:02 AM</p><h2>Rivers Rise</h2><p>By Ann Writer and Bo Writer</p>"
		PARA1 "<p>Advertisement</p>" PARA2 "<h3>__________</h3><p>-----</p>" PARA3 "<h3>Share this:</h3><p>Like it</p><p>Copyright 2024 Example News</p>"
		"</div></body></html>";
	struct page p;
	is_int(extract(html, NULL, NULL, &p), 0, "a page with a kicker, a date and a byline extracts");
	ok(strncmp(p.body, "The river rose", 14) == 0, "kicker, date, title and byline before the first paragraph are left out");
	ok(!has(&p, "Advertisement"), "an ad's label is left out");
	ok(!has(&p, "\\_") && !has(&p, "\\-"), "a heading or paragraph without a word is left out");
	ok(has(&p, "built first.") && !has(&p, "Share this") && !has(&p, "Like it") && !has(&p, "Copyright"),
	   "a trailing heading, a word or two and a copyright line are left out");
	page_free(&p);
}

static void tables(void)
{
	const char *html = "<html><head><title>Levels</title></head><body><article>" PARA1
		"<table><tr><th>Town</th><th>Level | m</th></tr><tr><td>Mill</td><td>3.2</td></tr>"
		"<tr><td><b>Square</b></td><td>2.9</td></tr></table>" PARA2
		"<table><tr><td colspan='2'>Merged heading cell</td></tr><tr><td>Left cell</td><td>Right cell</td></tr></table>"
		PARA3 "</article></body></html>";
	check_page(html, NULL, "a page with tables extracts", (const struct expect[]){
		{ "| Town | Level \\| m |\n| --- | --- |\n| Mill | 3.2 |\n| **Square** | 2.9 |\n", 1,
		  "a simple table is a pipe table (| in a cell escaped)" },
		{ "Merged heading cell\n\nLeft cell\n\nRight cell", 1, "a table with merged cells is text" },
		{ NULL, 0, NULL } });
}

static void blocks(void)
{
	const char *html = "<html><head><title>Blocks</title></head><body><article>" PARA1
		"<h2>What <em>now</em></h2><ul><li>First point about the flood</li><li>Second point, <a href='https://a.example/'>linked</a></li></ul>"
		"<ol start='3'><li>Third</li><li>Fourth</li></ol>"
		"<blockquote><p>We have never seen the water so high, said the miller.</p></blockquote>"
		"<pre>level = 3.2\n  rising</pre><p>A *star* and [brackets] and 1. not a list and # not a heading.</p>"
		PARA2 "</article></body></html>";
	check_page(html, NULL, "a page with lists, quotes and code extracts", (const struct expect[]){
		{ "\n## What *now*\n", 1, "a heading keeps its level and emphasis" },
		{ "\n- First point about the flood\n- Second point, [linked](https://a.example/)\n", 1, "a list is a tight list" },
		{ "\n3. Third\n4. Fourth\n", 1, "an ordered list keeps its start" },
		{ "\n> We have never seen the water so high, said the miller.\n", 1, "a block quote" },
		{ "\n```\nlevel = 3.2\n  rising\n```\n", 1, "preformatted text is a fenced block, spaces kept" },
		{ "A \\*star\\* and \\[brackets\\] and 1. not a list", 1, "Markdown's characters in text are escaped" },
		{ NULL, 0, NULL } });
}

/* ---- front matter ---- */

/* Reads the front matter's mapping back with libyaml: the value of key,
 * or NULL. Caller frees. */
static char *yaml_value(const char *doc, const char *key)
{
	const char *end = strstr(doc + 4, "\n---\n");
	if (strncmp(doc, "---\n", 4) != 0 || !end)
		return NULL;
	yaml_parser_t y;
	yaml_parser_initialize(&y);
	yaml_parser_set_input_string(&y, (const unsigned char *)doc, (size_t)(end - doc) + 1);
	char *found = NULL;
	int depth = 0, want = 0, is_key = 1;
	for (;;) {
		yaml_event_t e;
		if (!yaml_parser_parse(&y, &e))
			break;
		int type = e.type;
		if (type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT)
			depth++;
		else if (type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT)
			depth--;
		else if (type == YAML_SCALAR_EVENT && depth == 1) {
			const char *v = (const char *)e.data.scalar.value;
			if (is_key)
				want = strcmp(v, key) == 0;
			else if (want && !found)
				found = xstrdup(v);
			is_key = !is_key;
		}
		yaml_event_delete(&e);
		if (type == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&y);
	return found;
}

static void front_matter(void)
{
	const char *titles[] = {
		"Plain title",
		"Line one\nline two",
		"Quotes \" and ' both",
		"Key: value and more",
		"- looks like a list",
		"true",
		"2024-01-01",
		"# not a comment",
		"--- not the end",
		"tab\there and \x1b[31mescape",
		"[flow] {style} & *alias !tag %dir @at `tick",
		"Bad \xff UTF-8",
	};
	const char *want[] = {
		"Plain title", "Line one\nline two", "Quotes \" and ' both", "Key: value and more",
		"- looks like a list", "true", "2024-01-01", "# not a comment", "--- not the end",
		"tab\there and \x1b[31mescape", "[flow] {style} & *alias !tag %dir @at `tick",
		"Bad \xef\xbf\xbd UTF-8",
	};
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		struct page p = { 0 };
		p.meta.title = (char *)titles[i];
		p.meta.author = (char *)"A: B";
		p.body = (char *)"Body text.\n";
		p.len = strlen(p.body);
		const char *tags[] = { "news", "yes", "a: b" };
		size_t len;
		char *md = page_markdown(&p, "2024-05-06T07:08:09Z", tags, 3, &len);
		char name[160];
		snprintf(name, sizeof name, "front matter reads back title %zu", i);
		char *t = md ? yaml_value(md, "title") : NULL;
		is_str(t, want[i], name);
		free(t);
		if (i == 0) {
			char *a = yaml_value(md, "author");
			is_str(a, "A: B", "an author with ': ' reads back");
			free(a);
			char *s = yaml_value(md, "saved");
			is_str(s, "2024-05-06T07:08:09Z", "saved is written");
			free(s);
			ok(strstr(md, "tags:\n- news\n- \"yes\"\n- 'a: b'\n") != NULL || strstr(md, "tags:\n- news\n- \"yes\"\n- \"a: b\"\n") != NULL,
			   "tags are a sequence, quoted where YAML needs it");
			ok(strstr(md, "\n---\n\nBody text.\n") != NULL, "the body follows the front matter");
			ok(strncmp(md, "---\n", 4) == 0 && md[len - 1] == '\n', "starts with --- and ends with a newline");
			ok(yaml_value(md, "source") == NULL, "a field without a value is left out");
		}
		free(md);
	}
}

/* ---- hostile pages ---- */

static void hostile(void)
{
	struct page p;
	/* Nesting far deeper than any walk may recurse (libxml2 itself stops
	 * reading at 256 levels), and deeper than XT_MAX_DEPTH (200) but not
	 * 256: that text is kept. */
	struct sb b = SB_INIT;
	sb_adds(&b, "<html><body>" ARTICLE);
	for (int i = 0; i < 100000; i++)
		sb_adds(&b, "<div><span>");
	sb_adds(&b, "</body></html>");
	clock_t t0 = clock();
	int r = web_extract(b.s, b.len, NULL, NULL, &p);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(r == 0 && has(&p, "old bridge at the mill"), "a page nested 200000 deep extracts");
	ok(secs < 20, "and in bounded time");
	if (r == 0)
		page_free(&p);
	sb_reset(&b);
	sb_adds(&b, "<html><body>" PARA1);
	for (int i = 0; i < 110; i++)
		sb_adds(&b, "<div><span>");
	sb_adds(&b, "<p>deep text, <b>the end</b> of a <i>sentence</i> that is long enough to be read.</p>");
	r = web_extract(b.s, b.len, NULL, NULL, &p);
	ok(r == 0 && has(&p, "deep text, the end of a sentence that is long enough"),
	   "text deeper than 200 levels is kept, as text");
	if (r == 0)
		page_free(&p);
	sb_release(&b);

	/* Unmatched end tags under deep nesting (libxml2 searches its open
	 * elements for each). */
	sb_adds(&b, "<html><body>" ARTICLE);
	for (int i = 0; i < 100000; i++)
		sb_adds(&b, "<div>");
	for (int i = 0; i < 100000; i++)
		sb_adds(&b, "</i>");
	t0 = clock();
	r = web_extract(b.s, b.len, NULL, NULL, &p);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(secs < 20, "100000 unmatched end tags under deep nesting take bounded time");
	if (r == 0)
		page_free(&p);
	sb_release(&b);

	/* An external entity must not be read. */
	const char *xxe = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
		"<html><body><p>&x; root: the entity must stay unread in this long enough paragraph.</p>" ARTICLE "</body></html>";
	r = extract(xxe, NULL, NULL, &p);
	ok(r == 0 && !has(&p, "/bin/"), "an external entity is not expanded");
	if (r == 0)
		page_free(&p);

	/* A tag with 100000 attributes (libxml2 checks each against all
	 * before it), then a million tags. */
	sb_adds(&b, "<html><body>" ARTICLE "<p><a ");
	for (int i = 0; i < 100000; i++)
		sb_addf(&b, "x%d ", i);
	sb_adds(&b, "href='/x'>attributes</a> and the rest of a sentence that is long enough.</p>");
	for (int i = 0; i < 1000000; i++)
		sb_adds(&b, "<b>");
	sb_adds(&b, "</body></html>");
	t0 = clock();
	r = web_extract(b.s, b.len, NULL, "https://x.example/", &p);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(r == 0 && has(&p, "old bridge at the mill"), "a page with 100000 attributes in a tag and a million tags extracts");
	ok(secs < 20, "and in bounded time");
	if (r == 0)
		page_free(&p);
	sb_reset(&b);

	/* Many attributes and a long line of links. */
	sb_adds(&b, "<html><body>" ARTICLE "<p>");
	for (int i = 0; i < 20000; i++)
		sb_addf(&b, "<a href='/%d' class='c%d' id='i%d'>w%d</a> ", i, i, i, i);
	sb_adds(&b, "</p></body></html>");
	t0 = clock();
	r = web_extract(b.s, b.len, NULL, "https://x.example/", &p);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ok(r == 0 && secs < 20, "a page of 20000 links extracts in bounded time");
	if (r == 0)
		page_free(&p);
	sb_release(&b);
}

int main(void)
{
	boilerplate();
	metadata();
	links();
	commentary();
	hover_cards();
	charsets();
	no_article();
	json_ld_body();
	title_once();
	ends();
	tables();
	blocks();
	front_matter();
	hostile();
	return done_testing();
}
