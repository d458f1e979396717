/* extract-body.c -- which nodes of a page are its article (see
 * extract-int.h).
 *
 * The method is Mozilla Readability's, written anew and with some of
 * trafilatura's cleaning: first what is never article is cut (scripts,
 * navigation, forms, hidden elements, and blocks whose class or id words
 * name comments, sharing, related links, cookie notices, ads and the
 * like, unless they hold much of the page's prose or an embedded post);
 * then every paragraph scores its ancestors (five levels up, less each
 * level) by its length and commas, scores are lowered by the share of
 * link text, and the best block is taken -- or the element the page marks
 * as articleBody around it -- with those of its siblings that score near
 * it or hold a large part deeper down. Inside the result, boxes that are
 * mostly links, images or form fields are cut again (Readability's
 * conditional cleaning), and so are smaller <article>s (a list of posts).
 *
 * Per-element figures live in an array that each element's _private
 * points into; they are computed again after every cut. */
#include "system.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract-int.h"

struct ni {
	double score;     /* content score (when scored) */
	int scored;       /* 1 once a candidate */
	size_t text;      /* letters and digits (and other non-space characters) */
	size_t link;      /* of those, inside <a> */
	size_t commas;
	size_t heads;     /* of the text, inside h1-h6 */
	int paras, imgs, lis, inputs, embeds, quotes;
	double best;      /* the best score of a candidate in the subtree */
	size_t best_text; /* that candidate's text */
};

struct ctx {
	struct ni *info;
	size_t n, cap;
};

static struct ni *ni(xmlNodePtr n)
{
	return n ? (struct ni *)n->_private : NULL;
}

static const char *name_of(xmlNodePtr n)
{
	return (const char *)n->name;
}

static const char *const junk_tags[] = {
	"script", "style", "noscript", "template", "iframe", "object", "embed",
	"svg", "canvas", "button", "input", "select", "textarea", "nav",
	"aside", "footer", "dialog", "menu", "link", "meta", "label", "option",
	"video", "audio", "map", "area", "head", "title", "figcaption", "math",
	NULL
};

static const char *const block_tags[] = {
	"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
	"fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
	"h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
	"table", "ul", "td", "th", "tr", "tbody", "thead", "img", "br", NULL
};

static int is_block(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE && xt_in(name_of(n), block_tags);
}

static void unlink_free(xmlNodePtr n)
{
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

/* ---- figures ---- */

static void count_text(const char *s, struct ni *d, int in_link, int in_head)
{
	size_t k = 0, commas = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p <= ' ' || (*p & 0xc0) == 0x80)
			continue;
		k++;
		if (*p == ',')
			commas++;
		else if (p[0] == 0xef && p[1] == 0xbc && p[2] == 0x8c)   /* U+FF0C */
			commas++;
		else if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x81)   /* U+3001 */
			commas++;
	}
	d->text += k;
	d->commas += commas;
	if (in_link)
		d->link += k;
	if (in_head)
		d->heads += k;
}

static void add_figures(struct ni *to, const struct ni *from)
{
	to->text += from->text;
	to->link += from->link;
	to->commas += from->commas;
	to->heads += from->heads;
	to->paras += from->paras;
	to->imgs += from->imgs;
	to->lis += from->lis;
	to->inputs += from->inputs;
	to->embeds += from->embeds;
	to->quotes += from->quotes;
}

/* Elements whose text is never read: not measured, _private NULL. */
static int unread(const char *nm)
{
	switch (nm[0]) {
	case 's':
		return !strcmp(nm, "script") || !strcmp(nm, "style") || !strcmp(nm, "svg");
	case 'n':
		return !strcmp(nm, "noscript");
	case 't':
		return !strcmp(nm, "template");
	default:
		return 0;
	}
}

/* The count of d that an element named nm adds one to, or NULL (a
 * switch on the first letter: this runs for every element, twice). */
static int *counter(struct ni *d, const char *nm)
{
	switch (nm[0]) {
	case 'p': return nm[1] ? NULL : &d->paras;
	case 'l': return strcmp(nm, "li") ? NULL : &d->lis;
	case 'b': return strcmp(nm, "blockquote") ? NULL : &d->quotes;
	case 's': return strcmp(nm, "select") ? NULL : &d->inputs;
	case 't': return strcmp(nm, "textarea") ? NULL : &d->inputs;
	case 'e': return strcmp(nm, "embed") ? NULL : &d->embeds;
	case 'o': return strcmp(nm, "object") ? NULL : &d->embeds;
	case 'i': return !strcmp(nm, "img") ? &d->imgs : !strcmp(nm, "input") ? &d->inputs :
		  !strcmp(nm, "iframe") ? &d->embeds : NULL;
	default: return NULL;
	}
}

static void figures(struct ctx *c, xmlNodePtr e, int in_link, int in_head)
{
	if (c->n == c->cap)
		XGROW(c->info, c->cap, c->n + 1);
	size_t idx = c->n++;
	struct ni d = { 0 };
	const char *nm = name_of(e);
	int link = in_link || (nm[0] == 'a' && !nm[1]);
	int head = in_head || xt_heading(nm);
	for (xmlNodePtr k = e->children; k; k = k->next) {
		if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
			if (k->content)
				count_text((const char *)k->content, &d, link, head);
		} else if (k->type == XML_ELEMENT_NODE) {
			if (unread(name_of(k)))
				k->_private = NULL;
			else
				figures(c, k, link, head);
		}
	}
	/* Children were numbered after idx: sum the direct ones by index
	 * (c->info may have moved). */
	for (xmlNodePtr k = e->children; k; k = k->next)
		if (k->type == XML_ELEMENT_NODE && k->_private)
			add_figures(&d, &c->info[(size_t)k->_private - 1]);
	int *count = counter(&d, nm);
	if (count)
		++*count;
	c->info[idx] = d;
	e->_private = (void *)(idx + 1);   /* an index for now; made a pointer later */
}

static void point(struct ctx *c, xmlNodePtr e)
{
	for (; e; e = e->next) {
		if (e->type != XML_ELEMENT_NODE || !e->_private)
			continue;
		e->_private = &c->info[(size_t)e->_private - 1];
		point(c, e->children);
	}
}

/* Computes the figures of every element under root (again). */
static void measure(struct ctx *c, xmlNodePtr root)
{
	c->n = 0;
	figures(c, root, 0, 0);
	root->_private = &c->info[0];
	point(c, root->children);
}

static double link_density(xmlNodePtr n)
{
	struct ni *d = ni(n);
	return d && d->text ? (double)d->link / (double)d->text : 0.0;
}

/* ---- names of classes and ids ---- */

/* The class and id of n, lowercased, words split on anything not a
 * letter or digit, in a buffer of n bytes, surrounded by spaces. */
static void words_of(xmlNodePtr n, char *buf, size_t size)
{
	size_t k = 0;
	buf[k++] = ' ';
	const char *attrs[] = { "class", "id", "itemprop" };
	for (size_t a = 0; a < 3; a++) {
		const char *v = xt_peek(n, attrs[a]);
		if (!v)
			continue;
		for (const char *p = v; *p && k + 2 < size; p++) {
			int ch = (unsigned char)*p;
			if (ch >= 'A' && ch <= 'Z')
				ch += 32;
			if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
				buf[k++] = (char)ch;
			else if (buf[k - 1] != ' ')
				buf[k++] = ' ';
		}
		if (buf[k - 1] != ' ' && k + 2 < size)
			buf[k++] = ' ';
	}
	buf[k] = '\0';
}

/* Nonzero when a word of w is one of exact or starts with one of
 * prefixes. */
static int word_match(const char *w, const char *const *exact, const char *const *prefixes)
{
	for (const char *p = w; *p; p++) {
		if (*p != ' ' || !p[1])
			continue;
		const char *e = strchr(p + 1, ' ');
		size_t n = e ? (size_t)(e - p - 1) : strlen(p + 1);
		for (const char *const *x = exact; x && *x; x++)
			if (strlen(*x) == n && strncmp(p + 1, *x, n) == 0)
				return 1;
		for (const char *const *x = prefixes; x && *x; x++)
			if (strncmp(p + 1, *x, strlen(*x)) == 0)
				return 1;
	}
	return 0;
}

/* Nonzero when one of the substrings is in w. */
static int has_part(const char *w, const char *const *parts)
{
	for (const char *const *x = parts; *x; x++)
		if (strstr(w, *x))
			return 1;
	return 0;
}

/* Words of class names that are never article, whatever their size
 * (but a commentary is an article). */
static const char *const never_prefixes[] = {
	"comment", "disqus", "outbrain", "taboola", NULL
};

static const char *const never_but[] = { "commentar", NULL };

/* Words of names that may be the article's: they spare a block from
 * boiler_exact and boiler_prefixes (boxes inside the article are judged
 * later, by their links). */
static const char *const keep_exact[] = {
	"article", "body", "content", "main", "story", "entry", "post", "text",
	"prose", NULL
};

static const char *const keep_prefixes[] = {
	"articlebody", "articlecontent", "storybody", "storycontent", "postbody",
	"postcontent", "entrycontent", "entrybody", "maincontent", NULL
};

/* Words of names of boilerplate: whole words, and beginnings of words. */
static const char *const boiler_exact[] = {
	"ad", "ads", "advert", "adslot", "adunit", "dfp", "nav", "navbar", "menu",
	"share", "sharing", "shares", "social", "related", "sidebar", "footer",
	"breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr",
	"newsletter", "promo", "promos", "sponsored", "byline", "bylines",
	"caption", "captions", "tags", "toolbar", "popup", "modal", "banner",
	"masthead", "pagination", "pager", "author", "authors", "dateline",
	"timestamp", "sronly", "subscribe", "subscription", "signup", "login",
	"recommended", "recirc", "trending", "popular", "mostread", "readmore",
	"skiplink", "skip", "print", "disclaimer", "copyright", "rating",
	"follow", "donate", "survey", "poll", "toc", "credit", "credits",
	"overlay", "tooltip", "carousel", "slideshow", "gallery", NULL
};

static const char *const boiler_prefixes[] = {
	"advertis", "sharebar", "sharing", "socialmedia", "newsletter",
	"breadcrumb", "cookie", "recommend", "sponsor", "subscri", "related",
	"visuallyhidden", "screenreader", "sronly", "paywall", "byline",
	"caption", "footer", "sidebar", "navigation", "pagination", "popup",
	NULL
};

/* The next four lists are data taken from Mozilla Readability's patterns
 * (Readability.js, Apache License 2.0: unlikelyCandidates,
 * okMaybeItsACandidate, negative and positive), as parts of a name; the
 * code that uses them is gloss's own. */

/* Likely-boilerplate names. */
static const char *const unlikely_parts[] = {
	"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
	"community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
	"header", "legends", "menu", "related", "remark", "replies", "rss",
	"shoutbox", "sidebar", "skyscraper", "social", "sponsor",
	"supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
	NULL
};

static const char *const maybe_parts[] = {
	"and", "article", "body", "column", "content", "main", "shadow", "story",
	"text", "entry", "post", NULL
};

static const char *const negative_parts[] = {
	"-ad-", "hidden", " hid ", "banner", "combx", "comment", "com-", "contact",
	"footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo",
	"related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
	"sponsor", "shopping", "tags", "widget", "byline", "author", "caption",
	NULL
};

static const char *const positive_parts[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page", "post", "text", "blog", "story", NULL
};

/* Appends v lowercased and a space at k of buf (size bytes, room for a
 * NUL kept); returns the new length. */
static size_t add_lower(char *buf, size_t k, size_t size, const char *v)
{
	for (const char *p = v; *p && k + 2 < size; p++)
		buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
	buf[k++] = ' ';
	buf[k] = '\0';
	return k;
}

/* Readability's class weight: +25 / -25 for each of class and id. */
static int class_weight(xmlNodePtr n)
{
	int w = 0;
	const char *attrs[] = { "class", "id" };
	for (size_t a = 0; a < 2; a++) {
		const char *v = xt_peek(n, attrs[a]);
		if (!v)
			continue;
		char buf[512];
		buf[0] = ' ';
		add_lower(buf, 1, sizeof buf, v);
		if (has_part(buf, negative_parts))
			w -= 25;
		if (has_part(buf, positive_parts))
			w += 25;
	}
	return w;
}

/* The class and id, lowercased, as they are (for substring tests). */
static void raw_names(xmlNodePtr n, char *buf, size_t size)
{
	size_t k = 1;
	buf[0] = ' ';
	buf[1] = '\0';
	const char *attrs[] = { "class", "id" };
	for (size_t a = 0; a < 2; a++) {
		const char *v = xt_peek(n, attrs[a]);
		if (v)
			k = add_lower(buf, k, size, v);
	}
}

static int hidden(xmlNodePtr n)
{
	if (xt_peek(n, "hidden"))
		return 1;
	const char *v = xt_peek(n, "aria-hidden");
	if (v && !ascii_casecmp(v, "true"))
		return 1;
	if (!(v = xt_peek(n, "style")))
		return 0;
	char buf[256];
	size_t k = 0;
	for (const char *p = v; *p && k + 1 < sizeof buf; p++)
		if (*p != ' ')
			buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
	buf[k] = '\0';
	return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

static const char *const junk_roles[] = {
	"navigation", "menu", "menubar", "complementary", "banner",
	"contentinfo", "dialog", "alertdialog", "search", "alert", "toolbar",
	"tablist", NULL
};

static int junk_role(xmlNodePtr n)
{
	const char *v = xt_peek(n, "role");
	return v && xt_in(v, junk_roles);
}

/* Nonzero when the page marks n as the article's body. */
static int marked_body(xmlNodePtr n)
{
	const char *ip = xt_peek(n, "itemprop");
	return ip && strstr(ip, "articleBody");
}

/* Nonzero when n may be the article itself (never cut by its name). */
static int article_root(xmlNodePtr n)
{
	const char *nm = name_of(n);
	return !strcmp(nm, "body") || !strcmp(nm, "html") || !strcmp(nm, "article") || !strcmp(nm, "main") ||
	       marked_body(n);
}

/* The first cut: what is never article. big: the body's text, to spare a
 * block that holds most of the page under a misleading name. */
static void cut_junk(xmlNodePtr e, size_t big)
{
	xmlNodePtr next;
	for (xmlNodePtr k = e->children; k; k = next) {
		next = k->next;
		if (k->type == XML_COMMENT_NODE || k->type == XML_PI_NODE) {
			unlink_free(k);
			continue;
		}
		if (k->type != XML_ELEMENT_NODE)
			continue;
		const char *nm = name_of(k);
		if (xt_in(nm, junk_tags) || hidden(k) || junk_role(k)) {
			unlink_free(k);
			continue;
		}
		if (!article_root(k) && strcmp(nm, "a") != 0) {
			char w[512], raw[512];
			words_of(k, w, sizeof w);
			raw_names(k, raw, sizeof raw);
			struct ni *d = ni(k);
			size_t text = d ? d->text : 0;
			/* A block with much of the page's prose in paragraphs may be
			 * the article under a layout name ("content-with-sidebar"). */
			int spare = (text > big / 2 && text > 2000) ||
				(d && d->paras >= 3 && text * 5 > big && link_density(k) < 0.35) ||
				word_match(w, keep_exact, keep_prefixes) ||
				(d && d->quotes > 0 && text < 3000);   /* an embedded post */
			if (w[1] && ((word_match(w, NULL, never_prefixes) && !word_match(w, NULL, never_but)) ||
				     (!spare && word_match(w, boiler_exact, boiler_prefixes)))) {
				unlink_free(k);
				continue;
			}
			if (!spare && has_part(raw, unlikely_parts) && !has_part(raw, maybe_parts)) {
				unlink_free(k);
				continue;
			}
		}
		if (!strcmp(nm, "form") && (!ni(k) || ni(k)->text * 2 < big)) {
			/* A form around the whole page (ASP.NET) stays. */
			unlink_free(k);
			continue;
		}
		if (!strcmp(nm, "header")) {
			/* A page's or an article's head: title, byline, links. */
			struct ni *d = ni(k);
			if (!d || d->paras < 2 || d->text < 400 || link_density(k) > 0.3) {
				unlink_free(k);
				continue;
			}
		}
		cut_junk(k, big);
	}
}

/* ---- scoring ---- */

static void init_candidate(xmlNodePtr n)
{
	struct ni *d = ni(n);
	if (!d || d->scored)
		return;
	d->scored = 1;
	const char *nm = name_of(n);
	double s = 0;
	if (!strcmp(nm, "div") || !strcmp(nm, "article") || !strcmp(nm, "main") || !strcmp(nm, "section"))
		s = 5;
	else if (!strcmp(nm, "pre") || !strcmp(nm, "td") || !strcmp(nm, "blockquote"))
		s = 3;
	else if (!strcmp(nm, "address") || !strcmp(nm, "ol") || !strcmp(nm, "ul") || !strcmp(nm, "dl") ||
		 !strcmp(nm, "dd") || !strcmp(nm, "dt") || !strcmp(nm, "li") || !strcmp(nm, "form"))
		s = -3;
	else if (xt_heading(nm) || !strcmp(nm, "th"))
		s = -5;
	d->score = s + class_weight(n);
	if (marked_body(n))
		d->score += 50;
	if (!strcmp(nm, "article"))
		d->score += 10;
}

static int has_block_child(xmlNodePtr n)
{
	for (xmlNodePtr k = n->children; k; k = k->next)
		if (is_block(k) && !xt_is(k, "br") && !xt_is(k, "img"))
			return 1;
	return 0;
}

/* Scores the paragraphs under e into their ancestors; cands gets every
 * element that was scored. */
static void score_paragraphs(xmlNodePtr e, xmlNodePtr **cands, size_t *nc, size_t *cc)
{
	for (xmlNodePtr k = e->children; k; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		const char *nm = name_of(k);
		int para = !strcmp(nm, "p") || !strcmp(nm, "pre") || !strcmp(nm, "td") ||
			!strcmp(nm, "h2") || !strcmp(nm, "h3") || !strcmp(nm, "h4") ||
			((!strcmp(nm, "div") || !strcmp(nm, "section") || !strcmp(nm, "blockquote") ||
			  !strcmp(nm, "li") || !strcmp(nm, "dd")) && !has_block_child(k));
		struct ni *d = ni(k);
		if (para && d && d->text >= 25) {
			double s = 1 + (double)d->commas + fmin(floor((double)d->text / 100), 3);
			if (!strcmp(nm, "li") || !strcmp(nm, "dd"))
				s *= 0.5;
			xmlNodePtr a = k->parent;
			for (int level = 0; a && a->type == XML_ELEMENT_NODE && level < 5; level++, a = a->parent) {
				if (!ni(a))
					break;
				if (!ni(a)->scored) {
					init_candidate(a);
					if (*nc == *cc)
						XGROW(*cands, *cc, *nc + 1);
					(*cands)[(*nc)++] = a;
				}
				double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
				ni(a)->score += s / div;
			}
			if (strcmp(nm, "td") != 0)
				continue;   /* a table cell may hold more paragraphs */
		}
		score_paragraphs(k, cands, nc, cc);
	}
}

static double final_score(xmlNodePtr n)
{
	return ni(n)->score * (1 - link_density(n));
}

/* ---- cleaning inside the article ---- */

static int is_list(xmlNodePtr n)
{
	return xt_is(n, "ul") || xt_is(n, "ol") || xt_is(n, "dl");
}

static int has_ancestor(xmlNodePtr n, const char *tag, int levels)
{
	for (n = n->parent; n && levels-- > 0; n = n->parent)
		if (xt_is(n, tag))
			return 1;
	return 0;
}

/* Readability's conditional cleaning of one box. */
static int remove_box(xmlNodePtr n)
{
	struct ni *d = ni(n);
	if (!d)
		return 0;
	int weight = class_weight(n);
	if (d->quotes > 0 && (size_t)d->quotes * 400 > d->text && link_density(n) < 0.5)
		return 0;   /* an embedded post: a quote and its source */
	if (weight < 0 && d->text < 1000)
		return 1;
	double ld = link_density(n);
	if (d->commas >= 10 || (d->text >= 1000 && ld < 0.15))
		return 0;   /* prose */
	int list = is_list(n);
	double heads = d->text ? (double)d->heads / (double)d->text : 0;
	int p = d->paras, img = d->imgs, li = d->lis - 100, input = d->inputs;
	size_t len = d->text;
	if (img > 1 && (double)p / img < 0.5 && !has_ancestor(n, "figure", 3))
		return 1;
	if (!list && li > p)
		return 1;
	if (input > p / 3)
		return 1;
	if (!list && heads < 0.9 && len < 25 && (img == 0 || img > 2) && ld > 0)
		return 1;
	if (!list && weight < 25 && ld > 0.2 && len < 2000)
		return 1;
	if (list && ld > 0.5 && weight < 25)
		return 1;
	if (weight >= 25 && ld > 0.5)
		return 1;
	if ((d->embeds == 1 && len < 75) || d->embeds > 1)
		return 1;
	return 0;
}

/* whole: the text of the article's node being cleaned. */
static void clean_inside(xmlNodePtr e, size_t whole)
{
	xmlNodePtr next;
	for (xmlNodePtr k = e->children; k; k = next) {
		next = k->next;
		if (k->type != XML_ELEMENT_NODE)
			continue;
		const char *nm = name_of(k);
		int box = !strcmp(nm, "div") || !strcmp(nm, "section") || !strcmp(nm, "table") ||
			!strcmp(nm, "ul") || !strcmp(nm, "ol") || !strcmp(nm, "form") ||
			!strcmp(nm, "fieldset") || !strcmp(nm, "dl");
		if (!strcmp(nm, "article") && ni(k) && ni(k)->text * 3 < whole) {
			/* An item of a list of posts inside the article. */
			unlink_free(k);
			continue;
		}
		if (box && remove_box(k)) {
			unlink_free(k);
			continue;
		}
		if ((!strcmp(nm, "h1") || !strcmp(nm, "h2") || !strcmp(nm, "h3")) &&
		    (class_weight(k) < 0 || link_density(k) > 0.33)) {
			unlink_free(k);
			continue;
		}
		if ((!strcmp(nm, "p") || ((!strcmp(nm, "div") || !strcmp(nm, "section")) && !has_block_child(k))) &&
		    ni(k) && ni(k)->text > 0 && link_density(k) > 0.8 && ni(k)->text < 200) {
			/* A paragraph that is only a link: "Read more", a promo. */
			unlink_free(k);
			continue;
		}
		clean_inside(k, whole);
	}
}

/* ---- choosing ---- */

static xmlNodePtr find_body(xmlNodePtr root)
{
	for (xmlNodePtr k = root->children; k; k = k->next)
		if (xt_is(k, "body"))
			return k;
	return root;
}

static void push(xmlNodePtr **v, size_t *n, size_t *cap, xmlNodePtr x)
{
	if (*n == *cap)
		XGROW(*v, *cap, *n + 1);
	(*v)[(*n)++] = x;
}

xmlNodePtr *xt_body(htmlDocPtr doc, size_t *n)
{
	*n = 0;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (!root)
		return NULL;
	struct ctx c = { 0 };
	measure(&c, root);
	xmlNodePtr body = find_body(root);
	cut_junk(body, ni(body)->text);
	measure(&c, root);

	xmlNodePtr *cands = NULL;
	size_t nc = 0, cc = 0;
	score_paragraphs(body, &cands, &nc, &cc);
	xmlNodePtr top = NULL;
	double best = 0;
	for (size_t i = 0; i < nc; i++) {
		double s = final_score(cands[i]);
		ni(cands[i])->score = s;
		if (!top || s > best) {
			top = cands[i];
			best = s;
		}
	}
	for (size_t i = 0; i < nc; i++)
		for (xmlNodePtr a = cands[i]; a && ni(a); a = a->parent)
			if (ni(a)->best < ni(cands[i])->score) {
				ni(a)->best = ni(cands[i])->score;
				ni(a)->best_text = ni(cands[i])->text;
			}
	xmlNodePtr *out = NULL;
	size_t no = 0, co = 0;
	if (!top || best <= 0) {
		free(cands);
		free(c.info);
		return NULL;
	}
	/* Several good candidates under one ancestor: take the ancestor. */
	{
		xmlNodePtr alts[8];
		size_t na = 0;
		for (size_t i = 0; i < nc && na < 8; i++)
			if (cands[i] != top && ni(cands[i])->score >= best * 0.75)
				alts[na++] = cands[i];
		/* Several <article>s are several items (a list of posts),
		 * not one article in parts. */
		int items = xt_is(top, "article");
		for (size_t i = 0; i < na; i++)
			items |= xt_is(alts[i], "article");
		if (na >= 3 && !items) {
			for (xmlNodePtr p = top->parent; p && p != body->parent; p = p->parent) {
				size_t hits = 0;
				for (size_t i = 0; i < na; i++)
					for (xmlNodePtr a = alts[i]; a; a = a->parent)
						if (a == p) {
							hits++;
							break;
						}
				if (hits >= 3) {
					top = p;
					break;
				}
			}
		}
	}
	/* A parent that scores better holds more of the article. */
	for (xmlNodePtr p = top->parent; p && p->type == XML_ELEMENT_NODE && p != body; p = p->parent) {
		struct ni *d = ni(p);
		if (!d || !d->scored)
			continue;
		if (d->score > ni(top)->score * 0.9 && link_density(p) < 0.3)
			top = p;
		else
			break;
	}
	/* The element the page marks as the article's body holds it all. */
	for (xmlNodePtr p = top; p && p != body; p = p->parent)
		if (marked_body(p)) {
			top = p;
			break;
		}
	/* While top is the only child with text, its parent is as good. */
	while (top->parent && top->parent != body && top->parent->type == XML_ELEMENT_NODE &&
	       ni(top->parent) && ni(top->parent)->text == ni(top)->text)
		top = top->parent;

	double threshold = fmax(10, ni(top)->score * 0.2);
	xmlNodePtr parent = top->parent;
	for (xmlNodePtr s = parent ? parent->children : top; s; s = s->next) {
		if (s->type != XML_ELEMENT_NODE)
			continue;
		int take = s == top;
		struct ni *d = ni(s);
		if (!take && d) {
			double bonus = 0;
			const char *a = xt_peek(s, "class"), *b = xt_peek(top, "class");
			if (a && b && *a && !strcmp(a, b))
				bonus = ni(top)->score * 0.2;
			if (d->scored && d->score + bonus >= threshold)
				take = 1;
			else if (d->best >= 10 && d->best >= ni(top)->best * 0.2 && d->best_text >= 500 &&
				 link_density(s) < 0.3)
				take = 1;   /* a part of the article, its paragraphs deeper */
			else if (xt_is(s, "p") || xt_is(s, "blockquote") || xt_is(s, "pre") ||
				 ((xt_is(s, "div") || xt_is(s, "section")) && !has_block_child(s))) {
				double ld = link_density(s);
				if (d->text > 80 && ld < 0.25)
					take = 1;
				else if (d->text > 0 && d->text <= 80 && ld == 0) {
					char *t = xt_text_dup(s);
					size_t l = t ? strlen(t) : 0;
					if (l && (t[l - 1] == '.' || t[l - 1] == '!' || t[l - 1] == '?' || t[l - 1] == ':'))
						take = 1;
					free(t);
				}
			}
		}
		if (take)
			push(&out, &no, &co, s);
		if (!parent)
			break;
	}
	for (size_t i = 0; i < no; i++)
		clean_inside(out[i], ni(out[i])->text);
	free(cands);
	free(c.info);
	/* The figures are gone with c.info: no node may point into them. */
	for (xmlNodePtr e = root; e;) {
		e->_private = NULL;
		if (e->children && e->type == XML_ELEMENT_NODE) {
			e = e->children;
			continue;
		}
		while (e && e != root && !e->next)
			e = e->parent;
		e = (e && e != root) ? e->next : NULL;
	}
	*n = no;
	return out;
}
