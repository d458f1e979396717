/* feed-xml.c -- reading untrusted XML for feeds and OPML (see
 * feed-int.h): libxml2 with its SAX handlers for entities wrapped, so
 * that no external entity is ever resolved and entity expansion stays
 * small. */
#include "system.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/entities.h>

#include "feed-int.h"
#include "util.h"

/* What the wrapped handlers saw during one parse (ctxt->_private). */
struct guard {
	getEntitySAXFunc get_entity;  /* libxml2's own */
	entityDeclSAXFunc entity_decl;
	xmlStructuredErrorFunc serror;
	size_t decls, refs;
	int refused;        /* the entity bounds were passed */
	int entity_error;   /* a bare '&' or an undeclared entity */
	int error_line;     /* the first fatal error's line, 0 when none */
};

static const int xml_opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_IGNORE_ENC;

static struct guard *guard_of(void *ctx)
{
	return ((xmlParserCtxtPtr)ctx)->_private;
}

static void refuse(void *ctx)
{
	guard_of(ctx)->refused = 1;
	xmlStopParser((xmlParserCtxtPtr)ctx);
}

static xmlEntityPtr guarded_get_entity(void *ctx, const xmlChar *name)
{
	struct guard *g = guard_of(ctx);
	if (++g->refs > FEED_MAX_ENTITY_REFS) {
		refuse(ctx);
		return NULL;
	}
	xmlEntityPtr e = g->get_entity(ctx, name);
	/* External entities are never declared (guarded_entity_decl): this
	 * is a second guard. */
	if (e && e->etype != XML_INTERNAL_GENERAL_ENTITY && e->etype != XML_INTERNAL_PREDEFINED_ENTITY)
		return NULL;
	return e;
}

static void guarded_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
				const xmlChar *system_id, xmlChar *content)
{
	struct guard *g = guard_of(ctx);
	if (++g->decls > FEED_MAX_ENTITIES ||
	    (content && (strlen((const char *)content) > FEED_MAX_ENTITY_LEN || strchr((const char *)content, '&')))) {
		refuse(ctx);
		return;
	}
	/* An external entity is left undeclared, so that no path of the
	 * parser can load it: a reference to it is an undeclared entity. */
	if (type != XML_INTERNAL_GENERAL_ENTITY && type != XML_INTERNAL_PARAMETER_ENTITY)
		return;
	g->entity_decl(ctx, name, type, public_id, system_id, content);
}

static void guarded_error(void *ctx, xmlErrorPtr e)
{
	struct guard *g = guard_of(ctx);
	if (!e)
		return;
	if (e->code == XML_ERR_UNDECLARED_ENTITY || e->code == XML_WAR_UNDECLARED_ENTITY ||
	    e->code == XML_ERR_ENTITYREF_SEMICOL_MISSING || e->code == XML_ERR_ENTITYREF_NO_NAME ||
	    e->code == XML_ERR_NAME_REQUIRED)
		g->entity_error = 1;
	if (e->level == XML_ERR_FATAL && !g->error_line)
		g->error_line = e->line > 0 ? e->line : 1;
}

static int name_char(int c, int first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 ||
	       (!first && ((c >= '0' && c <= '9') || c == '.' || c == '-'));
}

/* The reference at s (after its '&') is well formed: &#N; &#xH; &name;
 * (*name and *n then say which name). */
static int reference_at(const char *s, const char *end, const char **name, size_t *n)
{
	const char *p = s;
	*name = NULL;
	if (p < end && *p == '#') {
		p++;
		int hex = p < end && (*p == 'x' || *p == 'X');
		p += hex;
		const char *d = p;
		while (p < end && ((*p >= '0' && *p <= '9') || (hex && ((*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F')))))
			p++;
		return p > d && p < end && *p == ';';
	}
	if (p >= end || !name_char((unsigned char)*p, 1))
		return 0;
	while (p < end && name_char((unsigned char)*p, 0))
		p++;
	if (p >= end || *p != ';')
		return 0;
	*name = s;
	*n = (size_t)(p - s);
	return 1;
}

/* xml with its bad references mended, outside CDATA sections and
 * comments: a bare '&' becomes &amp;, and (when the document declares no
 * entities of its own) an HTML entity such as &mdash; its character
 * reference, an unknown one text. */
static char *mend_references(const char *xml, size_t len, size_t *out_len)
{
	const char *end = xml + len;
	int declares = memmem(xml, len, "<!ENTITY", 8) != NULL;
	struct sb b = SB_INIT;
	for (const char *p = xml; p < end;) {
		const char *close = NULL;
		if (*p == '<' && end - p >= 9 && !memcmp(p, "<![CDATA[", 9))
			close = memmem(p, (size_t)(end - p), "]]>", 3);
		else if (*p == '<' && end - p >= 4 && !memcmp(p, "<!--", 4))
			close = memmem(p, (size_t)(end - p), "-->", 3);
		if (close) {
			sb_add(&b, p, (size_t)(close + 3 - p));
			p = close + 3;
			continue;
		}
		if (*p != '&') {
			sb_addc(&b, *p++);
			continue;
		}
		const char *name;
		size_t n;
		p++;
		if (!reference_at(p, end, &name, &n)) {
			sb_adds(&b, "&amp;");
			continue;
		}
		if (!name || declares || (n == 3 && (!memcmp(name, "amp", 3))) ||
		    (n == 2 && (!memcmp(name, "lt", 2) || !memcmp(name, "gt", 2))) ||
		    (n == 4 && (!memcmp(name, "quot", 4) || !memcmp(name, "apos", 4)))) {
			sb_addc(&b, '&');
			continue;
		}
		char buf[64];
		const htmlEntityDesc *e = NULL;
		if (n < sizeof buf) {
			memcpy(buf, name, n);
			buf[n] = '\0';
			e = htmlEntityLookup((const xmlChar *)buf);
		}
		if (e)
			sb_addf(&b, "&#%u;", e->value);
		else
			sb_adds(&b, "&amp;");
		if (e)
			p += n + 1;
	}
	*out_len = b.len;
	return sb_detach(&b);
}

/* Parses the UTF-8 of a feed (its declaration's encoding ignored). */
static xmlDocPtr parse_once(const char *xml, size_t len, const char *url, struct guard *g)
{
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return NULL;
	memset(g, 0, sizeof *g);
	g->get_entity = ctxt->sax->getEntity;
	g->entity_decl = ctxt->sax->entityDecl;
	ctxt->sax->getEntity = guarded_get_entity;
	ctxt->sax->entityDecl = guarded_entity_decl;
	ctxt->sax->serror = guarded_error;
	ctxt->sax->resolveEntity = NULL;
	ctxt->_private = g;
	/* Encoding and I/O errors are raised without the context: the
	 * global handler takes them for the parse (never stderr). */
	xmlStructuredErrorFunc old = xmlStructuredError;
	void *old_ctx = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(ctxt, guarded_error);
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, xml, (int)len, url, "UTF-8", xml_opts);
	xmlSetStructuredErrorFunc(old_ctx, old);
	xmlFreeParserCtxt(ctxt);
	if (g->refused && doc) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

/* The charset label of the XML declaration, when the bytes are to be
 * read by it (in buf, n bytes): a feed that declares UTF-8 or latin-1 is
 * often the other, so for those (and for none) NULL, the bytes decide
 * (xt_decode). */
static const char *declared_label(const char *xml, size_t len, char *buf, size_t n)
{
	static const char *const sniffed[] = { "utf-8", "utf8", "iso-8859-1", "latin1", "windows-1252",
		"us-ascii", "ascii" };
	const char *end = len >= 5 && memcmp(xml, "<?xml", 5) == 0 ? memchr(xml, '>', len < 256 ? len : 256) : NULL;
	if (!end || xt_label(xml + 5, end, "encoding", buf, n) < 0)
		return NULL;
	for (size_t i = 0; i < sizeof sniffed / sizeof *sniffed; i++)
		if (!strcmp(buf, sniffed[i]))
			return NULL;
	return buf;
}

xmlDocPtr feed_xml_read(const char *xml, size_t len, const char *url)
{
	char enc[32];
	size_t ulen;
	char *u = xt_decode(xml, len, declared_label(xml, len, enc, sizeof enc), &ulen);
	if (ulen > (size_t)0x7fffffff) {
		free(u);
		err_set(_("feed too large"));
		return NULL;
	}
	struct guard g;
	xmlDocPtr doc = parse_once(u, ulen, url, &g);
	if (!g.refused && g.entity_error) {
		size_t mlen;
		char *mended = mend_references(u, ulen, &mlen);
		struct guard g2;
		xmlDocPtr doc2 = parse_once(mended, mlen, url, &g2);
		free(mended);
		if (doc2 && !g2.refused) {
			if (doc)
				xmlFreeDoc(doc);
			doc = doc2;
			g = g2;
		} else if (doc2)
			xmlFreeDoc(doc2);
	}
	free(u);
	if (g.refused) {
		err_set(_("too many entity expansions"));
		return NULL;
	}
	if (!doc || !xmlDocGetRootElement(doc)) {
		if (doc)
			xmlFreeDoc(doc);
		err_set(_("malformed XML at line %d"), g.error_line ? g.error_line : 1);
		return NULL;
	}
	return doc;
}

int feed_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && ascii_casecmp((const char *)n->name, name) == 0;
}

const xmlChar *feed_attr(const xmlNode *n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (ascii_casecmp((const char *)a->name, name) == 0 && a->children &&
		    (a->children->type == XML_TEXT_NODE) && a->children->content)
			return a->children->content;
	return NULL;
}

char *feed_text(const xmlNode *n)
{
	if (!n)
		return NULL;
	xmlChar *t = xmlNodeGetContent(n);
	char *r = xt_clean((const char *)t);
	xmlFree(t);
	return r;
}
