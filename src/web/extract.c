/* extract.c -- a web page's article (see extract.h): decoding, parsing,
 * and the helpers over libxml2's tree that the other extract-*.c files
 * share (extract-int.h).
 *
 * Before parsing, the page is made UTF-8 (extract-charset.c) and
 * prepared (prepare): script and style contents dropped, attributes and
 * tags limited, so that time and memory stay bounded whatever the page.
 * The parser runs with recovery, without network access and without
 * reading the page's own charset declaration. The HTML parser expands no
 * external entities; its depth is cut before any of our walks recurse.
 * A page whose HTML holds far less than its JSON-LD articleBody is read
 * from that. */
#include "system.h"

#include <limits.h>
#include <string.h>

#include "extract-int.h"
#include "links.h"

int xt_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

char *xt_attr(xmlNodePtr n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	return (char *)xmlGetNoNsProp(n, (const xmlChar *)name);
}

const char *xt_peek(xmlNodePtr n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (!a->name || strcmp((const char *)a->name, name) != 0)
			continue;
		xmlNodePtr t = a->children;
		if (!t)
			return "";
		if (t->type == XML_TEXT_NODE && !t->next)
			return t->content ? (const char *)t->content : "";
		return NULL;   /* entity references: read with xt_attr */
	}
	return NULL;
}

static int is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Appends s collapsing white space (also no-break spaces) into one space. */
static void add_collapsed(struct sb *b, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		int sp = is_space(*p);
		if (!sp && p[0] == 0xc2 && p[1] == 0xa0) {
			sp = 1;
			p++;
		}
		if (sp) {
			if (b->len && b->s[b->len - 1] != ' ')
				sb_addc(b, ' ');
		} else if (*p >= 0x20 && *p != 0x7f) {
			sb_addc(b, *p);
		}
	}
}

/* Appends the text of the nodes from n on, runs of white space made one
 * space (none first when b is empty or ends in one). */
static void xt_text(xmlNodePtr n, struct sb *b)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				add_collapsed(b, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE) {
			if (xt_is(n, "script") || xt_is(n, "style") || xt_is(n, "template"))
				continue;
			if (xt_is(n, "br") && b->len && b->s[b->len - 1] != ' ')
				sb_addc(b, ' ');
			xt_text(n->children, b);
		}
	}
}

static char *trimmed(struct sb *b)
{
	while (b->len && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	if (!b->len) {
		sb_release(b);
		return NULL;
	}
	return sb_detach(b);
}

char *xt_text_dup(xmlNodePtr n)
{
	struct sb b = SB_INIT;
	if (n)
		xt_text(n->children, &b);
	return trimmed(&b);
}

char *xt_clean(const char *s)
{
	if (!s)
		return NULL;
	struct sb b = SB_INIT;
	add_collapsed(&b, s);
	return trimmed(&b);
}

static int has_scheme(const char *s, const char *scheme)
{
	size_t n = strlen(scheme);
	return ascii_ncasecmp(s, scheme, n) == 0 && s[n] == ':';
}

char *xt_url(const char *href, const char *base, int mail)
{
	if (!href)
		return NULL;
	char *h = xt_clean(href);
	if (!h)
		return NULL;
	if (h[0] == '#' && base == NULL) {
		free(h);
		return NULL;
	}
	char *abs = link_resolve(base, h);
	free(h);
	if (!has_scheme(abs, "http") && !has_scheme(abs, "https") && !(mail && has_scheme(abs, "mailto"))) {
		free(abs);
		return NULL;
	}
	struct sb b = SB_INIT;
	for (const unsigned char *p = (const unsigned char *)abs; *p; p++) {
		if (*p <= ' ' || *p == '(' || *p == ')' || *p == '<' || *p == '>' || *p == 0x7f || *p == '"' || *p == '\\')
			sb_addf(&b, "%%%02X", *p);
		else
			sb_addc(&b, *p);
	}
	free(abs);
	return sb_detach(&b);
}

/* Makes each element deeper than XT_MAX_DEPTH below root a text node of
 * its text. */
static void cap_depth(xmlNodePtr root)
{
	if (!root)
		return;
	xmlNodePtr n = root;
	int depth = 0;
	while (n) {
		if (n->type == XML_ELEMENT_NODE && depth > XT_MAX_DEPTH) {
			/* Its text stays, as one text node (libxml2 reads it
			 * without recursion). */
			xmlChar *text = xmlNodeGetContent(n);
			xmlNodePtr t = xmlNewDocText(n->doc, text ? text : (const xmlChar *)"");
			xmlFree(text);
			xmlReplaceNode(n, t);
			xmlFreeNode(n);
			n = t;
		}
		if (n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			depth++;
			continue;
		}
		while (n && n != root && !n->next) {
			n = n->parent;
			depth--;
		}
		if (!n || n == root)
			break;
		n = n->next;
	}
}

/* Nonzero when s (n bytes left) starts "<name" and the name ends there. */
static int open_tag(const char *s, size_t n, const char *name)
{
	size_t k = strlen(name);
	if (n < k + 2 || s[0] != '<' || ascii_ncasecmp(s + 1, name, k) != 0)
		return 0;
	char c = s[k + 1];
	return c == '>' || c == '/' || is_space((unsigned char)c);
}

static const char *find_ci(const char *s, const char *end, const char *what)
{
	size_t k = strlen(what);
	for (const char *p = s; p + k <= end; p++) {
		p = memchr(p, '<', (size_t)(end - p));
		if (!p || p + k > end)
			return NULL;
		if (ascii_ncasecmp(p, what, k) == 0)
			return p;
	}
	return NULL;
}

static int ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Steps over the start tag at r (a '<' and a letter); with w, copies it
 * there without the attributes after the first max. Returns where the
 * tag ends; *n gets its number of attributes. */
static char *start_tag(char *r, char *end, char **w, size_t max, size_t *n)
{
	char *p = r + 1;
	while (p < end && !is_space((unsigned char)*p) && *p != '>' && *p != '/')
		p++;
	if (w) {
		memmove(*w, r, (size_t)(p - r));
		*w += p - r;
	}
	for (*n = 0;;) {
		char *a = p;
		while (p < end && (is_space((unsigned char)*p) || *p == '/'))
			p++;
		if (p >= end || *p == '>') {
			if (p < end)
				p++;
			if (w) {
				memmove(*w, a, (size_t)(p - a));
				*w += p - a;
			}
			return p;
		}
		while (p < end && !is_space((unsigned char)*p) && *p != '=' && *p != '>')
			p++;
		char *q = p;
		while (q < end && is_space((unsigned char)*q))
			q++;
		if (q < end && *q == '=') {
			q++;
			while (q < end && is_space((unsigned char)*q))
				q++;
			if (q < end && (*q == '"' || *q == '\'')) {
				char *e = memchr(q + 1, *q, (size_t)(end - q - 1));
				q = e ? e + 1 : end;
			} else {
				while (q < end && !is_space((unsigned char)*q) && *q != '>')
					q++;
			}
			p = q;
		}
		if (++*n <= max && w) {
			memmove(*w, a, (size_t)(p - a));
			*w += p - a;
		}
	}
}

/* Copies the start tag at r to *w, its attributes after the first
 * XT_MAX_ATTRS left out (libxml2 compares each attribute with all before
 * it: many make it quadratic), and all once *budget attributes were
 * kept (they cost memory). Returns where the tag ends. */
static char *copy_start_tag(char *r, char *end, char **w, size_t *budget)
{
	size_t n, max = *budget < XT_MAX_ATTRS ? *budget : XT_MAX_ATTRS;
	char *e = start_tag(r, end, NULL, 0, &n);
	if (n <= max) {
		memmove(*w, r, (size_t)(e - r));
		*w += e - r;
	} else {
		e = start_tag(r, end, w, max, &n);
		n = max;
	}
	*budget -= n;
	return e;
}

/* Prepares the bytes for the parser, in place: drops the contents of
 * <script> (but JSON-LD's) and <style> elements (most of a page's bytes,
 * never read; their end is found as the parser finds it, at the first
 * "</script" or "</style"), steps over comments whole, keeps at most
 * XT_MAX_ATTRS attributes a tag and XT_MAX_ALL_ATTRS in all, and ends
 * the page after XT_MAX_TAGS start tags. Returns the new length. */
static size_t prepare(char *buf, size_t len)
{
	char *end = buf + len, *r = buf, *w = buf;
	size_t tags = 0, attrs = XT_MAX_ALL_ATTRS;
	while (r < end) {
		char *lt = memchr(r, '<', (size_t)(end - r));
		if (!lt)
			lt = end;
		memmove(w, r, (size_t)(lt - r));
		w += lt - r;
		r = lt;
		if (r >= end)
			break;
		size_t left = (size_t)(end - r);
		if (left >= 4 && memcmp(r, "<!--", 4) == 0) {
			const char *c = memmem(r + 4, left - 4, "-->", 3);
			const char *stop = c ? c + 3 : end;
			memmove(w, r, (size_t)(stop - r));
			w += stop - r;
			r = (char *)stop;
			continue;
		}
		if (left < 2 || !ascii_alpha((unsigned char)r[1])) {
			*w++ = *r++;
			continue;
		}
		if (++tags > XT_MAX_TAGS)
			break;
		int script = open_tag(r, left, "script"), style = !script && open_tag(r, left, "style");
		char *tag = w;
		r = copy_start_tag(r, end, &w, &attrs);
		if ((script || style) && !(script && w - tag < 400 && memmem(tag, (size_t)(w - tag), "ld+json", 7))) {
			const char *stop = find_ci(r, end, script ? "</script" : "</style");
			r = stop ? (char *)stop : end;
		}
	}
	return (size_t)(w - buf);
}

void page_free(struct page *p)
{
	if (!p)
		return;
	free(p->meta.title);
	free(p->meta.source);
	free(p->meta.author);
	free(p->meta.published);
	free(p->meta.site);
	free(p->meta.lang);
	free(p->meta.feed);
	free(p->body);
	memset(p, 0, sizeof *p);
}

/* Letters and digits of a Markdown body, roughly, for "no article": a
 * character from U+0800 on (CJK, Hangul, Indic scripts) counts two, as
 * it says more than a Latin letter. */
static size_t letters(const char *s)
{
	size_t k = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0xe0)
			k += 2;
		else if ((*p >= 0x80 && (*p & 0xc0) != 0x80) || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z'))
			k++;
	return k;
}

/* Not XML_PARSE_HUGE: its limit of 256 levels keeps libxml2's search of
 * its open elements for each end tag linear (without it, 100000 <div>
 * and as many </i> took 30 s). */
static const int parse_opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;

htmlDocPtr xt_read_html(char *buf, size_t len, const char *url)
{
	len = prepare(buf, len);
	if (len > INT_MAX)
		return NULL;
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		return NULL;
	htmlDocPtr doc = htmlCtxtReadMemory(ctxt, buf, (int)len, url, "UTF-8", parse_opts);
	htmlFreeParserCtxt(ctxt);
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		if (doc)
			xmlFreeDoc(doc);
		return NULL;
	}
	cap_depth(root);
	return doc;
}

/* The Markdown of len bytes of an HTML fragment (UTF-8; changed) into
 * out. */
static void fragment_markdown(char *html, size_t len, const char *base, const char *title, struct sb *out)
{
	htmlDocPtr doc = xt_read_html(html, len, NULL);
	if (!doc)
		return;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xt_markdown(&root, 1, base, title, out);
	xmlFreeDoc(doc);
}

/* A JSON-LD articleBody as Markdown: HTML when it holds tags (text is
 * then changed), else text with a paragraph a line. */
static void ld_markdown(char *text, const char *base, const char *title, struct sb *out)
{
	if (!strstr(text, "</") && !strstr(text, "<br") && !strstr(text, "<p")) {
		xt_text_markdown(text, out);
		return;
	}
	fragment_markdown(text, strlen(text), base, title, out);
}

char *web_html_markdown(const char *html, size_t len, const char *base, size_t *outlen)
{
	struct sb out = SB_INIT;
	size_t ulen;
	char *u = xt_decode(html, len, "utf-8", &ulen);
	if (ulen <= XT_MAX_INPUT)
		fragment_markdown(u, ulen, base, NULL, &out);
	free(u);
	if (outlen)
		*outlen = out.len;
	return sb_detach(&out);
}

int web_extract(const char *html, size_t len, const char *content_type,
		const char *url, struct page *out)
{
	memset(out, 0, sizeof *out);
	if (len > XT_MAX_INPUT)
		return err_set(_("page larger than %zu MB"), XT_MAX_INPUT >> 20);
	size_t ulen;
	char *u = xt_to_utf8(html, len, content_type, &ulen);
	htmlDocPtr doc = xt_read_html(u, ulen, url);
	free(u);
	if (!doc)
		return err_set(_("no article found"));
	char *base = NULL;
	char *ld_body = NULL;
	xt_meta(doc, url, &out->meta, &base, &ld_body);
	size_t n = 0;
	xmlNodePtr *nodes = xt_body(doc, &n);
	struct sb body = SB_INIT;
	if (nodes)
		xt_markdown(nodes, n, base, out->meta.title, &body);
	free(nodes);
	xmlFreeDoc(doc);
	if (ld_body && letters(body.s) * 3 < letters(ld_body)) {
		/* The page's JSON-LD holds far more of the article than its
		 * HTML (a page its scripts fill in): take that. */
		sb_reset(&body);
		ld_markdown(ld_body, base, out->meta.title, &body);
	}
	free(ld_body);
	free(base);
	if (letters(body.s) < XT_MIN_LETTERS) {
		sb_release(&body);
		page_free(out);
		return err_set(_("no article found"));
	}
	if (!out->meta.title)
		out->meta.title = xstrdup("Untitled");
	out->len = body.len;
	out->body = sb_detach(&body);
	return 0;
}
