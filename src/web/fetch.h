/* fetch.h -- one web page over http or https, with libcurl.
 *
 * Everything fetched is untrusted. Only http and https are followed, also
 * through redirects (at most FETCH_MAX_REDIRECTS); the body is limited in
 * size while it arrives (a body of unknown length or a compression bomb
 * stops at the limit, not after it); connect and total time-outs apply;
 * the usual proxy variables are honoured (libcurl reads them). */
#ifndef GLOSS_WEB_FETCH_H
#define GLOSS_WEB_FETCH_H

#include <stddef.h>

#define FETCH_MAX_REDIRECTS 10
#define FETCH_DEFAULT_MAX_BYTES ((size_t)20 << 20)
#define FETCH_DEFAULT_TIMEOUT 30          /* seconds, the whole transfer */
#define FETCH_DEFAULT_CONNECT_TIMEOUT 10  /* seconds */

struct fetch_opts {
	long timeout;           /* seconds; 0: FETCH_DEFAULT_TIMEOUT */
	long connect_timeout;   /* seconds; 0: FETCH_DEFAULT_CONNECT_TIMEOUT */
	size_t max_bytes;       /* 0: FETCH_DEFAULT_MAX_BYTES */
	const char *user_agent; /* NULL: "gloss/VERSION (+home page)" */
	/* Called while the transfer runs (about ten times a second and on
	 * every chunk): got bytes so far of total (0 when unknown). A nonzero
	 * return cancels the transfer; web_fetch then fails with "cancelled". */
	int (*progress)(void *ctx, size_t got, size_t total);
	void *ctx;
};

struct fetch_result {
	char *body;          /* the bytes, decompressed, plus a NUL; owned */
	size_t len;
	char *url;           /* the final address after redirects; owned */
	char *content_type;  /* as sent ("text/html; charset=utf-8"), or NULL; owned */
	long status;         /* HTTP status of the final response */
};

/* Fetches url into *r. Returns 0, or -1 with err_set() and a message that
 * says what happened: "https://x/: HTTP 404", "could not resolve host
 * x", "timed out after 30 s", "larger than 20 MB", "redirected to a
 * file: address (refused)", "only http and https addresses can be
 * fetched", "cancelled". On failure *r holds nothing to free. */
int web_fetch(const char *url, const struct fetch_opts *o, struct fetch_result *r);
void fetch_result_free(struct fetch_result *r);

/* Nonzero when s is an absolute http or https address. */
int web_is_url(const char *s);

#endif
