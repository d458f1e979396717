/* store-feeds.h -- feed subscriptions and the items already saved from
 * them (tables feeds and feed_items of the sidecar). The web layer's
 * feeds.c is their only user; the commands and the interface go through
 * feeds.h. */
#ifndef GLOSS_STORE_FEEDS_H
#define GLOSS_STORE_FEEDS_H

#include <stddef.h>
#include <stdint.h>

struct store;

struct store_feed {
	int64_t id;
	char *name, *url;
	char *tags;           /* comma-separated; "" when none */
	char *etag, *last_modified;   /* of the last 200 answer, or NULL */
	char *user, *password;        /* basic authentication, or NULL */
	int summary_only;
	char *last_update, *last_status;  /* or NULL */
	long articles, unread; /* present articles under feeds/NAME/ (store_feeds only; 0 from store_feed_get) */
};
void store_feed_clear(struct store_feed *f);

/* Adds a subscription (name, url, tags, user, password, summary_only of
 * f). Returns its id, or -1 ("a feed named X already exists", "already
 * subscribed as X"). */
int64_t store_feed_add(struct store *s, const struct store_feed *f);
/* Removes the subscription named or addressed so: 1 done, 0 none, -1. */
int store_feed_remove(struct store *s, const char *name_or_url);
/* The subscription named or addressed so into *out: 1, 0 none, -1. */
int store_feed_get(struct store *s, const char *name_or_url, struct store_feed *out);
/* Calls fn with every subscription, by name, with its counts; fn
 * returns nonzero to stop. */
typedef int (*store_feed_fn)(const struct store_feed *f, void *ctx);
int store_feeds(struct store *s, store_feed_fn fn, void *ctx);
/* Records an update's outcome (last_update now): status always; etag and
 * last_modified only when set is nonzero (a 200 answer: NULL clears). */
int store_feed_set_result(struct store *s, int64_t id, const char *status,
			  int set, const char *etag, const char *last_modified);

/* A string handed to a callback (borrowed for the call); nonzero stops. */
typedef int (*store_text_fn)(const char *text, void *ctx);

/* Calls fn with the id of each item of feed saved before, in strcmp
 * order. */
int store_feed_item_ids(struct store *s, const char *feed, store_text_fn fn, void *ctx);
/* Remembers that the item was saved as path (relative) with tags
 * (comma-separated). */
int store_feed_item_add(struct store *s, const char *feed, const char *item_id,
			const char *path, const char *tags);

/* Calls fn with the path of each present article under feeds/FEED/
 * dated (date, else when it was added) before before (ISO 8601) that has
 * no live note and no tag but those the feed gave it. */
int store_feed_prunable(struct store *s, const char *feed, const char *before,
			store_text_fn fn, void *ctx);

#endif
