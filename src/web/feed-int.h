/* feed-int.h -- what feed.c, feed-xml.c and opml.c share: reading
 * untrusted XML safely, text of nodes, addresses.
 *
 * feed_xml_read parses with libxml2 in recovery mode, never loads a DTD
 * or an external entity (no XML_PARSE_NOENT, XML_PARSE_DTDLOAD; with
 * XML_PARSE_NONET), returns no external entity to the parser at all, and
 * stops a document whose internal DTD declares more than FEED_MAX_ENTITIES
 * entities, an entity longer than FEED_MAX_ENTITY_LEN bytes or one that
 * refers to another, or that refers to entities more than
 * FEED_MAX_ENTITY_REFS times: the expansion of any entity is then bounded
 * by the size of the document times a constant. A declared encoding that
 * fails is retried as UTF-8 (when the bytes are valid UTF-8) or
 * windows-1252; a declared latin-1 over valid non-ASCII UTF-8 is read as
 * UTF-8. */
#ifndef GLOSS_WEB_FEED_INT_H
#define GLOSS_WEB_FEED_INT_H

#include <stddef.h>

#include <libxml/tree.h>

#define FEED_MAX_ENTITIES 64
#define FEED_MAX_ENTITY_LEN 1024
#define FEED_MAX_ENTITY_REFS 10000

/* The document of len bytes (base url may be NULL), or NULL with
 * err_set(): "too many entity expansions", "malformed XML at line N". */
xmlDocPtr feed_xml_read(const char *xml, size_t len, const char *url);

/* Whether the bytes begin like an HTML page (a doctype html or <html>). */
int feed_looks_html(const char *s, size_t len);

/* The local name of an element, compared ASCII-case-insensitively. */
int feed_is(const xmlNode *n, const char *name);
/* The value of attribute name (ASCII case ignored, any namespace) of n,
 * or NULL; borrowed. */
const xmlChar *feed_attr(const xmlNode *n, const char *name);
/* s with runs of white space made one space and trimmed; NULL when s is
 * NULL or empty. Caller frees. */
char *feed_clean(const char *s);
/* The text of n and its descendants (entities of the internal subset
 * included), whitespace collapsed; NULL when empty. Caller frees. */
char *feed_text(const xmlNode *n);
/* ref made absolute against the base of node n (xml:base, else the
 * document's address); ref trimmed; NULL when ref is NULL or empty.
 * Caller frees. */
char *feed_resolve(const xmlNode *n, const char *ref);

#endif
