/* ops-article.c -- an article's reading state (ops.h): read or unread,
 * and where the reader left it. The interface writes them as a person
 * reads; they are not in the undo log. A read-only sidecar is not an
 * error here: the state is simply not kept. */
#include "system.h"

#include "core.h"
#include "library.h"
#include "ops.h"
#include "store.h"

int ops_article_set_read(struct library *l, int64_t id, int read)
{
	if (store_readonly(l->store))
		return 0;
	return store_article_set_read(l->store, id, read ? 1 : 0);
}

int ops_articles_set_read(struct library *l, const int64_t *ids, size_t n, int read)
{
	if (store_readonly(l->store) || n == 0)
		return 0;
	if (store_begin(l->store) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (store_article_set_read(l->store, ids[i], read ? 1 : 0) < 0) {
			store_rollback(l->store);
			return -1;
		}
	return store_commit(l->store);
}

int ops_article_set_position(struct library *l, int64_t id, int64_t position)
{
	if (store_readonly(l->store))
		return 0;
	return store_article_set_position(l->store, id, position);
}
