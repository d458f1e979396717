/* library.h -- a folder of articles and its sidecar.
 *
 * A library is a folder searched recursively for .txt and .md files (hidden
 * files and folders and the sidecar itself are skipped). Its sidecar is
 * DIR/.gloss.db, or --db PATH, or, when DIR is not writable, a file under
 * $XDG_STATE_HOME/gloss/ named after DIR. A DIR/.gloss.db that exists but
 * cannot be written (a shared folder) is opened read-only, and the user is
 * told so once (a mark in the same state folder). Opening a library syncs the
 * sidecar with the folder: a file whose size and mtime are unchanged is not
 * read again, nor is one it refused (binary, too large: table refused);
 * a changed file is re-read; a file that moved keeps its notes
 * (same content hash); a file that is gone is marked missing, never
 * deleted with its notes. */
#ifndef GLOSS_LIBRARY_H
#define GLOSS_LIBRARY_H

#include <stddef.h>
#include <stdint.h>

struct hl_engine;
struct store;

struct library {
	char *dir;          /* the folder, as given (no trailing slash) */
	char *db_path;      /* the sidecar in use */
	struct store *store;
	char *note;         /* a message to show once (fallback sidecar, read-only), or NULL */
	long scanned;       /* files seen by the last sync */
	long read;          /* files read by the last sync (new or changed) */
	long skipped;       /* files refused (binary, unreadable) by the last sync */
	long changed;       /* articles added, changed, moved or gone in the last sync */
	struct hl_engine *engine;   /* lib_engine()'s, loaded on first use; NULL before */
	struct hl_engine **retired; /* engines lib_engine_drop() replaced, freed by lib_close() */
	size_t nretired, capretired;
};

enum {
	LIB_SYNC_FULL = 0,     /* stat every file (the interface, `gloss sync`) */
	LIB_SYNC_QUICK = 1,    /* trust the sidecar unless a folder changed */
	LIB_SYNC_NONE = 2,     /* do not look at the folder */
	/* Or'ed in: make no sidecar in a folder that holds no article (not
	 * even in one below it); lib_open fails with "no articles in DIR". */
	LIB_IF_ARTICLES = 1 << 4,
};

/* A sync commits after this many writes (or 50 ms of work), then pauses
 * for writers waiting for the sidecar (store_yield). */
#define LIB_SYNC_BATCH 64

/* Opens the library in dir with its sidecar (db_path may be NULL for the
 * default) and syncs it as mode says. Returns NULL with the error set. */
struct library *lib_open(const char *dir, const char *db_path, int sync_mode);
/* Whether dir holds no article (not even in a folder below it) and no
 * sidecar, db_path being NULL: the folder LIB_IF_ARTICLES refuses. */
int lib_is_empty(const char *dir, const char *db_path);
/* Closes the sidecar and frees the library with its engine; sets *l NULL. */
void lib_close(struct library **l);
int lib_sync(struct library *l, int mode);

/* The default library folder: $GLOSS_LIBRARY, else
 * $XDG_DATA_HOME/gloss/library (~/.local/share/gloss/library), created when
 * missing. Caller frees. */
char *lib_default_dir(void);

/* Splits a FILE argument into its library folder and the path relative to
 * it: the folder that holds the file, or, when an ancestor folder already has
 * a sidecar, that ancestor. Both strings are new; caller frees. */
int lib_locate(const char *file, char **dir, char **relpath);
/* The sidecar of FILE's library, for commands that read it without
 * opening the library: db_path when given, else FOLDER/.gloss.db of the
 * folder lib_locate() finds; NULL for FILE "-", NULL or outside any
 * folder. *relpath (when relpath is not NULL) is FILE inside that folder,
 * or NULL. Caller frees both. */
char *lib_sidecar_for(const char *file, const char *db_path, char **relpath);

/* The absolute-or-relative path of relpath inside the library; caller frees. */
char *lib_path(const struct library *l, const char *relpath);
/* 1 when a file named name is an article as the walk takes it (.txt or
 * .md). */
int lib_article_file(const char *name);

/* Makes sure the article at relpath is current in the sidecar (reads it
 * when its size or mtime changed) and returns its id, or -1. */
int64_t lib_refresh(struct library *l, const char *relpath);

/* ---- the highlight engine ----
 *
 * Every user of the engine (the interface, the commands, the mention
 * index) gets it here, so that the user's corrections win everywhere. */

/* The highlight engine with the library's corrections given to it (the
 * sidecar's table, store-corrections.h). Loaded on first use and kept: the
 * library owns it, and the pointer is borrowed, valid until lib_close().
 * After a correction changes (ops_entity_set, ops_entity_forget call
 * lib_engine_drop), lib_engine() loads a new engine: one got before stays
 * valid but lacks the change, so a holder asks again. Returns NULL with the
 * error set when the engine or the corrections cannot be loaded. */
const struct hl_engine *lib_engine(struct library *l);
/* Retires the current engine (kept until lib_close, for whoever still
 * holds it), so that the next lib_engine() loads one with the corrections
 * as they are then. */
void lib_engine_drop(struct library *l);

/* The engine for FILE without opening its library (`gloss show`, `gloss
 * entities`): with the corrections of the sidecar at db_path, or when
 * db_path is NULL of FILE's library (FOLDER/.gloss.db of the folder
 * lib_sidecar_for() names); FILE "-" or NULL has none. That sidecar is opened
 * read-only, never created; one that is missing or cannot be read gives no
 * corrections. Returns a new engine (caller frees with hl_engine_free), or
 * NULL with the error set. */
struct hl_engine *lib_engine_for(const char *file, const char *db_path);

#endif
