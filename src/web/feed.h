/* feed.h -- RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, and OPML
 * subscription lists, read with libxml2.
 *
 * Everything in a feed is untrusted: parsing recovers from the common
 * breakage (bad entities, a wrong declared encoding, HTML in titles), never
 * fetches anything (no DTD, no external entity), refuses entity expansion
 * beyond a small bound (a billion-laughs file fails quickly), and caps the
 * items read. Addresses are made absolute against xml:base or the feed's
 * own address. */
#ifndef GLOSS_WEB_FEED_H
#define GLOSS_WEB_FEED_H

#include <stddef.h>

struct feed_item {
	char *id;          /* guid / atom:id, else the link, else "hash:" and 16 hex digits of a
	                    * hash of title and date; never NULL */
	char *link;        /* absolute, or NULL */
	char *title;       /* plain text (HTML in a title is taken as text), or NULL */
	char *author;      /* dc:creator, author, atom:author/name; or NULL */
	char *published;   /* ISO 8601 (pubDate, dc:date, published, else updated), or NULL */
	char *content;     /* HTML: content:encoded or atom:content; NULL when none */
	char *summary;     /* HTML: description or atom:summary; NULL when none */
	char **categories; /* category / atom:category term; owned */
	size_t ncategories;
	char **enclosures; /* absolute addresses of enclosures; owned */
	size_t nenclosures;
};

struct feed_doc {
	char *title;       /* the feed's title, or NULL */
	char *link;        /* the site's address, or NULL */
	struct feed_item *items;  /* in the feed's order */
	size_t nitems;
	size_t dropped;    /* items beyond max_items, not read */
};

/* Parses len bytes of a feed fetched from url (may be NULL), reading at
 * most max_items items (0: all). Returns 0, or -1 with err_set():
 * "not a feed (an HTML page)", "not RSS or Atom", "malformed XML at line
 * N", "too many entity expansions". */
int feed_parse(const char *xml, size_t len, const char *url, size_t max_items, struct feed_doc *out);
void feed_doc_free(struct feed_doc *d);

/* The feed an HTML page announces with <link rel=alternate
 * type=application/rss+xml|atom+xml>: 1 and *feed_url (absolute; caller
 * frees), or 0 when it names none. */
int feed_discover(const char *html, size_t len, const char *url, char **feed_url);

/* An RFC 822 date as feeds write it (with its many real variants: no
 * weekday, two-digit years, zone names, missing seconds) or an ISO 8601 one,
 * as ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ". NULL when it cannot be read.
 * Caller frees. */
char *feed_date_iso(const char *s);

/* ---- OPML ---- */

struct opml_entry {
	char *title;       /* text or title attribute, or NULL */
	char *url;         /* xmlUrl; never NULL */
	char **tags;       /* the names of the folders (outlines) it is in; owned */
	size_t ntags;
};

/* Reads the subscriptions of an OPML file (1.0 and 2.0, as newsboat,
 * Thunderbird and Feedly write them): outlines with an xmlUrl (any case),
 * tagged with the folders they are in, outermost first. Returns 0 and
 * *out (*n entries), or -1 with err_set(): "not an OPML file", and the
 * XML errors of feed_parse. */
int opml_read(const char *xml, size_t len, struct opml_entry **out, size_t *n);
/* OPML 2.0 of the entries, tags as folders: an entry with several tags
 * goes in nested folders, the first outermost, so that opml_read gives
 * back the same tags. Caller frees. */
char *opml_write(const struct opml_entry *v, size_t n, const char *title, size_t *len);
void opml_entries_free(struct opml_entry *v, size_t n);

#endif
