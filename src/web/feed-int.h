/* feed-int.h -- what feed.c, feed-xml.c and opml.c share: reading
 * untrusted XML safely, text of nodes. Text is cleaned and
 * bytes decoded by the helpers pages use (extract-int.h).
 *
 * feed_xml_read parses with libxml2 in recovery mode, never loads a DTD
 * or an external entity (no XML_PARSE_NOENT, XML_PARSE_DTDLOAD; with
 * XML_PARSE_NONET), leaves external entities undeclared so that no path
 * of the parser can load one, silences libxml2's messages, and stops a
 * document whose internal DTD declares more than FEED_MAX_ENTITIES
 * entities, an entity longer than FEED_MAX_ENTITY_LEN bytes or one that
 * refers to another, or that refers to entities more than
 * FEED_MAX_ENTITY_REFS times: entities then add at most
 * FEED_MAX_ENTITY_REFS * FEED_MAX_ENTITY_LEN bytes (10 MB). The bytes
 * are made UTF-8 first (xt_decode) by the declared encoding, except that
 * a declared UTF-8, latin-1, windows-1252 or ASCII (often wrong) lets the
 * bytes decide: UTF-8 when they are valid UTF-8, else windows-1252. Bad
 * references (a bare '&', an HTML entity XML does not know) are mended
 * and the document read again. */
#ifndef GLOSS_WEB_FEED_INT_H
#define GLOSS_WEB_FEED_INT_H

#include <stddef.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "extract-int.h"   /* xt_clean, xt_decode, xt_read_html: shared with pages */

#define FEED_MAX_ENTITIES 64
#define FEED_MAX_ENTITY_LEN 1024
#define FEED_MAX_ENTITY_REFS 10000

/* The document of len bytes (base url may be NULL), or NULL with
 * err_set(): "too many entity expansions", "malformed XML at line N". */
xmlDocPtr feed_xml_read(const char *xml, size_t len, const char *url);

/* The local name of an element, compared ASCII-case-insensitively. */
int feed_is(const xmlNode *n, const char *name);
/* The value of attribute name (ASCII case ignored, any namespace) of n,
 * or NULL; borrowed. */
const xmlChar *feed_attr(const xmlNode *n, const char *name);
/* The text of n and its descendants (entities of the internal subset
 * included), whitespace collapsed; NULL when empty. Caller frees. */
char *feed_text(const xmlNode *n);

#endif
