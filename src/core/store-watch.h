/* store-watch.h -- whether another program wrote to the sidecar. */
#ifndef GLOSS_STORE_WATCH_H
#define GLOSS_STORE_WATCH_H

struct store;

/* SQLite's data version of the connection (PRAGMA data_version): it
 * changes when another connection (another gloss, a command) commits to
 * the sidecar, never for this connection's own writes. 0 with *version,
 * or -1 with the error set. */
int store_data_version(struct store *s, long *version);

#endif
