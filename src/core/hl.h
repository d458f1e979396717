/* hl.h -- the highlight engine: PERSON, PLACE and DATE spans in English text.
 *
 * Deterministic and fast, with no model downloaded at run time. Knowledge
 * comes from packaged, documented sources (gazetteer, hunspell dictionary,
 * given-name lists; see data/README.md) loaded once into an engine that is
 * read-only afterwards. The engine knows no colours and no screen: a span is
 * a byte range with a type, an entity key shared by every mention of one
 * entity in the text, and for dates a normalized value.
 *
 * The user's corrections (a text is always TYPE, or never highlighted) are
 * given to the engine with hl_correct() and win over every rule;
 * lib_engine() (library.h) makes the engine of a library with its
 * corrections, and every front end uses that one. */
#ifndef GLOSS_HL_H
#define GLOSS_HL_H

#include <stddef.h>

enum hl_type {
	HL_PERSON,
	HL_PLACE,
	HL_DATE,
	HL_NTYPES,
	HL_IGNORE = HL_NTYPES,  /* for hl_correct(): never highlight */
};

struct hl_span {
	size_t start;        /* byte offset into the text given to hl_run, */
	size_t end;          /* ... plus its base offset; end exclusive */
	const char *key;     /* entity key, e.g. "takeshi iwaya" */
	const char *value;   /* DATE: ISO 8601 or TIMEX3-style "XXXX-01-20"; else NULL.
			      * Both live as long as the list (hl_spans_str) */
	enum hl_type type;   /* (after the pointers, with deictic: 40 bytes, not 48) */
	int deictic;         /* DATE: a word that only says "now" ("now", "today",
			      * "currently", "at present"): front ends may leave it out */
};

struct hl_strs;

struct hl_spans {
	struct hl_span *v;   /* sorted by start, not overlapping */
	size_t n, cap;
	struct hl_strs *strs; /* the keys and values of v, each distinct string
			       * once (hl_spans_str); NULL until the first */
};

struct hl_engine;

/* Loads the knowledge. Returns NULL with err_set() when a data file is
 * missing or damaged. */
struct hl_engine *hl_engine_new(void);
void hl_engine_free(struct hl_engine **e);

/* A user correction: text (matched as a whole, ASCII case ignored) is
 * always of type, or never highlighted with HL_IGNORE. A later correction
 * of the same text replaces the earlier one. */
int hl_correct(struct hl_engine *e, const char *text, enum hl_type type);

/* What this engine is, as a short string: gloss's version and hl_digest
 * (which stand for the built-in lists and rules) and a fingerprint of the
 * corrections it holds, whatever order they came in. Two engines with the
 * same stamp find the same spans; the mention index is stamped with it
 * (ops.h). Borrowed: valid until the next hl_correct() or hl_engine_free(). */
const char *hl_engine_stamp(const struct hl_engine *e);

/* The checksum of the sources of the rules and lists, made at build time
 * (src/core/hl.mk writes hl-digest.c): a rebuilt engine, another stamp. */
extern const char hl_digest[];

struct hl_doc {
	const char *text;     /* the bytes to scan */
	size_t len;
	size_t base;          /* added to every offset in the output */
	const char *date;     /* the document's date "YYYY-MM-DD" or NULL: resolves "Monday" */
};

/* Finds the spans of doc and appends them to out. Returns 0, or -1 with
 * the error set. Keys are consistent within one call. */
int hl_run(const struct hl_engine *e, const struct hl_doc *doc, struct hl_spans *out);

void hl_spans_clear(struct hl_spans *s);   /* frees the spans and their strings */

/* A copy of the n bytes at str, NUL-terminated and held by s until
 * hl_spans_clear(s): what a span's key or value points to. A string met
 * before is not copied again. */
const char *hl_spans_str(struct hl_spans *s, const char *str, size_t n);
/* The key of the n bytes of text at t, as the engine makes it (lower
 * case, white space runs made one space), held by s as above. */
const char *hl_spans_key(struct hl_spans *s, const char *t, size_t n);

/* Is s shown, counted and visited by a reader? Not a deictic date
 * ("now", "today") unless deictic is on (`set deictic-dates on`). */
int hl_span_shown(const struct hl_span *s, int deictic);

/* Drops the spans of s from index from on that hl_span_shown() leaves
 * out (their strings stay with s until hl_spans_clear()). */
void hl_spans_keep_shown(struct hl_spans *s, size_t from, int deictic);

/* What the engine's word lists say of the n bytes at word (letters, ASCII
 * case ignored, dots dropped) written before a period: 0, or HL_ABBR when
 * the period belongs to the word, as the tokenizer reads it ("Mr.",
 * "Gen.", "Jan.", "Fla."; the abbrevs[] list in gaz-gen.c and the state
 * abbreviations of data/lexicon.tsv), with HL_ABBR_MONTH for a month
 * ("Jan.") and HL_ABBR_STATE for a state ("Fla."). Needs no engine. */
enum { HL_ABBR = 1, HL_ABBR_MONTH = 2, HL_ABBR_STATE = 4 };
unsigned hl_abbrev(const char *word, size_t n);

/* "PERSON", "PLACE", "DATE"; NULL for out of range. */
const char *hl_type_name(enum hl_type t);
/* Parses "person"/"PERSON"/"place"/... ; -1 when unknown. */
int hl_type_parse(const char *name);

#endif
