/* export.h -- notes out of gloss: Markdown, JSON, CSV, HTML, Org.
 *
 * An export is made from a list of notes grouped by article (consecutive
 * notes with the same article_id, as store_notes() orders them; orphans
 * after the attached ones). Each writer appends to a string buffer and
 * never touches a file: ops-export.c decides where the bytes go (stdout, or a
 * file written atomically). Everything from an article or a note is
 * untrusted and escaped for the format it lands in; and since an export
 * ends up on a terminal (cat, less), what a writer of a text format
 * appends passes the sanitizer (san_append with SAN_FILE): no control
 * byte gets through but the newlines, tabs and CRLF line ends the format
 * has.
 *
 * - md:   per article a heading with title, source and date; each note a
 *         blockquote of the passage, the note, #tags; orphans in their own
 *         section (Obsidian-friendly).
 * - json: the W3C Web Annotation Data Model: an AnnotationCollection
 *         (@context http://www.w3.org/ns/anno.jsonld) whose page holds one
 *         Annotation per note, with TextQuoteSelector + TextPositionSelector
 *         (positions in Unicode code points, as the model defines them),
 *         the note as a TextualBody in text/markdown and each tag as a
 *         TextualBody with purpose "tagging". gloss's own fields (byte
 *         range, article hash, orphan state) are prefixed "gloss:" so that
 *         import-notes restores a note exactly.
 * - csv:  RFC 4180 with a header row, one row per note, CRLF line ends.
 * - html: one self-contained page (inline CSS, no script, a CSP that
 *         forbids any), passages highlighted with <mark> in their context.
 * - org:  Org mode: a heading per article, a subheading per note. */
#ifndef GLOSS_EXPORT_H
#define GLOSS_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "store-notes.h"
#include "util.h"


struct export_set;

/* A format is a row of the table in export.c: adding one is a writer file
 * (export-NAME.c, its writer declared below), a row, and the file in
 * src/core/notes.mk. Every list of format names shown to a person (usage,
 * help, errors) is made from the rows. */
struct export_fmt {
	const char *name;   /* what --format, :export and the prompt take: "md" */
	const char *alias;  /* another name taken for it ("markdown"), or NULL */
	const char *ext;    /* the usual file name extension, without the dot */
	const char *desc;   /* one short line for help, marked with N_() */
	void (*write)(const struct export_set *set, struct sb *out);
	int san;            /* san_append flags the output passes through; 0: the
			     * writer escapes every control itself (json) */
};

/* A format as an index into the table. The first row, md, is the default;
 * the others have no constant of their own: find them by name. */
enum export_format { EXPORT_MD = 0 };

/* The row of f (borrowed, static), or NULL when f is past the last row:
 * for (f = 0; (row = export_format_row(f)); f++) visits every format. */
const struct export_fmt *export_format_row(enum export_format f);
/* A row's name or alias, in any case -> its index; -1 when unknown. */
int export_format_parse(const char *name);
/* The row's name and extension ("md", "md"); "?" and "txt" past the end. */
const char *export_format_name(enum export_format f);
const char *export_format_ext(enum export_format f);
/* Every row's name in table order, joined by sep: export_format_names("|")
 * is "md|json|csv|html|org". The caller frees the string. */
char *export_format_names(const char *sep);

struct export_note {
	const struct store_note *n;   /* borrowed */
	int64_t cp_start, cp_end;     /* code point offsets in the file; -1 when unknown */
};

struct export_set {
	const struct export_note *v;  /* grouped by article */
	size_t n;
	const char *library;          /* the library's name (its folder's), for titles */
	const char *generated;        /* ISO 8601 time of the export */
};

/* Appends the export in format f to out. Returns 0 (the writers cannot
 * fail), or -1 with the error set when f is no row of the table. */
int export_write(enum export_format f, const struct export_set *set, struct sb *out);

/* The writers, one per file (export-*.c), each named in one row. */
void export_md(const struct export_set *set, struct sb *out);
void export_json(const struct export_set *set, struct sb *out);
void export_csv(const struct export_set *set, struct sb *out);
void export_html(const struct export_set *set, struct sb *out);
void export_org(const struct export_set *set, struct sb *out);

/* Reading a JSON export back (import-notes). Each annotation becomes a
 * store_note with path ("gloss:path", else the target source, decoded:
 * a web address when another tool wrote it), quote, prefix,
 * suffix, body, tags, created/updated, and, when gloss wrote it, id, byte
 * range, hash and orphan state; article_id is left 0. */
struct export_item {
	struct store_note n;   /* owned */
	int has_range;         /* gloss:start/gloss:end were present */
	int64_t cp_start, cp_end;  /* TextPositionSelector, or -1 */
};
struct export_items {
	struct export_item *v;
	size_t n, cap;
};
/* Parses text as an AnnotationCollection, AnnotationPage, an array of
 * Annotations or one Annotation. Returns 0, or -1 with the error set
 * (bad JSON, not annotations, an annotation without a quote or source). */
int export_json_read(const char *text, size_t len, struct export_items *out);
void export_items_clear(struct export_items *items);

/* Helpers shared by the writers. Tags are a comma-separated list (as
 * store_note.tags); fn gets each name. */
void export_each_tag(const char *tags, void (*fn)(const char *tag, size_t n, void *ctx), void *ctx);
/* Number of notes starting at index i that belong to the same article. */
size_t export_group(const struct export_set *set, size_t i);

#endif
