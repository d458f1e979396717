/* ops.h -- the named operations both front ends drive.
 *
 * Every action a person can take on notes, tags, reading state, exports,
 * mentions and the highlight engine's corrections is one function here, so
 * that the interface (keys a, t, d, u, o, m, x, *, #) and the command line
 * (gloss note, notes, export, import-notes, mentions, entity) do exactly
 * the same thing and a test can run each without a terminal. Names in the
 * undo log and in messages are the op names below. Reads that change
 * nothing are in query.h.
 *
 * Conventions: 0 (or an id > 0) on success, -1 with err_set() on failure;
 * an op never prints. Lists returned through *out are owned by the caller
 * and freed with their *_clear function (query.h). An op that writes does
 * it in one transaction, together with its undo entry when it has one. */
#ifndef GLOSS_OPS_H
#define GLOSS_OPS_H

#include <stddef.h>
#include <stdint.h>

#include "export.h"
#include "hl.h"
#include "store-corrections.h"
#include "store-notes.h"
#include "store-passages.h"
#include "util.h"

struct article;
struct library;

#define OPS_NOTE_ADD "note-add"
#define OPS_NOTE_EDIT "note-edit"
#define OPS_NOTE_DELETE "note-delete"
#define OPS_NOTE_TAG "note-tag"
#define OPS_NOTE_UNTAG "note-untag"
#define OPS_NOTE_ANCHOR "note-anchor"   /* re-attach an orphan (or move a note) */
#define OPS_NOTE_RESTORE "note-restore" /* bring back a deleted note */
/* a correction of one mention set or unset; the log's note_id is the
 * article's id, its value the article's corrections before */
#define OPS_PASSAGE "entity-at"

/* ---- notes ---- */

struct ops_note_spec {
	size_t start, end;          /* the passage, when quote is NULL */
	const char *quote;          /* else: find this exact text (it must occur once) */
	const char *body;           /* the note (Markdown); NULL or "" for a bare highlight */
	const char *const *tags;    /* ntags tag names */
	size_t ntags;
};

/* Adds a note to the article at relpath (relative to the library). a is
 * the article as loaded by the caller (the interface has it), or NULL to
 * read it from disk. The passage must be on UTF-8 boundaries. Returns the
 * new note's id, or -1 with the error set. Undo: the note is deleted. */
int64_t ops_note_add(struct library *l, const char *relpath, const struct article *a,
		     const struct ops_note_spec *spec);
/* Replaces the body of a note. Undo: the old body comes back. */
int ops_note_edit(struct library *l, int64_t id, const char *body);
/* Soft-deletes a note (deleted_at). Undo: it comes back. */
int ops_note_delete(struct library *l, int64_t id);
/* Adds / removes a tag of a note (undoable). */
int ops_note_tag(struct library *l, int64_t id, const char *tag);
int ops_note_untag(struct library *l, int64_t id, const char *tag);
/* Attaches a note (an orphan, usually) to [start, end) of the article it
 * belongs to, as loaded in a (NULL: read from disk). Undoable. */
int ops_note_reattach(struct library *l, int64_t id, const struct article *a, size_t start, size_t end);

/* What ops_undo took back, so the interface can show it and jump there. */
struct ops_undone {
	char op[16];        /* the op name that was undone */
	int64_t note_id;
	int64_t article_id;
};
/* Takes back the newest logged action (in this library, across restarts)
 * through the undo handler of its op (a table in ops-undo.c). Returns 1 when
 * something was undone, 0 when there was nothing to undo, -1 on error:
 * among them an op no handler knows (a newer gloss wrote it) or an entry
 * that lacks what its op needs; such an entry stays in the log. */
int ops_undo(struct library *l, struct ops_undone *out);
/* Does again what the newest undo took back (the redo log keeps what
 * undo gave up, across restarts, until a new action empties it); out
 * says what was redone. Returns 1, 0 when there is nothing to redo, or -1. */
int ops_redo(struct library *l, struct ops_undone *out);
/* Brings back a deleted note (undoable). An error when the note is not
 * deleted or does not exist. */
int ops_note_restore(struct library *l, int64_t id);

/* ---- the note being written (ops-draft.c) ---- */

/* The text of an open note editor, kept in the sidecar (not in the undo
 * log) so that a crash or a killed terminal costs nothing: a new note on
 * [start, end) of the article at path (note_id 0), or a new text for note
 * note_id. One draft per library; saving replaces it. */
struct ops_draft {
	char *path;        /* relative to the library */
	int64_t note_id;
	size_t start, end;
	char *body;
	char at[21];       /* when it was kept, UTC */
};
/* Keeps d (a read-only sidecar keeps nothing, and that is no error). */
int ops_draft_save(struct library *l, const struct ops_draft *d);
/* 1 and *out (free with ops_draft_free) when a draft is kept, 0 when none
 * (or it is damaged), -1 on error. */
int ops_draft_get(struct library *l, struct ops_draft *out);
/* Forgets the draft: the note was saved or thrown away on purpose. */
int ops_draft_clear(struct library *l);
void ops_draft_free(struct ops_draft *d);

/* Re-anchors the live notes of one article (article_id > 0) or of every
 * article with notes (0) whose text changed since the notes were anchored.
 * a, when not NULL, is the article as loaded (its hash is used). Notes that
 * cannot be placed become orphans; orphans that can be placed again come
 * back. Read-only sidecars are left alone. Returns the number of notes
 * that moved or changed state, or -1. */
int ops_reanchor(struct library *l, int64_t article_id, const struct article *a);

/* The notes of the article at relpath (NULL: the whole library), re-anchored
 * first; tag filters (notes with the tag, or notes of articles with it).
 * Appends to out. */
int ops_notes(struct library *l, const char *relpath, const struct article *a, const char *tag,
	      struct store_note_list *out);
/* One note by id (deleted or not): 1 found, 0 not, -1 error. */
int ops_note_get(struct library *l, int64_t id, struct store_note *out);

/* Tags an article (the `t` key in the list). */
int ops_article_tag(struct library *l, const char *relpath, const char *tag);
int ops_article_untag(struct library *l, const char *relpath, const char *tag);

/* The reading state of the article with id (opening it, `N` in the list,
 * leaving it): read is 0 or 1, position a byte offset. Not in the undo
 * log. A read-only sidecar keeps its state: nothing is written and 0 is
 * returned, since there is nothing the person could do about it. */
int ops_article_set_read(struct library *l, int64_t id, int read);
int ops_article_set_position(struct library *l, int64_t id, int64_t position);
/* The reading state of the n articles ids[], in one transaction (marking
 * a feed, or everything, read). */
int ops_articles_set_read(struct library *l, const int64_t *ids, size_t n, int read);

/* ---- export and import ---- */

struct ops_export {
	enum export_format format;
	const char *tag;            /* NULL: every note */
	const char *const *paths;   /* npaths articles (relative paths); 0: all */
	size_t npaths;
};
/* Appends the export of the selected notes to out. */
int ops_export(struct library *l, const struct ops_export *e, struct sb *out);
/* The same, written to path atomically (temp file + fsync + rename); an
 * existing file is an error unless overwrite, and anything at path that
 * is not a regular file (FIFO, device, symlink, folder) always is. */
int ops_export_file(struct library *l, const struct ops_export *e, const char *path, int overwrite);

struct ops_import_stats {
	long added;      /* notes restored */
	long skipped;    /* already there (imported before, or the same id and passage) */
	long failed;     /* annotations that could not be placed (see err_msg for the last) */
	long orphaned;   /* of added and skipped: on an article not in the library, kept as orphans */
};
/* Reads a JSON export (a W3C AnnotationCollection, AnnotationPage, array
 * or single Annotation) and restores its notes into the library, keeping
 * their ids when free. Returns 0 when every annotation was restored or
 * skipped, -1 when some failed (stats says how many), the JSON is bad, or
 * a write failed (then nothing was imported and stats counts none). */
int ops_import(struct library *l, const char *json, size_t n, struct ops_import_stats *stats);

/* ---- corrections of the highlight engine ---- */

/* `gloss entity set/ignore/forget`: TEXT (matched as a whole, ASCII case
 * ignored) is always of type (HL_PERSON, HL_PLACE, HL_DATE), or never
 * highlighted (HL_IGNORE). The correction is kept in the sidecar and the
 * library's engine is retired (lib_engine_drop), so the next lib_engine()
 * and the next mention index use it; an engine got from lib_engine()
 * before stays valid but lacks it (ask again). Not in the undo log:
 * ops_entity_forget takes one back. */
int ops_entity_set(struct library *l, const char *text, enum hl_type type);
/* Removes the correction of text: 1 when there was one, 0 when not, -1 on
 * error. */
int ops_entity_forget(struct library *l, const char *text);
/* Calls fn for each correction of a text, in text order (`gloss entity
 * list`). */
int ops_entity_each(struct library *l, store_correction_fn fn, void *ctx);

/* ---- corrections of one mention (ops-passage.c) ---- */

/* `gloss entity set --at FILE:START:END TYPE` and the reader's key: the
 * passage [start, end) of the article at relpath (a: as loaded, or NULL
 * to read it) is of type, or not highlighted (HL_IGNORE). The passage
 * must be in the article's text (past its header), on UTF-8 boundaries.
 * Anchored as a note; it replaces the corrections of passages it
 * overlaps, and the article's mention index is made again. Returns the
 * new id, or -1 with the error set. Undo: the article's corrections
 * come back as they were. */
int64_t ops_passage_set(struct library *l, const char *relpath, const struct article *a, size_t start,
			size_t end, enum hl_type type);
/* 0 when path (a FILE as given, or relative to the library) names a file
 * a library takes as an article (.txt or .md, no hidden folder or file
 * on the way); else -1 with the error set. */
int ops_passage_path_ok(const char *path);
/* Removes the corrections of the article at relpath that overlap
 * [start, end) as the article is now, and the orphans listed with that
 * range (end 0: all of them). Returns how many, or -1. Undoable when
 * it removed any. */
int ops_passage_unset(struct library *l, const char *relpath, size_t start, size_t end);
/* The corrections of the article at relpath (NULL: of the library),
 * re-anchored first to the text as it is on disk (written back unless the
 * sidecar is read-only; a ignored for now and may be NULL). Appends to out. */
int ops_passages(struct library *l, const char *relpath, const struct article *a,
		 struct store_passage_list *out);
/* For `gloss entities` and `gloss show`, without opening the library: the
 * corrections of FILE in the sidecar at db_path, or FILE's library's
 * (read, never created), re-anchored in memory to data (len bytes, the
 * file now). None for "-". Appends to out; -1 on a read error. c keeps
 * the sidecar open for the next FILE of the same library. */
struct ops_sidecars;
struct ops_sidecars *ops_sidecars_new(void);
void ops_sidecars_free(struct ops_sidecars **c);
int ops_passages_for_file(struct ops_sidecars *c, const char *file, const char *db_path, const char *data,
			  size_t len, struct store_passage_list *out);
/* Applies the corrections of f (orphans left out) that lie within
 * [lo, hi) to sp, the engine's spans of the text data (offsets into data):
 * a span a correction overlaps goes, and the correction's own span comes
 * in (keyed by its text) unless it is HL_IGNORE. sp stays sorted. */
void ops_passages_apply(const struct store_passage_list *f, const char *data, size_t lo, size_t hi,
			struct hl_spans *sp);
/* Frees the lists above. */
void ops_passage_list_clear(struct store_passage_list *f);
/* 1 when s is the span of one of f's corrections. */
int ops_passage_is(const struct store_passage_list *f, const struct hl_span *s);

/* ---- mentions across the library ---- */

struct ops_mention {
	int64_t article_id;
	char *path, *title, *date;   /* the article's; date may be "" */
	size_t start, end;           /* byte range in the file */
	char type[8];                /* "PERSON", "PLACE", "DATE" */
	char *key;                   /* the entity key of this mention */
	char *text;                  /* the mention as written */
	char *before, *after;        /* up to OPS_KWIC bytes of context, line ends as spaces */
};
#define OPS_KWIC 60

struct ops_mention_list {
	struct ops_mention *v;       /* grouped by article, in library order */
	size_t n, cap;
	size_t narticles;            /* distinct articles in v */
};
void ops_mention_list_clear(struct ops_mention_list *l);

/* Brings the entity index up to date: every present article whose text
 * changed since it was indexed, or that was indexed by an engine with
 * another stamp (hl_engine_stamp: gloss's version and the corrections), is
 * run through the engine again and stamped with it. e is the engine to
 * run, NULL for the library's (lib_engine); every op below that takes an e
 * passes it on. Returns the number of articles (re)indexed, or -1. A
 * read-only sidecar is left as it is. */
int ops_mentions_index(struct library *l, const struct hl_engine *e);

/* Every mention of the entity NAME across the library, with KWIC context,
 * grouped by article in library order. NAME is a key ("antony j. blinken")
 * or a name as written ("Blinken", "Antony Blinken"): every key whose words
 * include all of NAME's words, or that NAME's words include, matches
 * (ASCII and Unicode case ignored). type >= 0 (enum hl_type) limits the
 * type. The index is refreshed first. */
int ops_mentions(struct library *l, const struct hl_engine *e, const char *name, int type,
		 struct ops_mention_list *out);

/* For `*` / `#` past the end of an article: the first (dir > 0) or last
 * (dir < 0) mention of NAME in the next (previous) article, in library
 * order, after the article from_article_id. With wrap, the search goes
 * round the library (and may come back to from_article_id itself). Fills
 * *out (free with ops_mention_clear) and returns 1; 0 when there is none. */
int ops_mention_next_article(struct library *l, const struct hl_engine *e, const char *name, int type,
			     int64_t from_article_id, int dir, int wrap, struct ops_mention *out);
void ops_mention_clear(struct ops_mention *m);

/* The entities that appear in the most articles together with NAME (for
 * the entities pane): fn gets each key, type and the shared article count,
 * most first; at most limit. */
typedef int (*ops_cooccur_fn)(const char *key, const char *type, long articles, void *ctx);
int ops_cooccur(struct library *l, const struct hl_engine *e, const char *name, int type, long limit,
		ops_cooccur_fn fn, void *ctx);

#endif
