/* store-fts.h -- the sidecar's full-text tokenizer (store-fts.c). */
#ifndef GLOSS_STORE_FTS_H
#define GLOSS_STORE_FTS_H

#include <sqlite3.h>

/* Registers the FTS5 tokenizer "gloss" on db; every connection to a
 * sidecar needs it before it reads or writes articles_fts. Returns 0, or
 * -1 with err_set(). */
int store_fts_register(sqlite3 *db);

#endif
