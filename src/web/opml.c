/* opml.c -- subscription lists in OPML (see feed.h).
 *
 * Reading: every outline with an xmlUrl attribute (xmlurl, XMLURL: the
 * name's case as exporters write it is ignored) is a subscription; an
 * outline without one that holds others is a folder, and the folders an
 * entry is in, outermost first, become its tags. Outlines without xmlUrl
 * and without children (bookmarks, empty folders) are skipped.
 * Writing: OPML 2.0 through libxml2's tree, which escapes what must be;
 * an entry's tags become nested folders in their order, so reading the
 * file back gives the same tags. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "feed.h"
#include "feed-int.h"
#include "util.h"

/* Outlines nest no deeper than this; deeper ones are read as if here. */
#define OPML_MAX_DEPTH 32

struct reader {
	struct opml_entry *v;
	size_t n, cap;
	char *folders[OPML_MAX_DEPTH];
	size_t depth;
};

static void read_outlines(struct reader *r, const xmlNode *n)
{
	for (; n; n = n->next) {
		if (!feed_is(n, "outline"))
			continue;
		const char *url = (const char *)feed_attr(n, "xmlUrl");
		char *name = xt_clean((const char *)feed_attr(n, "text"));
		if (!name)
			name = xt_clean((const char *)feed_attr(n, "title"));
		char *u = xt_clean(url);
		if (u) {
			XGROW(r->v, r->cap, r->n + 1);
			struct opml_entry *e = &r->v[r->n++];
			e->title = name;
			e->url = u;
			e->ntags = 0;
			e->tags = r->depth ? xmalloc(r->depth * sizeof *e->tags) : NULL;
			for (size_t i = 0; i < r->depth; i++) {
				int dup = 0;
				for (size_t k = 0; k < e->ntags; k++)
					dup |= !strcmp(e->tags[k], r->folders[i]);
				if (!dup)
					e->tags[e->ntags++] = xstrdup(r->folders[i]);
			}
			/* A feed outline's children, when any, are read in its folder. */
			read_outlines(r, n->children);
			continue;
		}
		if (!n->children) {
			free(name);
			continue;
		}
		int pushed = name && r->depth < OPML_MAX_DEPTH;
		if (pushed)
			r->folders[r->depth++] = name;
		else
			free(name);
		read_outlines(r, n->children);
		if (pushed)
			free(r->folders[--r->depth]);
	}
}

int opml_read(const char *xml, size_t len, struct opml_entry **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	xmlDocPtr doc = feed_xml_read(xml, len, NULL);
	if (!doc)
		return -1;
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!feed_is(root, "opml")) {
		xmlFreeDoc(doc);
		return err_set(_("not an OPML file"));
	}
	struct reader r;
	memset(&r, 0, sizeof r);
	for (xmlNode *c = root->children; c; c = c->next)
		if (feed_is(c, "body"))
			read_outlines(&r, c->children);
	xmlFreeDoc(doc);
	*out = r.v;
	*n = r.n;
	return 0;
}

/* s without the bytes XML 1.0 cannot hold (C0 controls but tab and
 * newline). Caller frees. */
static char *xml_safe(const char *s)
{
	char *t = xmalloc(strlen(s) + 1), *o = t;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0x20 || *p == '\t' || *p == '\n')
			*o++ = (char)*p;
	*o = '\0';
	return t;
}

static void set_attr(xmlNodePtr n, const char *name, const char *value)
{
	char *safe = xml_safe(value);
	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)safe);
	free(safe);
}

/* The folder outline called name among the children of parent, made
 * when missing. */
static xmlNodePtr folder(xmlNodePtr parent, const char *name)
{
	char *safe = xml_safe(name);
	xmlNodePtr f = parent->children;
	for (; f; f = f->next) {
		const xmlChar *t = feed_attr(f, "text");
		if (!feed_attr(f, "xmlUrl") && t && !strcmp((const char *)t, safe))
			break;
	}
	if (!f) {
		f = xmlNewChild(parent, NULL, (const xmlChar *)"outline", NULL);
		set_attr(f, "text", safe);
		set_attr(f, "title", safe);
	}
	free(safe);
	return f;
}

char *opml_write(const struct opml_entry *v, size_t n, const char *title, size_t *len)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"opml");
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, (const xmlChar *)"version", (const xmlChar *)"2.0");
	xmlNodePtr head = xmlNewChild(root, NULL, (const xmlChar *)"head", NULL);
	xmlNodePtr t = xmlNewChild(head, NULL, (const xmlChar *)"title", NULL);
	char *safe = xml_safe(title ? title : "gloss feeds");
	xmlNodeAddContent(t, (const xmlChar *)safe);
	free(safe);
	xmlNodePtr body = xmlNewChild(root, NULL, (const xmlChar *)"body", NULL);
	for (size_t i = 0; i < n; i++) {
		xmlNodePtr parent = body;
		for (size_t k = 0; k < v[i].ntags; k++)
			parent = folder(parent, v[i].tags[k]);
		xmlNodePtr o = xmlNewChild(parent, NULL, (const xmlChar *)"outline", NULL);
		const char *name = v[i].title ? v[i].title : v[i].url;
		set_attr(o, "type", "rss");
		set_attr(o, "text", name);
		set_attr(o, "title", name);
		set_attr(o, "xmlUrl", v[i].url);
	}
	xmlChar *mem = NULL;
	int size = 0;
	xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
	xmlFreeDoc(doc);
	char *r = xstrndup(mem ? (const char *)mem : "", mem && size > 0 ? (size_t)size : 0);
	xmlFree(mem);
	if (len)
		*len = strlen(r);
	return r;
}

void opml_entries_free(struct opml_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].title);
		free(v[i].url);
		for (size_t k = 0; k < v[i].ntags; k++)
			free(v[i].tags[k]);
		free(v[i].tags);
	}
	free(v);
}
