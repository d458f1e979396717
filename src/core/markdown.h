/* markdown.h -- a Markdown article as the reader sees it, kept in file bytes.
 *
 * md4c parses the body; its text callbacks point into the input, which is
 * how everything drawn maps back to the file. The result has the same
 * length as the file:
 *
 *   text    the file's bytes with markup turned into spaces ("**", "#",
 *           list markers, link addresses, "&amp;" decoded to "&" and the
 *           rest of the entity blanked), so the highlight engine, search
 *           and the text motions see the visible words at the file's own
 *           offsets;
 *   hidden  one bit per byte: set for every byte that is markup and is not
 *           drawn (the blanks made above, the front matter);
 *   blocks  what the reader lays out: paragraphs, headings, list items,
 *           code blocks, rules, table rows, as byte ranges of the file;
 *   styles  inline runs (strong, emphasis, code, links, images);
 *   links   the links in order, with their text's range and address.
 *
 * Every range is [start, end) in file bytes. Nothing here knows a screen. */
#ifndef GLOSS_MARKDOWN_H
#define GLOSS_MARKDOWN_H

#include <stddef.h>

enum md_block_kind {
	MD_PARA,       /* a paragraph, also one inside a list item or a quote */
	MD_HEADING,    /* level 1..6 */
	MD_CODE,       /* a code block: its lines as written, never wrapped inside words */
	MD_RULE,       /* a horizontal rule: start..end is the "---" line */
	MD_TABLE_ROW,  /* one row; its cells are cell[cell0, cell0 + ncell) */
	MD_HTML,       /* a raw HTML block: drawn as its text, tags hidden */
};

struct md_block {
	size_t start, end;         /* the block's bytes, as art_para */
	enum md_block_kind kind;
	unsigned char level;       /* MD_HEADING: 1..6 */
	unsigned char list_depth;  /* lists it is nested in; 0 outside a list */
	unsigned char quote_depth; /* block quotes it is nested in */
	unsigned char item_first;  /* the first block of a list item: draw its marker */
	unsigned ordinal;          /* item_first in an ordered list: the number; else 0 (a bullet) */
	unsigned table;            /* MD_TABLE_ROW: 1 + index of its table (rows of one table share it) */
	unsigned char head_row;    /* MD_TABLE_ROW: the header row */
	size_t cell0, ncell;       /* MD_TABLE_ROW: its cells */
};

enum md_align { MD_ALIGN_DEFAULT, MD_ALIGN_LEFT, MD_ALIGN_CENTER, MD_ALIGN_RIGHT };

struct md_cell {
	size_t start, end;         /* the cell's text, trimmed */
	enum md_align align;
};

enum {
	MD_STRONG = 1 << 0,
	MD_EM = 1 << 1,
	MD_CODESPAN = 1 << 2,
	MD_LINK = 1 << 3,          /* link is its index in links */
	MD_STRIKE = 1 << 4,
	MD_IMAGE = 1 << 5,         /* start..end is the alt text; drawn "[image: alt]" */
};

struct md_style {
	size_t start, end;         /* visible bytes the style covers */
	unsigned attr;             /* MD_* above, combined when nested */
	long link;                 /* MD_LINK or MD_IMAGE: index in links, else -1 */
};

struct md_link {
	size_t start, end;         /* the link's text (an image's alt) */
	char *url;                 /* the address as written, entities decoded; owned */
	int image;                 /* an image, not a link */
};

struct md_doc {
	char *text;                /* len bytes plus a NUL; see above; owned */
	unsigned char *hidden;     /* (len + 7) / 8 bytes, bit i % 8 of byte i / 8; owned */
	size_t len;
	size_t body;               /* first byte after the front matter */
	struct md_block *block;    /* in file order; owned */
	size_t nblock;
	struct md_cell *cell;      /* owned */
	size_t ncell;
	struct md_style *style;    /* sorted by start, not overlapping; owned */
	size_t nstyle;
	struct md_link *link;      /* in file order; owned */
	size_t nlink;
};

/* Parses data[body, len) (body: where the front matter ends, see
 * frontmatter.h) into *out. Never fails on any bytes: what md4c cannot
 * read stays text. Returns 0, or -1 with err_set() when md4c gives up
 * (*out is still whole then, to be freed). Named apart from md4c's own
 * md_parse, which the same program links. */
int md_doc_parse(const char *data, size_t len, size_t body, struct md_doc *out);
void md_doc_free(struct md_doc *m);

static inline int md_hidden(const struct md_doc *m, size_t i)
{
	return (m->hidden[i >> 3] >> (i & 7)) & 1;
}

/* Nonzero when path names a Markdown file (.md, .markdown). */
int md_is_markdown_path(const char *path);

#endif
