/* links.h -- the links of an article, numbered as the reader shows them.
 *
 * Number 0 is the article's own source address (when it has one); 1.. are
 * its links in file order: a Markdown article's links and images, and the
 * bare http(s) addresses written in a text article. Each link has the
 * file range it is drawn at (the reader puts its number after it, "[3]"),
 * and its address, made absolute against the article's source. */
#ifndef GLOSS_LINKS_H
#define GLOSS_LINKS_H

#include <stddef.h>

struct article;

struct art_link {
	size_t start, end;   /* where it is in the file; 0, 0 for the source */
	char *url;           /* absolute when it could be made so; owned */
	char *text;          /* what it says, on one line (sanitized later); owned;
	                      * "" for the source, the address itself for a bare one */
	char *href;          /* the address as written (trimmed); owned */
	int image;
};

struct art_links {
	struct art_link *v;  /* v[0] is the source when has_source */
	size_t n;
	int has_source;
};

/* The links of a. Never fails; an article without links gives n == 0. */
void art_links(const struct article *a, struct art_links *out);
void art_links_free(struct art_links *l);

/* The number the reader and the links view show for v[i]: the source is
 * 0, the links count from 1 whether or not there is a source. */
static inline size_t art_link_number(const struct art_links *l, size_t i)
{
	return l->has_source ? i : i + 1;
}

/* The index in v of link number num, or -1 when there is none. */
long art_link_index(const struct art_links *l, size_t num);

/* The most links art_links gives (the rest of a huge file has none). */
#define ART_LINKS_MAX 100000

/* The index in v of the link whose range holds byte off (the innermost,
 * for an image inside a link), or -1. */
long art_link_at(const struct art_links *l, size_t off);

/* Nonzero when url may be opened: an http, https or mailto address with
 * something after the scheme and no blank or control character. */
int link_openable(const char *url);

/* ref made absolute against base (RFC 3986, section 5.2: dot segments
 * removed, the fragment kept), in a new string. ref with a scheme of its
 * own comes back as written but for its dot segments; when base has no
 * scheme (NULL, "", a file name) ref comes back unchanged. */
char *link_resolve(const char *base, const char *ref);

/* Nonzero when a and b are the address of one page: the same but for
 * http and https, the case of the scheme and host, the fragment and a
 * '/' at the end. */
int link_same(const char *a, const char *b);

/* The file of the library that ref, written in the article at relpath
 * (relative to the library), names: ref without its query and fragment,
 * %XX decoded, taken from the article's folder, dot segments removed.
 * NULL when ref is no relative path (it has a scheme, starts with '/' or
 * "//", or is only a fragment), climbs out of the library, or decodes to a
 * NUL. Caller frees. */
char *link_library_path(const char *relpath, const char *ref);

/* Nonzero when ref has a scheme ("https:", "mailto:"): an address, not a
 * path. */
int link_has_scheme(const char *ref);

#endif
