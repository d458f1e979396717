/* fuzz-query.c -- libFuzzer target: the search box into SQLite FTS5.
 *
 * sq_parse reads what a person typed; sq_fts turns it into an FTS5 query
 * in which every term is quoted. Whatever the input, either sq_parse
 * refuses it with a message or the query is one FTS5 accepts:
 * store_search never fails on a parsed query. The store is an empty
 * sidecar in a fresh temporary folder: FTS5 parses the query before it
 * looks for rows. */
#include "system.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core.h"
#include "search-query.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *st;
static char dir[] = "/tmp/gloss-fuzz-XXXXXX";

/* The sidecar and its folder go when libFuzzer exits. */
static void cleanup(void)
{
	store_close(&st);
	const char *const tails[] = { "/.gloss.db", "/.gloss.db-wal", "/.gloss.db-shm", "/.gloss.db-journal" };
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		struct sb f = SB_INIT;
		sb_addf(&f, "%s%s", dir, tails[i]);
		unlink(f.s);
		sb_release(&f);
	}
	rmdir(dir);
}

static int hit(const struct store_hit *h, void *ctx)
{
	(void)h;
	(void)ctx;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!st) {
		if (!mkdtemp(dir))
			abort();
		atexit(cleanup);
		struct sb path = SB_INIT;
		sb_addf(&path, "%s/.gloss.db", dir);
		st = store_open(path.s, STORE_CREATE);
		sb_release(&path);
		if (!st)
			abort();
	}
	char *q = xmalloc(size + 1);
	memcpy(q, data, size);
	q[size] = '\0';
	struct sq parsed;
	if (sq_parse(q, &parsed) == 0) {
		if (store_search(st, &parsed, 5, hit, NULL) < 0) {
			fprintf(stderr, "query %s: %s\n", q, err_msg());
			abort();
		}
		sq_free(&parsed);
	} else if (!err_msg()[0]) {
		abort();
	}
	free(q);
	return 0;
}
