/* extract-int.h -- the parts of web_extract (extract.h), shared between
 * its files: charset decoding (extract-charset.c), reading HTML and text
 * helpers (extract.c), metadata (extract-meta.c), finding the article's
 * nodes (extract-body.c) and writing them as Markdown (extract-md.c);
 * page_markdown is in extract-page.c. Feeds (feed-int.h) decode, read
 * HTML and clean text with the same helpers.
 *
 * The document is libxml2's HTML tree. Every walk over it is bounded:
 * xt_read_html flattens what lies deeper than XT_MAX_DEPTH before any
 * recursive walk runs, so recursion never goes deeper than that. */
#ifndef GLOSS_WEB_EXTRACT_INT_H
#define GLOSS_WEB_EXTRACT_INT_H

#include <stddef.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "extract.h"
#include "util.h"

#define XT_MAX_DEPTH 200                   /* elements deeper become their text */
#define XT_MAX_INPUT ((size_t)32 << 20)    /* bytes of HTML read at most */
#define XT_MAX_TAGS 300000                 /* start tags read at most */
#define XT_MAX_ATTRS 256                   /* attributes a tag at most */
#define XT_MAX_ALL_ATTRS 500000            /* attributes a page at most */
#define XT_MIN_LETTERS 80                  /* a body with fewer is no article */

/* The len bytes at s as UTF-8: a BOM's charset, else label's (a charset
 * label; NULL when none is known), else UTF-8 when valid and
 * windows-1252 when not. Invalid sequences become U+FFFD, NUL bytes are
 * dropped. Caller frees. */
char *xt_decode(const char *s, size_t len, const char *label, size_t *outlen);
/* The label after the first key (ASCII case ignored) in [s, end) and
 * an '=', lowercased, unquoted, into buf of n bytes ("charset=UTF-8",
 * encoding="UTF-8"): 0, or -1 when there is none. */
int xt_label(const char *s, const char *end, const char *key, char *buf, size_t n);
/* The bytes of a page as UTF-8 (xt_decode), the label taken from
 * content_type (may be NULL), else from a <meta> in the first bytes. */
char *xt_to_utf8(const char *html, size_t len, const char *content_type, size_t *outlen);

/* The document of len bytes of UTF-8 HTML at buf (changed: prepared
 * for the parser in place), url its address (may be NULL), its depth
 * capped; NULL when it has no root element. The parser
 * recovers, reads no network and drops blank text nodes. */
htmlDocPtr xt_read_html(char *buf, size_t len, const char *url);


/* Element helpers: lowercase tag name equality, attributes (NULL when
 * absent; caller frees with xmlFree). */
int xt_is(xmlNodePtr n, const char *name);
/* Nonzero when the tag name is one of the NULL-ended list; when it is h1
 * to h6. Inline: they run for every element. */
static inline int xt_in(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

static inline int xt_heading(const char *name)
{
	return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
}
char *xt_attr(xmlNodePtr n, const char *name);
/* The value of an attribute without a copy (valid while n is), "" for
 * one without a value, NULL when absent or not plain text. */
const char *xt_peek(xmlNodePtr n, const char *name);
/* The trimmed, collapsed text of n. Caller frees. */
char *xt_text_dup(xmlNodePtr n);
/* s trimmed and with white space collapsed, control characters dropped;
 * NULL when nothing is left. Caller frees. */
char *xt_clean(const char *s);
/* href resolved against base (may be NULL; link_resolve) when it is
 * http, https or (with mail) mailto, with spaces, parentheses and angle
 * brackets percent-encoded; else NULL. Caller frees. */
char *xt_url(const char *href, const char *base, int mail);

/* Metadata of the page; *base gets the address relative links resolve
 * against (or NULL), *ld_body the articleBody of its JSON-LD (or NULL;
 * text, maybe with HTML in it). */
void xt_meta(htmlDocPtr doc, const char *url, struct page_meta *m, char **base, char **ld_body);
/* The text of a JSON-LD articleBody as Markdown paragraphs, into out. */
void xt_text_markdown(const char *text, struct sb *out);

/* The article's nodes, in document order, under the document; n set to
 * their count. Returns NULL when the page holds no article. Caller frees
 * the array (the nodes belong to doc, which the search may have pruned). */
xmlNodePtr *xt_body(htmlDocPtr doc, size_t *n);

/* Writes the Markdown of the nodes into out (empty before). The title
 * (may be NULL) is not repeated at the start, nor bylines; ad labels and
 * what no article ends with (headings, a word or two) are left out. */
void xt_markdown(xmlNodePtr *nodes, size_t n, const char *base, const char *title, struct sb *out);

#endif
