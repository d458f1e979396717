/* feed.c -- RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 into struct
 * feed_doc (see feed.h), and the feed an HTML page announces.
 *
 * The document comes from feed_xml_read (feed-xml.c: no DTD, no external
 * entity, bounded expansion). Elements are recognised by local name and
 * namespace: RSS ones in no namespace or the RSS 0.90/1.0 ones, Atom ones
 * in the Atom namespace, dc: and content: in theirs; anything else
 * (media:, itunes:, ...) is passed over. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "feed.h"
#include "feed-int.h"
#include "links.h"
#include "util.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_RSS10 "http://purl.org/rss/1.0/"
#define NS_RSS090 "http://my.netscape.com/rdf/simple/0.9/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

enum ns { NS_NONE, NS_IS_ATOM, NS_IS_DC, NS_IS_CONTENT, NS_IS_RDF, NS_OTHER };

static enum ns ns_of(const xmlNode *n)
{
	if (!n->ns || !n->ns->href)
		return NS_NONE;
	const char *h = (const char *)n->ns->href;
	if (!strcmp(h, NS_ATOM) || !strcmp(h, NS_ATOM03))
		return NS_IS_ATOM;
	if (!strcmp(h, NS_DC))
		return NS_IS_DC;
	if (!strcmp(h, NS_CONTENT))
		return NS_IS_CONTENT;
	if (!strcmp(h, NS_RSS10) || !strcmp(h, NS_RSS090))
		return NS_NONE;
	if (!strcmp(h, NS_RDF))
		return NS_IS_RDF;
	return NS_OTHER;
}

/* Element n is name in namespace ns. */
static int is(const xmlNode *n, enum ns ns, const char *name)
{
	return feed_is(n, name) && ns_of(n) == ns;
}

static int is_space_only(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

/* The children of n serialised as HTML (as XML with xml: nonzero, so
 * that the text inside an element HTML calls empty, as in a recovered
 * unclosed <br>, is kept); NULL when there is nothing. */
static char *inner_html(const xmlNode *n, int xml)
{
	xmlBufferPtr buf = xmlBufferCreate();
	for (xmlNode *c = n->children; c; c = c->next) {
		if (xml)
			xmlNodeDump(buf, n->doc, c, 0, 0);
		else
			htmlNodeDump(buf, n->doc, c);
	}
	const char *s = (const char *)xmlBufferContent(buf);
	char *r = s && !is_space_only(s) ? xstrdup(s) : NULL;
	xmlBufferFree(buf);
	return r;
}

static int has_element_child(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return 1;
	return 0;
}

/* Raw text (not collapsed) of n; NULL when only white space. */
static char *raw_text(const xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	char *r = t && !is_space_only((const char *)t) ? xstrdup((const char *)t) : NULL;
	xmlFree(t);
	return r;
}

static void add_escaped(struct sb *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': sb_adds(b, "&amp;"); break;
		case '<': sb_adds(b, "&lt;"); break;
		case '>': sb_adds(b, "&gt;"); break;
		default: sb_addc(b, *s);
		}
	}
}

/* An element holding HTML as RSS writes it (escaped, or as CDATA, or as
 * bare elements a careless feed left unescaped). */
static char *html_of_rss(const xmlNode *n)
{
	return has_element_child(n) ? inner_html(n, 1) : raw_text(n);
}

/* Takes the XHTML namespace off the elements under n, so that libxml2
 * serialises them as HTML (<img>, not <img></img>). */
static void drop_ns(xmlNode *n)
{
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE) {
			n->ns = NULL;
			drop_ns(n->children);
		}
}

/* Atom text construct (content, summary) as HTML, by its type. */
static char *html_of_atom(xmlNode *n)
{
	const char *type = (const char *)feed_attr(n, "type");
	if (feed_attr(n, "src"))
		return NULL;
	if (type && (!ascii_casecmp(type, "xhtml") || !ascii_casecmp(type, "application/xhtml+xml"))) {
		/* The content is a div of XHTML: its children are the article. */
		drop_ns(n->children);
		for (xmlNode *c = n->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return feed_is(c, "div") ? inner_html(c, 0) : inner_html(n, 0);
		return NULL;
	}
	if (type && (!ascii_casecmp(type, "html") || !ascii_casecmp(type, "text/html")))
		return html_of_rss(n);
	/* text (the default): escaped, paragraphs kept. */
	char *t = raw_text(n);
	if (!t)
		return NULL;
	struct sb b = SB_INIT;
	sb_adds(&b, "<p>");
	char *p = t;
	while (*p == '\n' || *p == ' ' || *p == '\t' || *p == '\r')
		p++;
	size_t e = strlen(p);
	while (e && (p[e - 1] == '\n' || p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
		p[--e] = '\0';
	add_escaped(&b, p);
	sb_adds(&b, "</p>");
	free(t);
	return sb_detach(&b);
}

/* An HTML fragment as a document, the fragment in its body (*body). */
static htmlDocPtr parse_fragment(const char *html, xmlNode **body)
{
	struct sb b = SB_INIT;
	sb_adds(&b, "<html><body>");
	sb_adds(&b, html);
	htmlDocPtr doc = xt_read_html(b.s, b.len, NULL);
	sb_release(&b);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	*body = root ? root->children : NULL;
	while (*body && !feed_is(*body, "body"))
		*body = (*body)->next;
	return doc;
}

/* The text of an HTML fragment (tags dropped, entities decoded). */
static char *html_text(const char *html)
{
	xmlNode *body;
	htmlDocPtr doc = parse_fragment(html, &body);
	char *r = body ? feed_text(body) : xt_clean(html);
	if (doc)
		xmlFreeDoc(doc);
	return r;
}

/* Whether n or an element around it sets xml:base. */
static int has_xml_base(const xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (xmlHasNsProp(n, (const xmlChar *)"base", XML_XML_NAMESPACE))
			return 1;
	return 0;
}

/* ref trimmed and made absolute against base (may be NULL;
 * link_resolve); NULL when ref is NULL or empty. Caller frees. */
static char *resolve_against(const char *ref, const char *base)
{
	char *r = xt_clean(ref);
	if (!r || !base)
		return r;
	char *abs = link_resolve(base, r);
	free(r);
	return abs;
}

static void rebase_nodes(xmlNode *n, const xmlChar *base)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (xmlAttr *a = n->properties; a; a = a->next) {
			if (ascii_casecmp((const char *)a->name, "href") && ascii_casecmp((const char *)a->name, "src"))
				continue;
			xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
			char *abs = resolve_against((const char *)v, (const char *)base);
			if (abs)
				xmlSetProp(n, a->name, (const xmlChar *)abs);
			free(abs);
			xmlFree(v);
		}
		rebase_nodes(n->children, base);
	}
}

/* The HTML of element n with its relative href and src made absolute
 * against the xml:base in force at n. Without an xml:base the HTML is
 * left as it is: its relative addresses are the item link's to resolve
 * (as feed readers do), not the feed's. Takes html. */
static char *rebase_html(const xmlNode *n, char *html)
{
	if (!html || !has_xml_base(n) || (!strstr(html, "href") && !strstr(html, "src")))
		return html;
	xmlChar *base = xmlNodeGetBase(n->doc, n);
	xmlNode *body;
	htmlDocPtr doc = parse_fragment(html, &body);
	if (base && body) {
		rebase_nodes(body->children, base);
		char *r = inner_html(body, 0);
		free(html);
		html = r;
	}
	xmlFree(base);
	if (doc)
		xmlFreeDoc(doc);
	return html;
}

/* Text that may be HTML: tags and entities taken as text when it holds
 * any. */
static char *text_maybe_html(char *t)
{
	if (!t)
		return NULL;
	int html = strchr(t, '&') != NULL;
	for (const char *p = t; !html && (p = strchr(p, '<')); p++)
		html = p[1] == '/' || p[1] == '!' || (p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z');
	if (!html)
		return t;
	char *r = html_text(t);
	free(t);
	return r;
}

/* A title element: plain text, whatever HTML it carries. */
static char *title_of(const xmlNode *n)
{
	char *t = feed_text(n);
	const char *type = (const char *)feed_attr(n, "type");
	if (ns_of(n) == NS_IS_ATOM && !(type && (!ascii_casecmp(type, "html") || !ascii_casecmp(type, "xhtml"))))
		return t;
	return text_maybe_html(t);
}

static void set(char **field, char *value)
{
	if (!value)
		return;
	free(*field);
	*field = value;
}

static void set_once(char **field, char *value)
{
	if (*field || !value) {
		free(value);
		return;
	}
	*field = value;
}

/* Categories and enclosures kept per item; more are passed over (the
 * list is searched for duplicates, and a hostile feed may hold many). */
#define FEED_MAX_LIST 64

static void push(char ***v, size_t *n, char *s)
{
	if (!s)
		return;
	if (*n >= FEED_MAX_LIST) {
		free(s);
		return;
	}
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i], s)) {
			free(s);
			return;
		}
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

/* "office@example.org (Ivo Brandt)" as RSS's author writes it: the name. */
static char *rss_author(char *s)
{
	if (!s)
		return NULL;
	char *open = strchr(s, '(');
	char *close = open ? strrchr(open, ')') : NULL;
	if (open && close && strchr(s, '@') && strchr(s, '@') < open) {
		char *inner = xstrndup(open + 1, (size_t)(close - open - 1));
		char *name = xt_clean(inner);
		free(inner);
		if (name) {
			free(s);
			return name;
		}
	}
	return s;
}


/* ref made absolute against the base of node n (xml:base, else the
 * document's address). */
static char *feed_resolve(const xmlNode *n, const char *ref)
{
	xmlChar *base = xmlNodeGetBase(n->doc, n);
	char *r = resolve_against(ref, (const char *)base);
	xmlFree(base);
	return r;
}

static char *atom_person(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (feed_is(c, "name"))
			return feed_text(c);
	return NULL;
}

/* The item being read, with its dates kept apart until the end. */
struct reading {
	struct feed_item it;
	char *pubdate, *dcdate, *published, *updated, *guid;
	int guid_permalink;
};

static void item_child(struct reading *r, xmlNode *c)
{
	struct feed_item *it = &r->it;
	enum ns ns = ns_of(c);
	const char *name = (const char *)c->name;
	if (ns == NS_NONE || ns == NS_IS_ATOM) {
		if (!ascii_casecmp(name, "title"))
			set(&it->title, title_of(c));
		else if (!ascii_casecmp(name, "link")) {
			if (ns == NS_IS_ATOM || feed_attr(c, "href")) {
				const char *rel = (const char *)feed_attr(c, "rel");
				char *href = feed_resolve(c, (const char *)feed_attr(c, "href"));
				if (rel && !ascii_casecmp(rel, "enclosure"))
					push(&it->enclosures, &it->nenclosures, href);
				else if (!rel || !ascii_casecmp(rel, "alternate"))
					set_once(&it->link, href);
				else
					free(href);
			} else {
				char *t = feed_text(c);
				set_once(&it->link, feed_resolve(c, t));
				free(t);
			}
		} else if (!ascii_casecmp(name, "guid") || (ns == NS_IS_ATOM && !ascii_casecmp(name, "id"))) {
			set(&r->guid, feed_text(c));
			const char *pl = (const char *)feed_attr(c, "isPermaLink");
			r->guid_permalink = ns == NS_NONE && !(pl && !ascii_casecmp(pl, "false"));
		} else if (!ascii_casecmp(name, "pubDate"))
			set(&r->pubdate, feed_text(c));
		else if (!ascii_casecmp(name, "published") || !ascii_casecmp(name, "issued"))
			set(&r->published, feed_text(c));
		else if (!ascii_casecmp(name, "updated") || !ascii_casecmp(name, "modified"))
			set(&r->updated, feed_text(c));
		else if (!ascii_casecmp(name, "author")) {
			if (ns == NS_IS_ATOM)
				set_once(&it->author, atom_person(c));
			else
				set_once(&it->author, rss_author(feed_text(c)));
		} else if (!ascii_casecmp(name, "category")) {
			const char *term = (const char *)feed_attr(c, "term");
			push(&it->categories, &it->ncategories, term ? xt_clean(term) : feed_text(c));
		} else if (!ascii_casecmp(name, "enclosure") && ns == NS_NONE)
			push(&it->enclosures, &it->nenclosures, feed_resolve(c, (const char *)feed_attr(c, "url")));
		else if (!ascii_casecmp(name, "description") && ns == NS_NONE)
			set(&it->summary, rebase_html(c, html_of_rss(c)));
		else if (ns == NS_IS_ATOM && !ascii_casecmp(name, "summary"))
			set(&it->summary, rebase_html(c, html_of_atom(c)));
		else if (ns == NS_IS_ATOM && !ascii_casecmp(name, "content"))
			set(&it->content, rebase_html(c, html_of_atom(c)));
	} else if (ns == NS_IS_CONTENT && !ascii_casecmp(name, "encoded"))
		set(&it->content, rebase_html(c, html_of_rss(c)));
	else if (ns == NS_IS_DC) {
		if (!ascii_casecmp(name, "creator"))
			set(&it->author, feed_text(c));
		else if (!ascii_casecmp(name, "date"))
			set_once(&r->dcdate, feed_text(c));
		else if (!ascii_casecmp(name, "subject"))
			push(&it->categories, &it->ncategories, feed_text(c));
	}
}

static char *first_date(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *d = v[i] ? feed_date_iso(v[i]) : NULL;
		if (d)
			return d;
	}
	return NULL;
}

static void read_item(const xmlNode *n, const char *feed_author, struct feed_item *out)
{
	struct reading r;
	memset(&r, 0, sizeof r);
	for (xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			item_child(&r, c);
	struct feed_item *it = &r.it;
	char *dates[] = { r.pubdate, r.dcdate, r.published, r.updated };
	it->published = first_date(dates, 4);
	if (!it->link && r.guid && r.guid_permalink && (!strncmp(r.guid, "http://", 7) || !strncmp(r.guid, "https://", 8)))
		it->link = xstrdup(r.guid);
	if (!it->author && feed_author)
		it->author = xstrdup(feed_author);
	if (r.guid) {
		it->id = r.guid;
		r.guid = NULL;
	} else if (it->link)
		it->id = xstrdup(it->link);
	else {
		struct sb b = SB_INIT;
		sb_addf(&b, "%s\n%s", it->title ? it->title : "", it->published ? it->published : "");
		if (!it->title && !it->published)
			sb_adds(&b, it->summary ? it->summary : it->content ? it->content : "");
		char hex[17];
		hash64_hex(hash64(b.s, b.len), hex);
		sb_release(&b);
		it->id = xmalloc(5 + 17);
		memcpy(it->id, "hash:", 5);
		memcpy(it->id + 5, hex, 17);
	}
	free(r.pubdate);
	free(r.dcdate);
	free(r.published);
	free(r.updated);
	free(r.guid);
	*out = *it;
}

static void add_item(struct feed_doc *d, const xmlNode *n, const char *feed_author, size_t max_items, size_t *cap)
{
	if (max_items && d->nitems >= max_items) {
		d->dropped++;
		return;
	}
	XGROW(d->items, *cap, d->nitems + 1);
	read_item(n, feed_author, &d->items[d->nitems++]);
}

/* The channel's or feed's own title, link and (Atom) author. */
static void read_head(struct feed_doc *d, const xmlNode *n, char **author)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		enum ns ns = ns_of(c);
		if (ns != NS_NONE && ns != NS_IS_ATOM)
			continue;
		if (feed_is(c, "title"))
			set_once(&d->title, title_of(c));
		else if (feed_is(c, "link")) {
			const char *href = (const char *)feed_attr(c, "href");
			const char *rel = (const char *)feed_attr(c, "rel");
			if (href && (!rel || !ascii_casecmp(rel, "alternate")))
				set_once(&d->link, feed_resolve(c, href));
			else if (!href && ns == NS_NONE) {
				char *t = feed_text(c);
				set_once(&d->link, feed_resolve(c, t));
				free(t);
			}
		} else if (ns == NS_IS_ATOM && feed_is(c, "author"))
			set_once(author, atom_person(c));
	}
}

/* Whether the bytes begin like an HTML page (a doctype html or <html>). */
static int looks_html(const char *s, size_t len)
{
	size_t i = 0;
	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	for (;;) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
			i++;
		if (i + 4 <= len && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = memmem(s + i + 4, len - i - 4, "-->", 3);
			if (!e)
				return 0;
			i = (size_t)(e - s) + 3;
			continue;
		}
		break;
	}
	return (len - i >= 14 && ascii_ncasecmp(s + i, "<!doctype html", 14) == 0) ||
	       (len - i >= 5 && ascii_ncasecmp(s + i, "<html", 5) == 0);
}

int feed_parse(const char *xml, size_t len, const char *url, size_t max_items, struct feed_doc *out)
{
	memset(out, 0, sizeof *out);
	if (looks_html(xml, len))
		return err_set(_("not a feed (an HTML page)"));
	xmlDocPtr doc = feed_xml_read(xml, len, url);
	if (!doc)
		return -1;
	xmlNode *root = xmlDocGetRootElement(doc);
	size_t cap = 0;
	char *author = NULL;
	int rc = 0;
	if (feed_is(root, "html")) {
		rc = err_set(_("not a feed (an HTML page)"));
	} else if (feed_is(root, "feed") && ns_of(root) != NS_OTHER) {
		read_head(out, root, &author);
		for (const xmlNode *c = root->children; c; c = c->next)
			if (is(c, NS_IS_ATOM, "entry") || (ns_of(root) == NS_NONE && feed_is(c, "entry")))
				add_item(out, c, author, max_items, &cap);
	} else if (feed_is(root, "rss") || feed_is(root, "RDF")) {
		/* RSS 2.0 puts items in the channel, RSS 1.0 and 0.90 beside it. */
		for (const xmlNode *c = root->children; c; c = c->next) {
			if (is(c, NS_NONE, "channel")) {
				read_head(out, c, &author);
				for (const xmlNode *i = c->children; i; i = i->next)
					if (is(i, NS_NONE, "item"))
						add_item(out, i, NULL, max_items, &cap);
			} else if (is(c, NS_NONE, "item"))
				add_item(out, c, NULL, max_items, &cap);
		}
	} else {
		rc = err_set(_("not RSS or Atom"));
	}
	free(author);
	xmlFreeDoc(doc);
	if (rc < 0)
		feed_doc_free(out);
	return rc;
}

void feed_doc_free(struct feed_doc *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->nitems; i++) {
		struct feed_item *it = &d->items[i];
		free(it->id);
		free(it->link);
		free(it->title);
		free(it->author);
		free(it->published);
		free(it->content);
		free(it->summary);
		for (size_t k = 0; k < it->ncategories; k++)
			free(it->categories[k]);
		free(it->categories);
		for (size_t k = 0; k < it->nenclosures; k++)
			free(it->enclosures[k]);
		free(it->enclosures);
	}
	free(d->items);
	free(d->title);
	free(d->link);
	memset(d, 0, sizeof *d);
}

/* Whether the space-separated list of tokens s holds word. */
static int has_token(const char *s, const char *word)
{
	size_t n = strlen(word);
	while (s && *s) {
		s += strspn(s, " \t\r\n");
		size_t k = strcspn(s, " \t\r\n");
		if (k == n && !ascii_ncasecmp(s, word, n))
			return 1;
		s += k;
	}
	return 0;
}

static int is_feed_type(const char *t)
{
	static const char *const types[] = { "application/rss+xml", "application/atom+xml", "application/rdf+xml" };
	if (!t)
		return 0;
	t += strspn(t, " \t");
	for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
		size_t n = strlen(types[i]);
		if (!ascii_ncasecmp(t, types[i], n) && strchr(" \t;", t[n] ? t[n] : ' '))
			return 1;
	}
	return 0;
}

static const xmlNode *find_feed_link(const xmlNode *n, const xmlNode **base)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (feed_is(n, "base") && !*base && feed_attr(n, "href"))
			*base = n;
		if (feed_is(n, "link") && has_token((const char *)feed_attr(n, "rel"), "alternate") &&
		    is_feed_type((const char *)feed_attr(n, "type")) && feed_attr(n, "href") &&
		    !is_space_only((const char *)feed_attr(n, "href")))
			return n;
		const xmlNode *f = find_feed_link(n->children, base);
		if (f)
			return f;
	}
	return NULL;
}

int feed_discover(const char *html, size_t len, const char *url, char **feed_url)
{
	*feed_url = NULL;
	size_t ulen;
	char *u = xt_to_utf8(html, len, NULL, &ulen);
	htmlDocPtr doc = xt_read_html(u, ulen, NULL);
	free(u);
	if (!doc)
		return 0;
	const xmlNode *base = NULL;
	const xmlNode *link = find_feed_link(xmlDocGetRootElement(doc), &base);
	if (link) {
		char *b = base ? resolve_against((const char *)feed_attr(base, "href"), url) : url ? xstrdup(url) : NULL;
		*feed_url = resolve_against((const char *)feed_attr(link, "href"), b);
		free(b);
	}
	xmlFreeDoc(doc);
	return *feed_url != NULL;
}
