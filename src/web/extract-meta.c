/* extract-meta.c -- a page's title, address, author, date, site and
 * language (see extract-int.h).
 *
 * Each field is taken from the first of these that gives it: JSON-LD
 * (an Article, NewsArticle, BlogPosting or other *Article / *Posting
 * object, also inside @graph or a list), OpenGraph and article: meta
 * tags, <meta name=author> and other common date tags, <time datetime>,
 * <link rel=canonical>, then the page's one <h1> and its <title>, with
 * the site's name cut off. JSON-LD strings may carry HTML entities; they
 * are decoded. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>

#include "extract-int.h"

/* What the page's tags say, before choosing. */
struct found {
	char *ld_title, *ld_author, *ld_date, *ld_site, *ld_lang;
	char *og_title, *og_site, *og_url, *og_locale, *og_date, *og_author;
	char *name_author, *name_date, *canonical, *base_href;
	char *time_date, *time_pub, *h1, *title, *html_lang;
	char *ld_body;  /* JSON-LD articleBody, kept as it is */
	int nh1;
};

static void set(char **slot, const char *v)
{
	if (*slot || !v)
		return;
	*slot = xt_clean(v);
}

/* Appends the UTF-8 of code point c. */
static void add_cp(struct sb *b, unsigned c)
{
	if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		c = 0xfffd;
	if (c < 0x80) {
		sb_addc(b, (int)c);
	} else if (c < 0x800) {
		sb_addc(b, (int)(0xc0 | c >> 6));
		sb_addc(b, (int)(0x80 | (c & 0x3f)));
	} else if (c < 0x10000) {
		sb_addc(b, (int)(0xe0 | c >> 12));
		sb_addc(b, (int)(0x80 | (c >> 6 & 0x3f)));
		sb_addc(b, (int)(0x80 | (c & 0x3f)));
	} else {
		sb_addc(b, (int)(0xf0 | c >> 18));
		sb_addc(b, (int)(0x80 | (c >> 12 & 0x3f)));
		sb_addc(b, (int)(0x80 | (c >> 6 & 0x3f)));
		sb_addc(b, (int)(0x80 | (c & 0x3f)));
	}
}

/* s with HTML character references decoded and tags left out (JSON-LD
 * values are often escaped HTML), collapsed and trimmed. */
static char *decode_html(const char *s)
{
	if (!strchr(s, '&') && !strchr(s, '<'))
		return xt_clean(s);
	struct sb b = SB_INIT;
	for (const char *p = s; *p;) {
		if (*p == '<') {
			const char *e = strchr(p, '>');
			if (e && e - p < 200 && (p[1] == '/' || (p[1] | 32) >= 'a')) {
				sb_addc(&b, ' ');
				p = e + 1;
				continue;
			}
		}
		if (*p == '&') {
			const char *e = strchr(p, ';');
			if (e && e - p > 1 && e - p < 12) {
				char name[16];
				memcpy(name, p + 1, (size_t)(e - p - 1));
				name[e - p - 1] = '\0';
				unsigned c = 0;
				if (name[0] == '#') {
					char *end;
					unsigned long v = (name[1] | 32) == 'x' ? strtoul(name + 2, &end, 16) : strtoul(name + 1, &end, 10);
					if (*end == '\0' && end != name + 1)
						c = v > 0x10ffff ? 0xfffd : (unsigned)v;
				} else {
					const htmlEntityDesc *d = htmlEntityLookup((const xmlChar *)name);
					if (d)
						c = d->value;
				}
				if (c) {
					add_cp(&b, c);
					p = e + 1;
					continue;
				}
			}
		}
		sb_addc(&b, *p++);
	}
	char *r = xt_clean(b.s);
	sb_release(&b);
	return r;
}

static void set_decoded(char **slot, const char *v)
{
	if (*slot || !v)
		return;
	*slot = decode_html(v);
}

/* ---- JSON-LD ---- */

static int article_type(const char *t)
{
	size_t n = strlen(t);
	if (n >= 7 && strcmp(t + n - 7, "Article") == 0)
		return 1;
	if (n >= 7 && strcmp(t + n - 7, "Posting") == 0)
		return 1;
	return strcmp(t, "Report") == 0;
}

static int is_article(json_t *o)
{
	json_t *t = json_object_get(o, "@type");
	if (json_is_string(t))
		return article_type(json_string_value(t));
	if (json_is_array(t)) {
		size_t i;
		json_t *v;
		json_array_foreach(t, i, v)
			if (json_is_string(v) && article_type(json_string_value(v)))
				return 1;
	}
	return 0;
}

/* Appends the name s (taken; may be NULL) to the list b, after ", ",
 * unless it is an address or already there. */
static void add_name(struct sb *b, char *s)
{
	if (s && strncmp(s, "http", 4) != 0 && !strstr(b->s, s)) {
		if (b->len)
			sb_adds(b, ", ");
		sb_adds(b, s);
	}
	free(s);
}

/* A name from a string, an object with "name", or an array of those. */
static void add_names(json_t *v, struct sb *b, int depth)
{
	if (depth > 3)
		return;
	if (json_is_string(v)) {
		add_name(b, decode_html(json_string_value(v)));
	} else if (json_is_object(v)) {
		add_names(json_object_get(v, "name"), b, depth + 1);
	} else if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			add_names(e, b, depth + 1);
	}
}

static void from_article(json_t *o, struct found *f)
{
	json_t *h = json_object_get(o, "headline");
	if (!json_is_string(h))
		h = json_object_get(o, "name");
	if (json_is_string(h))
		set_decoded(&f->ld_title, json_string_value(h));
	if (!f->ld_author) {
		struct sb b = SB_INIT;
		add_names(json_object_get(o, "author"), &b, 0);
		if (b.len)
			f->ld_author = sb_detach(&b);
		sb_release(&b);
	}
	json_t *d = json_object_get(o, "datePublished");
	if (!json_is_string(d))
		d = json_object_get(o, "dateCreated");
	if (json_is_string(d))
		set(&f->ld_date, json_string_value(d));
	json_t *p = json_object_get(o, "publisher");
	if (json_is_array(p))
		p = json_array_get(p, 0);
	if (json_is_object(p) && json_is_string(json_object_get(p, "name")))
		set_decoded(&f->ld_site, json_string_value(json_object_get(p, "name")));
	json_t *ab = json_object_get(o, "articleBody");
	if (!f->ld_body && json_is_string(ab) && json_string_length(ab) > 0)
		f->ld_body = xstrdup(json_string_value(ab));
	json_t *l = json_object_get(o, "inLanguage");
	if (json_is_string(l))
		set(&f->ld_lang, json_string_value(l));
}

static void walk_ld(json_t *v, struct found *f, int depth)
{
	if (depth > 8)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			walk_ld(e, f, depth + 1);
	} else if (json_is_object(v)) {
		if (is_article(v))
			from_article(v, f);
		json_t *g = json_object_get(v, "@graph");
		if (g)
			walk_ld(g, f, depth + 1);
		json_t *m = json_object_get(v, "mainEntity");
		if (m)
			walk_ld(m, f, depth + 1);
	}
}

static void json_ld(xmlNodePtr script, struct found *f)
{
	xmlChar *text = xmlNodeGetContent(script);
	if (!text)
		return;
	json_error_t e;
	json_t *v = json_loads((const char *)text, JSON_DECODE_ANY, &e);
	xmlFree(text);
	if (!v)
		return;
	walk_ld(v, f, 0);
	json_decref(v);
}

/* ---- tags ---- */

static int attr_is(xmlNodePtr n, const char *attr, const char *value)
{
	char *v = xt_attr(n, attr);
	int r = v && ascii_casecmp(v, value) == 0;
	xmlFree(v);
	return r;
}

static void add_author(char **slot, const char *v)
{
	struct sb b = SB_INIT;
	if (*slot)
		sb_adds(&b, *slot);
	add_name(&b, xt_clean(v));
	free(*slot);
	*slot = b.len ? sb_detach(&b) : NULL;
}

static void meta_tag(xmlNodePtr n, struct found *f)
{
	char *content = xt_attr(n, "content");
	if (!content)
		return;
	char *key = xt_attr(n, "property");
	if (!key)
		key = xt_attr(n, "name");
	if (!key)
		key = xt_attr(n, "itemprop");
	if (key) {
		const char *k = key;
		if (!ascii_casecmp(k, "og:title"))
			set(&f->og_title, content);
		else if (!ascii_casecmp(k, "og:site_name"))
			set(&f->og_site, content);
		else if (!ascii_casecmp(k, "og:url"))
			set(&f->og_url, content);
		else if (!ascii_casecmp(k, "og:locale"))
			set(&f->og_locale, content);
		else if (!ascii_casecmp(k, "article:published_time") || !ascii_casecmp(k, "og:article:published_time"))
			set(&f->og_date, content);
		else if (!ascii_casecmp(k, "article:author") || !ascii_casecmp(k, "og:article:author"))
			add_author(&f->og_author, content);
		else if (!ascii_casecmp(k, "author") || !ascii_casecmp(k, "dc.creator") || !ascii_casecmp(k, "byl"))
			add_author(&f->name_author, content);
		else if (!ascii_casecmp(k, "datepublished") || !ascii_casecmp(k, "date") ||
			 !ascii_casecmp(k, "pubdate") || !ascii_casecmp(k, "publishdate") ||
			 !ascii_casecmp(k, "dc.date") || !ascii_casecmp(k, "dc.date.issued") ||
			 !ascii_casecmp(k, "dcterms.date") || !ascii_casecmp(k, "article.published"))
			set(&f->name_date, content);
	}
	xmlFree(key);
	xmlFree(content);
}

static void scan(xmlNodePtr n, struct found *f, int in_body)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)n->name;
		if (!strcmp(name, "meta")) {
			meta_tag(n, f);
		} else if (!strcmp(name, "script")) {
			if (attr_is(n, "type", "application/ld+json"))
				json_ld(n, f);
			continue;
		} else if (!strcmp(name, "link")) {
			char *rel = xt_attr(n, "rel");
			if (rel && !ascii_casecmp(rel, "canonical")) {
				char *h = xt_attr(n, "href");
				set(&f->canonical, h);
				xmlFree(h);
			}
			xmlFree(rel);
		} else if (!strcmp(name, "base")) {
			char *h = xt_attr(n, "href");
			set(&f->base_href, h);
			xmlFree(h);
		} else if (!strcmp(name, "title") && !in_body) {
			if (!f->title)
				f->title = xt_text_dup(n);
			continue;
		} else if (!strcmp(name, "h1")) {
			f->nh1++;
			if (!f->h1)
				f->h1 = xt_text_dup(n);
			continue;
		} else if (!strcmp(name, "time")) {
			char *d = xt_attr(n, "datetime");
			if (d) {
				char *ip = xt_attr(n, "itemprop");
				char *pd = xt_attr(n, "pubdate");
				if ((ip && !ascii_casecmp(ip, "datePublished")) || pd)
					set(&f->time_pub, d);
				set(&f->time_date, d);
				xmlFree(ip);
				xmlFree(pd);
			}
			xmlFree(d);
		} else if (!strcmp(name, "style") || !strcmp(name, "svg")) {
			continue;
		}
		scan(n->children, f, in_body || !strcmp(name, "body"));
	}
}

/* ---- choosing ---- */

static const char *first_of(const char *a, const char *b, const char *c, const char *d)
{
	return a ? a : b ? b : c ? c : d;
}

static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ",
	" \xc2\xb7 ", " \xc2\xbb ", " / ", " ~ " };

static size_t word_count(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* The title without the site's name before or after a separator. */
static char *cut_site(const char *t, const char *site, int guess)
{
	size_t n = strlen(t);
	for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		size_t k = strlen(seps[i]);
		if (site) {
			size_t s = strlen(site);
			if (n > s + k && ascii_casecmp(t + n - s, site) == 0 && memcmp(t + n - s - k, seps[i], k) == 0)
				return xstrndup(t, n - s - k);
			if (n > s + k && ascii_ncasecmp(t, site, s) == 0 && memcmp(t + s, seps[i], k) == 0)
				return xstrdup(t + s + k);
		}
	}
	if (guess) {
		/* No known site name: the part before the last separator, when
		 * it is long enough to be a headline. */
		const char *best = NULL;
		for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
			const char *p = t, *q;
			while ((q = strstr(p, seps[i]))) {
				if (!best || q > best)
					best = q;
				p = q + 1;
			}
		}
		if (best && word_count(t, (size_t)(best - t)) >= 3 && word_count(best, strlen(best)) <= 6)
			return xstrndup(t, (size_t)(best - t));
	}
	return xstrdup(t);
}

static int digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* s as an ISO 8601 date: as it is when it starts with one (year 1900 to
 * 2199), else "YYYY-MM-DD" from a year, an English month name and a day
 * ("19 Nov 2019", "November 19, 2019, 07:47 PM"); NULL when neither. */
static char *iso_date(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	if (n >= 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' && digits(s + 8, 2)) {
		int y = atoi(s);
		return y >= 1900 && y < 2200 ? xt_clean(s) : NULL;
	}
	static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
		"sep", "oct", "nov", "dec" };
	int year = 0, month = 0, day = 0;
	for (const char *p = s; *p;) {
		if (*p >= '0' && *p <= '9') {
			int v = atoi(p), len = 0;
			while (p[len] >= '0' && p[len] <= '9')
				len++;
			if (len == 4 && v >= 1900 && v < 2200 && !year)
				year = v;
			else if (len <= 2 && v >= 1 && v <= 31 && !day && p[len] != ':')
				day = v;
			p += len;
		} else if ((*p | 32) >= 'a' && (*p | 32) <= 'z') {
			int len = 0;
			while (((p[len] | 32) >= 'a' && (p[len] | 32) <= 'z'))
				len++;
			for (int m = 0; m < 12 && len >= 3 && !month; m++)
				if (ascii_ncasecmp(p, months[m], 3) == 0)
					month = m + 1;
			p += len;
		} else {
			p++;
		}
	}
	if (!year || !month || !day)
		return NULL;
	char buf[32];
	snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
	return xstrdup(buf);
}

static void free_found(struct found *f)
{
	char **all[] = { &f->ld_title, &f->ld_author, &f->ld_date, &f->ld_site, &f->ld_lang,
		&f->og_title, &f->og_site, &f->og_url, &f->og_locale, &f->og_date, &f->og_author,
		&f->name_author, &f->name_date, &f->canonical, &f->base_href,
		&f->time_date, &f->time_pub, &f->h1, &f->title, &f->html_lang, &f->ld_body };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		xfree(all[i]);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void xt_meta(htmlDocPtr doc, const char *url, struct page_meta *m, char **base, char **ld_body)
{
	struct found f = { 0 };
	xmlNodePtr root = xmlDocGetRootElement(doc);
	char *lang = xt_attr(root, "lang");
	if (!lang)
		lang = xt_attr(root, "xml:lang");
	set(&f.html_lang, lang);
	xmlFree(lang);
	scan(root, &f, 0);

	m->site = dup_or_null(first_of(f.og_site, f.ld_site, NULL, NULL));
	const char *t = first_of(f.ld_title, f.og_title, NULL, NULL);
	if (t)
		m->title = cut_site(t, m->site, 0);
	else if (f.h1 && f.nh1 == 1)
		m->title = xstrdup(f.h1);
	else if (f.title)
		m->title = cut_site(f.title, m->site, 1);
	else if (f.h1)
		m->title = xstrdup(f.h1);

	m->author = dup_or_null(first_of(f.ld_author, f.og_author, f.name_author, NULL));
	const char *dates[] = { f.ld_date, f.og_date, f.name_date, f.time_pub, f.time_date };
	for (size_t i = 0; i < 5 && !m->published; i++)
		m->published = iso_date(dates[i]);
	m->lang = dup_or_null(first_of(f.html_lang, f.og_locale, f.ld_lang, NULL));
	for (char *p = m->lang; p && *p; p++)
		if (*p == '_')
			*p = '-';   /* en_US, as locales write it */

	char *canon = f.canonical ? xt_url(f.canonical, url, 0) : NULL;
	if (!canon && f.og_url)
		canon = xt_url(f.og_url, url, 0);
	char *page = url ? xt_url(url, NULL, 0) : NULL;
	m->source = canon ? canon : page ? xstrdup(page) : NULL;
	*base = NULL;
	const char *against = page ? page : m->source;
	if (f.base_href)
		*base = xt_url(f.base_href, against, 0);
	if (!*base)
		*base = dup_or_null(against);
	free(page);
	*ld_body = f.ld_body;
	f.ld_body = NULL;
	free_found(&f);
}
