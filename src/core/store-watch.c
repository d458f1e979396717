/* store-watch.c -- the sidecar's data version (store-watch.h): how an
 * open interface notices notes and tags written by the commands. */
#include "system.h"

#include "store-internal.h"
#include "store-watch.h"

int store_data_version(struct store *s, long *version)
{
	sqlite3_stmt *st = store_prep(s, "PRAGMA data_version");
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		return store_fail(s, "data_version");
	}
	*version = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}
