/* feeds.h -- subscriptions and their update: feeds fetched a few at a time
 * (libcurl multi, a small limit per host), with conditional requests, each
 * new item saved as a Markdown article in DIR/feeds/NAME/.
 *
 * An update is a run the caller drives: the command line steps it until it
 * ends, the interface steps it from its loop between keys, so reading goes
 * on while transfers run. A failing feed never stops the others and never
 * loses what was saved; files are written under a temporary name and
 * renamed. */
#ifndef GLOSS_WEB_FEEDS_H
#define GLOSS_WEB_FEEDS_H

#include <stddef.h>
#include <stdint.h>

#include "fetch.h"

struct library;

struct feed_sub {
	int64_t id;
	char *name;          /* unique in the library; the folder feeds/NAME/ */
	char *url;
	char **tags;         /* given to every article of the feed */
	size_t ntags;
	int summary_only;    /* keep the summary; never fetch the item's page */
	char *user;          /* HTTP basic authentication, or NULL (the password is never shown) */
	char *last_update;   /* ISO 8601 UTC of the last try, or NULL */
	char *last_status;   /* "12 new", "not changed", or the error; or NULL */
	long articles;       /* saved articles present in the library */
	long unread;
};

/* ---- subscriptions (a library's sidecar keeps them) ---- */

/* Adds a subscription: url is a feed, or a page that announces one (then
 * the feed's address is kept). It is fetched once to check it (fetch:
 * time-out, size, user agent; NULL: the defaults), unless no_check. The
 * name is name, else the feed's title (title when not fetched) made a
 * folder name, else the address's host. Returns the id, or -1. */
struct feeds_add_opts {
	const char *name;
	const char *title;
	const char *const *tags;
	size_t ntags;
	const char *user, *password;   /* HTTP basic authentication, or NULL */
	int summary_only;
	int no_check;
	const struct fetch_opts *fetch;
};
int64_t feeds_add_with(struct library *l, const char *url, const struct feeds_add_opts *o);
/* Adds the subscriptions of an OPML file that the library has not (by
 * address), without fetching them, their folders as tags. Returns how
 * many were added (*skipped: how many it had), or -1. */
long feeds_import(struct library *l, const char *xml, size_t len, size_t *skipped);
/* The subscriptions as OPML 2.0, tags as folders. Caller frees. NULL
 * with err_set() on failure. */
char *feeds_export(struct library *l, size_t *len);
/* Whether name can be a feed's, whose folder it is: 0, or -1 with
 * err_set() when it is empty, longer than 100 bytes, starts with '.',
 * holds '/', '\\' or a control character. */
int feeds_name_check(const char *name);
/* Removes the subscription named name or with address url; its saved
 * articles stay. */
int feeds_remove(struct library *l, const char *name_or_url);
/* The subscriptions, by name, with their counts. Free with feeds_list_free. */
int feeds_list(struct library *l, struct feed_sub **out, size_t *n);
void feeds_list_free(struct feed_sub *v, size_t n);

/* ---- updating ---- */

struct feeds_opts {
	struct fetch_opts fetch;   /* each transfer's time-out, size limit, user agent */
	int max_items;       /* saved per feed and update; 0: 200 */
	int parallel;        /* transfers at once; 0: 8 */
	int per_host;        /* transfers at once to one host; 0: 2 */
};

/* What one feed's update came to. */
struct feeds_result {
	const char *name;    /* borrowed until feeds_update_free */
	int new_items;
	int not_changed;     /* 304, or the same content */
	int capped;          /* items left out by max_items */
	const char *error;   /* NULL, or what went wrong */
	const char *status;  /* else what came ("12 new", "not changed"), as last_status */
};

struct feeds_progress {
	size_t feeds, done;  /* feeds in the run, finished */
	size_t new_items;
	size_t failed;
};

struct feeds_run;

/* Starts updating the named feeds (n == 0: all). Returns NULL with
 * err_set() when there is nothing to update or a name is unknown. */
struct feeds_run *feeds_update_start(struct library *l, const char *const *names, size_t n,
				     const struct feeds_opts *o);
/* Does what can be done in at most timeout_ms (waiting for the network
 * included). Returns 1 while the run goes on, 0 when it is over. */
int feeds_update_step(struct feeds_run *r, int timeout_ms);
void feeds_update_progress(const struct feeds_run *r, struct feeds_progress *p);
/* Stops the transfers; what was saved stays, nothing half-written is left. */
void feeds_update_cancel(struct feeds_run *r);
/* The results, one per feed, in the order of the run (valid until
 * feeds_update_free). */
const struct feeds_result *feeds_update_results(const struct feeds_run *r, size_t *n);
void feeds_update_free(struct feeds_run **r);

/* Removes the saved articles of feed name older than days, never one with
 * notes or tags. Returns how many, or -1. */
long feeds_prune(struct library *l, const char *name, int days);

#endif
