/* feed-test.c -- feed_parse, feed_date_iso, feed_discover and OPML on the
 * fixtures of tests/web/feeds: every field of every format, ids, relative
 * addresses, recovery from broken feeds, refusals (HTML, billion laughs,
 * external entities), and an OPML round trip. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "feed.h"
#include "tap.h"
#include "util.h"

static char *fixture(const char *name, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/tests/web/feeds/%s", SRCDIR, name);
	char *s = read_file(path, len);
	if (!s) {
		printf("Bail out! cannot read %s: %s\n", path, err_msg());
		exit(1);
	}
	return s;
}

static int parse(const char *name, const char *url, size_t max, struct feed_doc *d)
{
	size_t len;
	char *s = fixture(name, &len);
	int r = feed_parse(s, len, url, max, d);
	free(s);
	return r;
}

static int contains(const char *s, const char *part)
{
	return s && strstr(s, part) != NULL;
}

static void test_rss2(void)
{
	struct feed_doc d;
	ok(parse("rss2.xml", "http://127.0.0.1/feeds/rss2.xml", 0, &d) == 0, "rss2: parsed");
	is_str(d.title, "Harbour Notes", "rss2: feed title");
	is_str(d.link, "http://127.0.0.1/harbour/", "rss2: feed link (not atom:link self)");
	is_int(d.nitems, 3, "rss2: three items");
	is_int(d.dropped, 0, "rss2: none dropped");
	if (d.nitems != 3)
		return;
	struct feed_item *a = &d.items[0], *b = &d.items[1], *c = &d.items[2];
	is_str(a->title, "The ferry returns", "rss2: title");
	is_str(a->link, "http://127.0.0.1/harbour/ferry-returns.html", "rss2: link");
	is_str(a->id, "harbour-2024-0001", "rss2: guid is the id");
	is_str(a->author, "Maren Holt", "rss2: dc:creator");
	is_str(a->published, "2024-03-05T07:30:00Z", "rss2: pubDate +0100 in UTC");
	ok(contains(a->content, "<b>winter ferry</b>") && contains(a->content, "href=\"timetable.html\""),
	   "rss2: content:encoded as HTML, relative links left to the item's link (no xml:base)");
	is_str(a->summary, "The winter ferry is back on its route.", "rss2: description is the summary");
	is_int(a->ncategories, 2, "rss2: two categories");
	if (a->ncategories == 2) {
		is_str(a->categories[0], "transport", "rss2: first category");
		is_str(a->categories[1], "town", "rss2: second category");
	}
	is_int(a->nenclosures, 1, "rss2: one enclosure");
	if (a->nenclosures == 1)
		is_str(a->enclosures[0], "http://127.0.0.1/harbour/audio/ferry.mp3", "rss2: enclosure url");
	is_str(b->title, "Nets & knots: a workshop", "rss2: entity in a title decoded");
	is_str(b->author, "Ivo Brandt", "rss2: author's name out of 'mail (name)'");
	is_str(b->published, "2024-03-04T17:05:00Z", "rss2: day without a leading zero, GMT");
	is_str(b->id, "http://127.0.0.1/harbour/nets-workshop.html", "rss2: permalink guid");
	is_str(c->id, "http://127.0.0.1/harbour/lighthouse-open-day.html", "rss2: no guid: the link is the id");
	is_str(c->published, "2024-03-02T15:00:00Z", "rss2: EST");
	ok(c->summary == NULL, "rss2: no description, no summary");
	ok(c->author == NULL && c->ncategories == 0 && c->nenclosures == 0, "rss2: absent fields stay empty");
	feed_doc_free(&d);

	ok(parse("rss2.xml", NULL, 2, &d) == 0, "rss2: parsed with max_items 2");
	is_int(d.nitems, 2, "max_items: two read");
	is_int(d.dropped, 1, "max_items: one dropped and counted");
	feed_doc_free(&d);
}

static void test_summary(void)
{
	struct feed_doc d;
	ok(parse("rss2-summary.xml", "http://127.0.0.1/quay/rss.xml", 0, &d) == 0, "summary: parsed");
	is_int(d.nitems, 2, "summary: two items");
	if (d.nitems != 2)
		return;
	is_str(d.items[0].link, "http://127.0.0.1/quay/ice-on-the-slipway.html", "relative link (/path) against the feed's address");
	is_str(d.items[1].link, "http://127.0.0.1/quay/new-moorings.html", "relative link (name) against the feed's address");
	ok(d.items[0].content == NULL && d.items[0].summary, "summary only: no content");
	is_str(d.items[1].id, "http://127.0.0.1/quay/new-moorings.html", "summary: the resolved link is the id");
	feed_doc_free(&d);
}

static void test_rss091_rdf(void)
{
	struct feed_doc d;
	ok(parse("rss091.xml", NULL, 0, &d) == 0, "rss 0.91 (with a DOCTYPE to a remote DTD) parsed");
	is_str(d.title, "Old Mill Gazette", "rss091: title");
	is_int(d.nitems, 2, "rss091: two items");
	if (d.nitems == 2) {
		ok(contains(d.items[0].summary, "caf\xc3\xa9."), "rss091: ISO-8859-1 and a character reference read");
		is_str(d.items[1].id, "http://127.0.0.1/mill/weir.html", "rss091: link as id");
		ok(d.items[1].published == NULL, "rss091: no date");
	}
	feed_doc_free(&d);

	ok(parse("rdf.xml", NULL, 0, &d) == 0, "rss 1.0 (RDF) parsed");
	is_str(d.title, "Orchard Log", "rdf: title");
	is_str(d.link, "http://127.0.0.1/orchard/", "rdf: link");
	is_int(d.nitems, 2, "rdf: two items beside the channel");
	if (d.nitems == 2) {
		is_str(d.items[0].title, "Blossom week", "rdf: item title");
		is_str(d.items[0].author, "Tomas Reed", "rdf: dc:creator");
		is_str(d.items[0].published, "2024-04-12T07:20:00Z", "rdf: dc:date with an offset");
		ok(d.items[0].ncategories == 1 && !strcmp(d.items[0].categories[0], "seasons"), "rdf: dc:subject as category");
		is_str(d.items[1].published, "2024-02-28T00:00:00Z", "rdf: dc:date without a time");
		is_str(d.items[1].content, "<p>All <em>ninety</em> trees were pruned before the sap rose.</p>", "rdf: content:encoded");
	}
	feed_doc_free(&d);
}

static void test_atom(void)
{
	struct feed_doc d;
	ok(parse("atom.xml", "http://127.0.0.1/feeds/atom.xml", 0, &d) == 0, "atom: parsed");
	is_str(d.title, "Lantern Workshop", "atom: feed title");
	is_str(d.link, "http://127.0.0.1/lantern/", "atom: alternate link against xml:base");
	is_int(d.nitems, 3, "atom: three entries");
	if (d.nitems != 3)
		return;
	struct feed_item *a = &d.items[0], *b = &d.items[1], *c = &d.items[2];
	is_str(a->title, "Glass and brass", "atom: type=html title taken as text");
	is_str(a->link, "http://127.0.0.1/lantern/posts/glass-and-brass.html", "atom: link against the feed's xml:base");
	is_str(a->id, "tag:lantern.example,2024:1", "atom: id");
	is_str(a->published, "2024-05-30T16:45:00Z", "atom: published before updated");
	is_str(a->author, "Ada Lind", "atom: the feed's author when the entry has none");
	ok(a->ncategories == 2 && !strcmp(a->categories[1], "glass"), "atom: category terms");
	ok(a->nenclosures == 1 && !strcmp(a->enclosures[0], "http://127.0.0.1/lantern/img/lantern.jpg"), "atom: rel=enclosure, resolved");
	ok(contains(a->content, "<b>hand-blown glass</b>") && contains(a->content, "<a href=\"http://127.0.0.1/lantern/parts.html\">"),
	   "atom: html content unescaped, its links against xml:base");
	is_str(a->summary, "<p>Choosing glass for a lantern &amp; fitting it.</p>", "atom: text summary escaped as HTML");
	is_str(b->link, "http://127.0.0.1/lantern/posts/2024/soldering.html", "atom: entry's own xml:base");
	is_str(b->author, "Ben Ostrow", "atom: author/name");
	is_str(b->published, "2024-05-20T10:00:00Z", "atom: updated when not published");
	ok(contains(b->content, "<p>Tin the joints <em>first</em>, then") && !contains(b->content, "<div") &&
	   !contains(b->content, "xmlns") && contains(b->content, "<img src=\"http://127.0.0.1/lantern/posts/2024/frame.jpg\" alt=\"the frame\">"),
	   "atom: xhtml content serialised as HTML without its div");
	is_str(c->title, "Wicks & oil", "atom: text title");
	struct feed_doc x;
	const char *xh = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>i</id><content type=\"xhtml\">"
			 "<div xmlns=\"http://www.w3.org/1999/xhtml\">a<br/>b <img src=\"p.png\"/></div></content></entry></feed>";
	ok(feed_parse(xh, strlen(xh), NULL, 0, &x) == 0 && x.nitems == 1, "atom: xhtml without xml:base parsed");
	if (x.nitems == 1)
		is_str(x.items[0].content, "a<br>b <img src=\"p.png\">", "atom: xhtml empty elements as HTML's, relative src kept");
	feed_doc_free(&x);
	is_str(c->content, "<p>Cotton wicks burn cleaner than paraffin ones.\nTrim them &lt;straight&gt;.</p>", "atom: text content escaped");
	feed_doc_free(&d);
}

static void test_recovery(void)
{
	struct feed_doc d;
	ok(parse("broken.xml", NULL, 0, &d) == 0, "broken: recovered");
	is_str(d.title, "Boatyard & Sons \xe2\x80\x94 news", "broken: an HTML entity undeclared in XML read as HTML's");
	is_int(d.nitems, 2, "broken: both items despite an unclosed tag and a missing </rss>");
	if (d.nitems == 2) {
		ok(d.items[0].title && !strchr(d.items[0].title, '<') && contains(d.items[0].title, "Hull painted") &&
		   contains(d.items[0].title, "blue"), "broken: HTML tags in a title taken as text");
		is_str(d.items[0].summary, "Two coats, R&D on the third & last.", "broken: bare ampersands kept as text");
		is_str(d.items[1].id, "boatyard-mast", "broken: the item after an unclosed <br>");
		ok(contains(d.items[1].summary, "without trouble"), "broken: text after an unclosed <br>");
	}
	feed_doc_free(&d);

	ok(parse("latin1.xml", NULL, 0, &d) == 0, "latin1 declared as UTF-8: parsed");
	is_str(d.title, "Caf\xc3\xa9 Bulletin", "latin1: re-read as windows-1252");
	if (d.nitems == 1) {
		is_str(d.items[0].title, "Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e week \xe2\x80\x93 every day", "latin1: windows-1252 dash");
		ok(contains(d.items[0].summary, "p\xc3\xa2tissier\xe2\x80\x99s"), "latin1: windows-1252 apostrophe");
	} else
		ok(0, "latin1: one item");
	feed_doc_free(&d);

	const char *utf8_as_latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
				     "<title>Cr\xc3\xa8me</title></channel></rss>";
	ok(feed_parse(utf8_as_latin1, strlen(utf8_as_latin1), NULL, 0, &d) == 0, "UTF-8 declared as latin-1: parsed");
	is_str(d.title, "Cr\xc3\xa8me", "UTF-8 declared as latin-1: read as UTF-8");
	feed_doc_free(&d);

	const char *undefined_1252 = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel>"
				     "<title>Caf\xe9 \x81 menu</title></channel></rss>";
	ok(feed_parse(undefined_1252, strlen(undefined_1252), NULL, 0, &d) == 0, "a byte windows-1252 leaves undefined: parsed");
	ok(contains(d.title, "Caf\xc3\xa9 ") && contains(d.title, " menu"), "a byte windows-1252 leaves undefined: the title whole");
	feed_doc_free(&d);

	/* "Новости" in windows-1251: the declared encoding is read. */
	const char *cp1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel>"
			     "<title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title></channel></rss>";
	ok(feed_parse(cp1251, strlen(cp1251), NULL, 0, &d) == 0, "windows-1251 declared: parsed");
	is_str(d.title, "\xd0\x9d\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8", "windows-1251 declared: read by the declaration");
	feed_doc_free(&d);

	/* UTF-16 with a byte order mark and an undeclared entity. */
	const char *ascii = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Tides &amp; &mdash; R&D</title></channel></rss>";
	struct sb u16 = SB_INIT;
	sb_add(&u16, "\xff\xfe", 2);
	for (const char *p = ascii; *p; p++) {
		sb_addc(&u16, *p);
		sb_add(&u16, "", 1);
	}
	ok(feed_parse(u16.s, u16.len, NULL, 0, &d) == 0 && contains(d.title, "Tides &"), "UTF-16 with a bad entity: parsed, not mangled");
	feed_doc_free(&d);
	sb_release(&u16);

	const char *html_title = "<rss version=\"2.0\"><channel><title>a</title><item><title>Rain &lt;i&gt;again&lt;/i&gt; &amp;amp; wind</title></item></channel></rss>";
	ok(feed_parse(html_title, strlen(html_title), NULL, 0, &d) == 0 && d.nitems == 1, "escaped HTML title: parsed");
	if (d.nitems == 1) {
		is_str(d.items[0].title, "Rain again & wind", "escaped HTML in an RSS title taken as text");
		ok(!strncmp(d.items[0].id, "hash:", 5) && strlen(d.items[0].id) == 21, "no guid, no link: a hash is the id");
	}
	struct feed_doc e;
	const char *other = "<rss version=\"2.0\"><channel><title>a</title><item><title>Rain</title></item></channel></rss>";
	ok(feed_parse(other, strlen(other), NULL, 0, &e) == 0 && e.nitems == 1 && d.nitems == 1 &&
	   strcmp(d.items[0].id, e.items[0].id) != 0 && !strncmp(e.items[0].id, "hash:", 5), "hash ids differ by title");
	struct feed_doc f;
	ok(feed_parse(other, strlen(other), "http://x.example/", 0, &f) == 0 && f.nitems == 1 && e.nitems == 1 &&
	   !strcmp(f.items[0].id, e.items[0].id), "hash ids are stable");
	feed_doc_free(&d);
	feed_doc_free(&e);
	feed_doc_free(&f);
}

static void test_refusals(void)
{
	struct feed_doc d;
	size_t len;
	char *s = fixture("page-with-feed.html", &len);
	ok(feed_parse(s, len, NULL, 0, &d) < 0, "an HTML page is refused");
	is_str(err_msg(), "not a feed (an HTML page)", "an HTML page: the message");
	free(s);
	const char *xhtml = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>";
	ok(feed_parse(xhtml, strlen(xhtml), NULL, 0, &d) < 0 && !strcmp(err_msg(), "not a feed (an HTML page)"), "XHTML page refused as HTML");
	const char *other = "<?xml version=\"1.0\"?><svg><g/></svg>";
	ok(feed_parse(other, strlen(other), NULL, 0, &d) < 0, "another XML document refused");
	is_str(err_msg(), "not RSS or Atom", "another XML document: the message");
	const char *junk = "\n\nthis is not xml at all";
	ok(feed_parse(junk, strlen(junk), NULL, 0, &d) < 0, "not XML refused");
	ok(!strncmp(err_msg(), "malformed XML at line ", 22), "not XML: the message names a line");
	ok(feed_parse("", 0, NULL, 0, &d) < 0, "empty input refused");

	struct timespec t0, t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	int r = parse("laughs.xml", NULL, 0, &d);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	ok(r < 0, "billion laughs refused");
	is_str(err_msg(), "too many entity expansions", "billion laughs: the message");
	ok(secs < 0.5, "billion laughs refused in well under a second (of CPU time)");
	if (r == 0)
		feed_doc_free(&d);

	r = parse("xxe.xml", NULL, 0, &d);
	ok(r == 0, "external entity: the feed is still read");
	int leaked = 0;
	for (size_t i = 0; r == 0 && i < d.nitems; i++)
		leaked |= contains(d.items[i].title, "root:") || contains(d.items[i].summary, "root:");
	ok(r == 0 && d.nitems == 1 && !leaked, "external entity (file:///etc/passwd) never read");
	if (r == 0) {
		is_str(d.items[0].title, "Look:", "external entity: the text around it kept");
		feed_doc_free(&d);
	}

	/* An external parameter entity (a DTD of this machine that declares
	 * an entity) is never read either. */
	const char *dtd = "feed-test-pe.dtd";
	FILE *f = fopen(dtd, "w");
	if (!f) {
		printf("Bail out! cannot write %s\n", dtd);
		exit(1);
	}
	fputs("<!ENTITY leak \"SECRET\">\n", f);
	fclose(f);
	char abs[4200], *cwd = getcwd(NULL, 0);
	snprintf(abs, sizeof abs, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY %% ext SYSTEM \"file://%s/%s\"> %%ext;]>"
		 "<rss version=\"2.0\"><channel><title>t &leak;</title></channel></rss>", cwd, dtd);
	free(cwd);
	r = feed_parse(abs, strlen(abs), NULL, 0, &d);
	ok(r < 0 || !contains(d.title, "SECRET"), "external parameter entity never read");
	if (r == 0)
		feed_doc_free(&d);
	remove(dtd);

	/* Many small entities are fine, a few too many are not. */
	struct sb b = SB_INIT;
	sb_adds(&b, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY nbsp \"&#160;\"><!ENTITY mdash \"&#8212;\">]>"
		    "<rss version=\"2.0\"><channel><title>a&mdash;b&nbsp;c</title></channel></rss>");
	ok(feed_parse(b.s, b.len, NULL, 0, &d) == 0, "a DTD declaring a few entities is read");
	is_str(d.title, "a\xe2\x80\x94" "b c", "declared entities replaced");
	feed_doc_free(&d);
	sb_reset(&b);
	sb_adds(&b, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]><rss version=\"2.0\"><channel><title>");
	for (int i = 0; i < 20000; i++)
		sb_adds(&b, "&a;");
	sb_adds(&b, "</title></channel></rss>");
	ok(feed_parse(b.s, b.len, NULL, 0, &d) < 0 && !strcmp(err_msg(), "too many entity expansions"),
	   "20000 references to an entity refused");
	sb_reset(&b);
	/* An item of 200000 categories is read quickly, a few of them kept. */
	sb_adds(&b, "<rss version=\"2.0\"><channel><item><title>c</title>");
	for (int i = 0; i < 200000; i++)
		sb_addf(&b, "<category>c%d</category>", i);
	sb_adds(&b, "</item></channel></rss>");
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	r = feed_parse(b.s, b.len, NULL, 0, &d);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	ok(r == 0 && d.nitems == 1 && d.items[0].ncategories == 64, "200000 categories: 64 kept");
	ok(secs < 5, "200000 categories: read in a few seconds (of CPU time)");
	if (r == 0)
		feed_doc_free(&d);
	sb_release(&b);
}

static void test_dates(void)
{
	static const struct {
		const char *in, *want;
	} dates[] = {
		{ "Tue, 05 Mar 2024 08:30:00 +0100", "2024-03-05T07:30:00Z" },
		{ "Tue, 05 Mar 2024 08:30:00 GMT", "2024-03-05T08:30:00Z" },
		{ "05 Mar 2024 08:30:00 UT", "2024-03-05T08:30:00Z" },
		{ "Tue, 5 Mar 24 08:30:00 Z", "2024-03-05T08:30:00Z" },
		{ "Tue, 05 Mar 99 08:30 EST", "1999-03-05T13:30:00Z" },
		{ "Sun, 31 Mar 2024 23:30:00 PDT", "2024-04-01T06:30:00Z" },
		{ "Fri, 01 Mar 2024 01:00:00 -0230", "2024-03-01T03:30:00Z" },
		{ "Fri, 01 Mar 2024 01:00:00 +05:30", "2024-02-29T19:30:00Z" },
		{ "tue, 05 mar 2024 08:30:00 gmt", "2024-03-05T08:30:00Z" },
		{ "Tuesday, 05 March 2024 08:30:00 +0000", "2024-03-05T08:30:00Z" },
		{ "  Tue,  05  Mar  2024   08:30:00   +0000  ", "2024-03-05T08:30:00Z" },
		{ "05 Sept 2024 10:00 CEST", "2024-09-05T08:00:00Z" },
		{ "Mar 05 2024 08:30:00 GMT", "2024-03-05T08:30:00Z" },
		{ "5 Mar 2024", "2024-03-05T00:00:00Z" },
		{ "Tue, 05 Mar 2024 08:30:00", "2024-03-05T08:30:00Z" },
		{ "Thu, 29 Feb 2024 12:00:00 +0000", "2024-02-29T12:00:00Z" },
		{ "Tue, 31 Dec 2024 23:59:60 +0000", "2024-12-31T23:59:59Z" },
		{ "Tue, 05 Mar 2024 08:30:00 +0000 (UTC)", "2024-03-05T08:30:00Z" },
		{ "05-Mar-2024 08:30:00 -0100", "2024-03-05T09:30:00Z" },
		{ "Tue, 05 Mar 2024 5:30 pm EST", "2024-03-05T22:30:00Z" },
		{ "2024-03-05T08:30:00Z", "2024-03-05T08:30:00Z" },
		{ "2024-03-05T08:30:00.123+01:00", "2024-03-05T07:30:00Z" },
		{ "2024-03-05t08:30:00z", "2024-03-05T08:30:00Z" },
		{ "2024-03-05T08:30Z", "2024-03-05T08:30:00Z" },
		{ "2024-03-05 08:30:00 +0000", "2024-03-05T08:30:00Z" },
		{ "2024-03-05T23:30:00-05:00", "2024-03-06T04:30:00Z" },
		{ "2024-03-05", "2024-03-05T00:00:00Z" },
		{ "2024-03-05T08:30:00", "2024-03-05T08:30:00Z" },
		{ "Thu, 30 Feb 2024 12:00:00 +0000", NULL },
		{ "2024-13-01T00:00:00Z", NULL },
		{ "Tue, 05 Mar 2024 25:30:00 +0000", NULL },
		{ "yesterday", NULL },
		{ "", NULL },
		{ "Tue, 05 Mar 2024 08:30:00 (UTC", NULL },
		{ "12345678901234567890", NULL },
	};
	for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
		char *got = feed_date_iso(dates[i].in);
		char name[160];
		snprintf(name, sizeof name, "date '%s'", dates[i].in);
		is_str(got, dates[i].want, name);
		free(got);
	}
	ok(feed_date_iso(NULL) == NULL, "date NULL");
}

static void test_discover(void)
{
	size_t len;
	char *s = fixture("page-with-feed.html", &len);
	char *url = NULL;
	is_int(feed_discover(s, len, "http://127.0.0.1/harbour/index.html", &url), 1, "discover: the page names a feed");
	is_str(url, "http://127.0.0.1/harbour/feeds/rss2.xml", "discover: the first feed link, resolved");
	free(url);
	free(s);
	const char *based = "<html><head><base href=\"http://other.example/x/\">"
			    "<link rel=\"Alternate feed\" type=\"application/atom+xml; charset=utf-8\" href=\"a.xml\"></head></html>";
	is_int(feed_discover(based, strlen(based), "http://127.0.0.1/", &url), 1, "discover: rel among others, type with parameters");
	is_str(url, "http://other.example/x/a.xml", "discover: resolved against <base href>");
	free(url);
	const char *none = "<html><head><link rel=\"alternate\" hreflang=\"de\" href=\"/de/\"><link rel=\"stylesheet\" type=\"application/rss+xml\" href=\"s\"></head></html>";
	is_int(feed_discover(none, strlen(none), "http://127.0.0.1/", &url), 0, "discover: none");
	ok(url == NULL, "discover: none leaves NULL");
}

static int same_entries(const struct opml_entry *a, size_t na, const struct opml_entry *b, size_t nb)
{
	if (na != nb)
		return 0;
	for (size_t i = 0; i < na; i++) {
		const struct opml_entry *m = NULL;
		for (size_t k = 0; k < nb && !m; k++)
			if (!strcmp(a[i].url, b[k].url))
				m = &b[k];
		if (!m || (a[i].title == NULL) != (m->title == NULL) || (a[i].title && strcmp(a[i].title, m->title)) ||
		    a[i].ntags != m->ntags)
			return 0;
		for (size_t t = 0; t < a[i].ntags; t++)
			if (strcmp(a[i].tags[t], m->tags[t]))
				return 0;
	}
	return 1;
}

static const struct opml_entry *by_url(const struct opml_entry *v, size_t n, const char *url)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i].url, url))
			return &v[i];
	return NULL;
}

static void test_opml(void)
{
	size_t len, n;
	char *s = fixture("subscriptions.opml", &len);
	struct opml_entry *v;
	ok(opml_read(s, len, &v, &n) == 0, "opml: read");
	free(s);
	is_int(n, 5, "opml: five feeds (a bookmark and folders skipped)");
	const struct opml_entry *e = by_url(v, n, "http://127.0.0.1/feeds/rss2.xml");
	ok(e && !strcmp(e->title, "Harbour Notes") && e->ntags == 0, "opml: a top-level feed, no tags");
	e = by_url(v, n, "http://127.0.0.1/feeds/atom.xml");
	ok(e && !strcmp(e->title, "Lantern Workshop") && e->ntags == 1 && !strcmp(e->tags[0], "Crafts"), "opml: a folder is a tag");
	e = by_url(v, n, "http://127.0.0.1/feeds/rss091.xml");
	ok(e && e->ntags == 2 && !strcmp(e->tags[0], "Crafts") && !strcmp(e->tags[1], "Woodwork"), "opml: nested folders, outermost first");
	e = by_url(v, n, "http://127.0.0.1/feeds/rdf.xml");
	ok(e && e->ntags == 1 && !strcmp(e->tags[0], "Garden & orchard"), "opml: xmlurl in lower case; folder title unescaped");
	e = by_url(v, n, "http://127.0.0.1/feeds/rss2-summary.xml");
	ok(e && !strcmp(e->title, "Quay Diary"), "opml: XMLURL in upper case");

	size_t olen;
	char *out = opml_write(v, n, "Mine & yours", &olen);
	ok(out && olen == strlen(out) && contains(out, "<opml version=\"2.0\">"), "opml write: OPML 2.0");
	ok(contains(out, "Garden &amp; orchard") && contains(out, "<title>Mine &amp; yours</title>"), "opml write: escaped by libxml2");
	struct opml_entry *w;
	size_t nw;
	ok(opml_read(out, olen, &w, &nw) == 0, "opml: what was written reads back");
	ok(same_entries(v, n, w, nw), "opml round trip: the same entries, titles and tags");
	char *again = opml_write(w, nw, "Mine & yours", NULL);
	is_str(again, out, "opml round trip: written twice, the same bytes");
	free(again);
	free(out);
	opml_entries_free(w, nw);
	opml_entries_free(v, n);

	char odd_title[] = "ctl\x01 <b>\"q\"", odd_url[] = "http://x.example/?a=1&b=2";
	struct opml_entry odd = { .title = odd_title, .url = odd_url, .tags = NULL, .ntags = 0 };
	out = opml_write(&odd, 1, NULL, &olen);
	ok(opml_read(out, olen, &w, &nw) == 0 && nw == 1 && !strcmp(w[0].url, odd.url) && !strcmp(w[0].title, "ctl <b>\"q\""),
	   "opml: markup, quotes, ampersands and a control byte survive writing");
	free(out);
	if (nw == 1)
		opml_entries_free(w, nw);

	const char *notopml = "<rss version=\"2.0\"/>";
	ok(opml_read(notopml, strlen(notopml), &w, &nw) < 0, "opml: another document refused");
	s = fixture("laughs.xml", &len);
	ok(opml_read(s, len, &w, &nw) < 0 && !strcmp(err_msg(), "too many entity expansions"), "opml: billion laughs refused");
	free(s);
}

static void test_changing(void)
{
	struct feed_doc a, b;
	ok(parse("changing-1.xml", NULL, 0, &a) == 0 && parse("changing-2.xml", NULL, 0, &b) == 0, "changing: both parsed");
	ok(a.nitems == 2 && b.nitems == 3, "changing: one item more");
	if (a.nitems == 2 && b.nitems == 3) {
		ok(!strcmp(a.items[0].id, b.items[1].id) && strcmp(a.items[0].title, b.items[1].title) != 0,
		   "changing: an edited item keeps its id");
		is_str(b.items[0].id, "tide-0003", "changing: the new item");
	}
	feed_doc_free(&a);
	feed_doc_free(&b);
}

int main(void)
{
	test_rss2();
	test_summary();
	test_rss091_rdf();
	test_atom();
	test_recovery();
	test_refusals();
	test_dates();
	test_discover();
	test_opml();
	test_changing();
	return done_testing();
}
