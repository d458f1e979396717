/* article.h -- the model of one article: its bytes as on disk, metadata,
 * paragraphs, all as byte ranges.
 *
 * An article knows no screen width and no colours. Offsets are UTF-8 byte
 * offsets into the file exactly as on disk, end exclusive; everything that
 * leaves the program (entities, notes, exports) uses them. The bytes are
 * kept unchanged: a BOM, CRLF line ends, NUL bytes and invalid UTF-8 are
 * all still there, and the sanitizer decides how they look. */
#ifndef GLOSS_ARTICLE_H
#define GLOSS_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

struct md_doc;

enum art_meta {
	ART_TITLE,
	ART_SOURCE,
	ART_DATE,    /* as written in the header */
	ART_AUTHOR,
	ART_LICENSE,
	ART_META_N
};

enum art_title_from {
	ART_TITLE_HEADER,    /* "Title:" line of the header block */
	ART_TITLE_LINE,      /* a short first line standing alone */
	ART_TITLE_FILENAME,  /* a file name made of words */
	ART_TITLE_SENTENCE,  /* the start of the first sentence */
};

enum {
	ART_BOM = 1 << 0,           /* starts with a UTF-8 byte order mark */
	ART_CRLF = 1 << 1,          /* has CR LF line ends */
	ART_INVALID_UTF8 = 1 << 2,  /* has bytes that are not UTF-8 */
	ART_NUL = 1 << 3,           /* has NUL bytes */
	ART_NO_FINAL_NL = 1 << 4,   /* does not end with a newline */
	ART_LINE_PARAS = 1 << 5,    /* no blank lines: each line is a paragraph */
};

struct art_para {
	size_t start;  /* first byte of the paragraph */
	size_t end;    /* end exclusive, without the line end */
};

struct article {
	char *path;            /* as given to art_load; owned */
	char *data;            /* the file's bytes plus a NUL; owned */
	size_t len;            /* bytes in the file */
	size_t body;           /* offset of the text after the header block */
	char *meta[ART_META_N];/* header values, NULL when absent; owned */
	char *title;           /* always set: from meta or derived; owned */
	enum art_title_from title_from;
	size_t title_para;     /* index of the paragraph that is the title line, or SIZE_MAX */
	char iso_date[11];     /* YYYY-MM-DD from the Date header or the file name, or "" */
	struct art_para *para; /* paragraphs in order */
	size_t npara;
	/* What the engine, search and the text motions read, at the file's
	 * offsets: data itself for a text article; for Markdown, md->text
	 * (markup blanked, see markdown.h). */
	const char *text;
	struct md_doc *md;     /* Markdown: the rendered model; NULL for text; owned */
	char **tags;           /* Markdown: the front matter's tags; owned */
	size_t ntags;
	uint64_t hash;         /* hash64 of the bytes */
	unsigned flags;        /* ART_* above */
};

/* The largest file art_load reads: an article is text a person reads, and
 * a larger file would be held whole in memory by every command. */
#define ART_MAX_BYTES (256 << 20)

/* Loads a text article. Returns NULL with err_set() for a missing or
 * unreadable file, for anything that is not a regular file (a FIFO, a
 * device: opened without waiting, never read), for a file larger than
 * ART_MAX_BYTES and for a binary file (found from its first 64 KB, the
 * rest unread). Caller frees with art_free. */
struct article *art_load(const char *path);

/* Builds an article from bytes already in memory (stdin, tests); takes
 * ownership of data, which must have a NUL at data[len]. name is used for
 * the title rules and messages. Returns NULL for binary data. */
struct article *art_from_buffer(const char *name, char *data, size_t len);

void art_free(struct article **a);

/* Nonzero when the bytes look like a binary file (an image, an archive, a
 * program) rather than text: by magic numbers, NULs and control bytes in
 * the first 64 KB. Invalid UTF-8 alone never makes a file binary. */
int art_is_binary(const char *data, size_t len);

/* Bytes [s, e) on one line as a reader sees them: line ends and tabs as
 * spaces; for Markdown only the visible bytes (markup left out) with each
 * run of blanks made one space. For the words around a mention. Caller
 * frees. */
char *art_line(const struct article *a, size_t s, size_t e);

/* The article's date as YYYY-MM-DD when it has one. */
const char *art_date(const struct article *a);

#endif
