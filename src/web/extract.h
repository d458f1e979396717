/* extract.h -- the article of a web page, as Markdown with front matter.
 *
 * The page is parsed with libxml2's HTML parser (recovering, no network,
 * no external entities), decoded from its charset to UTF-8, and its
 * article body found and written as Markdown: headings, paragraphs,
 * lists, block quotes, preformatted text, tables, links made absolute,
 * images as ![alt](address) lines. Navigation, boilerplate, comments and
 * scripts are left out. Metadata comes from JSON-LD, OpenGraph and
 * article: meta tags, <meta name=author>, <time datetime>,
 * <link rel=canonical>, then <h1> and <title>. */
#ifndef GLOSS_WEB_EXTRACT_H
#define GLOSS_WEB_EXTRACT_H

#include <stddef.h>

struct page_meta {
	char *title;      /* never NULL after a successful extract */
	char *source;     /* canonical address, else the page's own; may be NULL */
	char *author;     /* "A, B" when several; may be NULL */
	char *published;  /* ISO 8601 as the page gives it (date or date-time); may be NULL */
	char *site;       /* the site's name; may be NULL */
	char *lang;       /* BCP 47 tag from <html lang> or og:locale; may be NULL */
	char *feed;       /* the feed it came from (feeds.h); NULL for a page saved by hand */
};

struct page {
	struct page_meta meta;
	char *body;       /* Markdown of the article body, no front matter; owned */
	size_t len;
};

/* Extracts the article of the len bytes of html. content_type is the
 * HTTP header (its charset wins) or NULL; url is the page's address, for
 * relative links and the source when the page names no canonical one (may
 * be NULL for a local file). Returns 0, or -1 with err_set(): "no article
 * found", or a parse failure. */
int web_extract(const char *html, size_t len, const char *content_type,
		const char *url, struct page *out);
void page_free(struct page *p);

/* The Markdown of a fragment of HTML (a feed item's content), links made
 * absolute against base (may be NULL); the same converter as web_extract's,
 * without the search for the article. Caller frees. */
char *web_html_markdown(const char *html, size_t len, const char *base, size_t *outlen);

/* The whole saved article: YAML front matter (title, source, author,
 * published, site, lang, feed, saved, tags; written with libyaml's emitter, so
 * any string is quoted as YAML needs) then the body. saved is an ISO 8601
 * time; tags may be NULL. Caller frees. */
char *page_markdown(const struct page *p, const char *saved,
		    const char *const *tags, size_t ntags, size_t *len);

#endif
