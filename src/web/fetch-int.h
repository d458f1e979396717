/* fetch-int.h -- one libcurl transfer as web_fetch sets it up, shared by
 * fetch.c (one page, curl_easy_perform) and feeds.c (many feeds and
 * pages at once, libcurl's multi interface): the same protocols, redirects, time-outs,
 * size limit and messages for both. */
#ifndef GLOSS_WEB_FETCH_INT_H
#define GLOSS_WEB_FETCH_INT_H

#include <curl/curl.h>

#include "fetch.h"
#include "util.h"

struct fetch_xfer {
	struct sb body;
	struct fetch_opts o;        /* with the defaults filled in */
	struct curl_slist *hdr;     /* request headers; more may be appended before the transfer */
	int too_big;
	int cancelled;
	char errbuf[CURL_ERROR_SIZE];
};

/* The Accept header of a page (web_fetch's, and a feed item's page). */
#define FETCH_ACCEPT_PAGE "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"

/* A new easy handle for url set up as web_fetch's (x, zeroed by the
 * caller, holds its state until fetch_xfer_end). accept is the Accept
 * header. NULL with err_set() when url is not http(s) or libcurl fails. */
CURL *fetch_xfer_start(struct fetch_xfer *x, const char *url, const struct fetch_opts *o, const char *accept);
/* HTTP basic authentication for the transfer h (user NULL: none). */
void fetch_xfer_login(CURL *h, const char *user, const char *password);
/* What a finished transfer came to: 0 and *r (as web_fetch fills it), or
 * -1 with web_fetch's messages. x's body is taken. */
int fetch_xfer_result(CURL *h, CURLcode rc, struct fetch_xfer *x, const char *url, struct fetch_result *r);
/* Frees the handle and x's state. */
void fetch_xfer_end(CURL *h, struct fetch_xfer *x);

#endif
