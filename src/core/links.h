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
	char *text;          /* what it says, on one line (sanitized later); owned */
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

/* The link whose range holds byte off, or -1. */
long art_link_at(const struct art_links *l, size_t off);

/* Nonzero when url may be opened: an http, https or mailto address. */
int link_openable(const char *url);

#endif
