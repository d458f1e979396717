/* add.h -- web pages and Markdown files saved as articles of a library
 * (`gloss add`, `gloss extract`, `A` in the interface).
 *
 * A page (an http or https address, fetched; or a .html file) is read into
 * its article with web_extract and saved as Markdown with front matter
 * (page_markdown); a Markdown file (.md) is copied byte for byte. The new
 * file, at the top of the library folder, is named by a date, '-', a slug
 * and ".md": the page's published date (YYYY-MM-DD; else today's), the
 * slug made from the title (add_slug). A
 * file is never overwritten: a name already taken gets -2, -3, ...; the
 * bytes go to a temporary file that is then linked to its name, so no
 * half-written article is ever seen. */
#ifndef GLOSS_WEB_ADD_H
#define GLOSS_WEB_ADD_H

#include <stddef.h>

#include "fetch.h"

struct add_opts {
	struct fetch_opts fetch;   /* time-outs, size limit, user agent, progress */
	int again;                 /* save even when the library has the address */
};

/* The whole Markdown (front matter and body) of a page: arg is an http(s)
 * address (fetched; a content type other than HTML is an error) or a
 * FILE.html; url is a local file's original address (for relative links
 * and the source; NULL: none; an address's own final one is used).
 * Returns 0 with *md (caller frees) and *len, or -1 with err_set() (the
 * message starts with arg). */
int add_page_markdown(const char *arg, const char *url, const struct fetch_opts *fo,
		      char **md, size_t *len);

/* Saves arg (an address, a .html or a .md file) in the folder dir of
 * library l, and has its sidecar read the new file; l is NULL for a folder
 * that has no sidecar yet (it holds no article, so none is already saved,
 * and the caller opens the library once a file is saved). Returns 0 with *path the new
 * file (DIR/NAME; caller frees); 1 when a present article already has the
 * address as its source (front matter source or url of a .md, Source:
 * header of a .txt; as the sidecar knows them, so the caller syncs first)
 * and o->again is 0: nothing is saved and *path is that article's file;
 * -1 with err_set() (the message starts with arg) and nothing saved. */
struct library;
int add_one(struct library *l, const char *dir, const char *arg, const struct add_opts *o, char **path);

/* Gives the file tmp (written and synced by the caller, in the same
 * file system as dir) the name add_one gives a page: the date at the
 * start of published (else today's), '-', the slug of title, ".md" (-2,
 * -3, ... when taken), by link(), so a file is never replaced; tmp is
 * then removed. Returns 0 with *path, or -1 with err_set() (tmp stays). */
int add_link_new(const char *dir, const char *published, const char *title, const char *tmp, char **path);

/* The whole file path (NUL-terminated), of at most max bytes: a regular
 * file only (a FIFO is refused, never waited for). Returns it with *len
 * (caller frees), or NULL with err_set() naming path. */
char *add_read_file(const char *path, size_t max, size_t *len);

/* Nonzero when arg is something add_one takes: an address (any scheme:
 * add_one refuses all but http and https), or a file named .html, .htm,
 * .xhtml, .md or .markdown. */
int add_takes(const char *arg);

/* The slug of a title: letters and digits kept, lowercased (letters
 * beyond ASCII too, kept in UTF-8: "le-café"), every run of anything
 * else ('/', '.', spaces, punctuation, control characters) one '-', none
 * at either end, at most ADD_SLUG_MAX bytes (cut between characters, at a
 * '-' when one is near); "article" when nothing is left. So a slug never
 * holds '/', "..", a control character or a leading dot. Caller frees. */
#define ADD_SLUG_MAX 60
char *add_slug(const char *title);

#endif
