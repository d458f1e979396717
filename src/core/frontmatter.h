/* frontmatter.h -- the YAML front matter of a Markdown article, read with
 * libyaml.
 *
 * Front matter is a block that starts at the first byte (after a BOM) with
 * a "---" line and ends at the next "---" or "..." line. Only a mapping is
 * read; any other YAML, or YAML libyaml rejects, leaves the block as text
 * of the article (and fm_parse says where it ends, so it is still hidden)
 * with no fields. Values are scalars or, for tags and authors, sequences. */
#ifndef GLOSS_FRONTMATTER_H
#define GLOSS_FRONTMATTER_H

#include <stddef.h>

struct front_matter {
	char *title;       /* owned, or NULL */
	char *source;      /* "source", else "url" */
	char *author;      /* "author", or "authors" joined with ", " */
	char *date;        /* "published", else "date" (as written) */
	char *site;
	char *lang;
	char *saved;
	char **tags;       /* "tags" (a sequence, or one comma-separated string) */
	size_t ntags;
};

/* Looks for front matter at the start of data. Returns the offset of the
 * first byte after it (0 when there is none) and fills *fm with what it
 * holds (all NULL when none or unreadable). */
size_t fm_parse(const char *data, size_t len, struct front_matter *fm);
void fm_free(struct front_matter *fm);

#endif
