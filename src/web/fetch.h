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
	const char *user_agent; /* NULL: "gloss/VERSION" */
	/* Called while the transfer runs (about ten times a second and on
	 * every chunk): got bytes so far of total (0 when unknown). A nonzero
	 * return cancels the transfer; web_fetch then fails with "cancelled". */
	int (*progress)(void *ctx, size_t got, size_t total);
	void *ctx;
	char *owned_ua;         /* user_agent when fetch_opts_set made it; owned */
};

struct fetch_result {
	char *body;          /* the bytes, decompressed, plus a NUL; owned */
	size_t len;
	char *url;           /* the final address after redirects; owned */
	char *content_type;  /* as sent ("text/html; charset=utf-8"), or NULL; owned */
	long status;         /* HTTP status of the final response */
};

/* Fetches url into *r. Returns 0, or -1 with err_set() and a message that
 * says what happened, without the address asked for (the caller names
 * it): "HTTP 404" (with " (at FINAL)" after a redirect), "could not
 * resolve host x", "timed out after 30 s", "larger than 20 MB",
 * "redirected to a file: address (refused)", "more than 10 redirects",
 * "only http and https addresses can be fetched", "cancelled". A status
 * other than 2xx is a failure. On failure *r holds nothing to free. */
int web_fetch(const char *url, const struct fetch_opts *o, struct fetch_result *r);
void fetch_result_free(struct fetch_result *r);

/* One setting of fetching by its config name (`set NAME VALUE`, or the
 * command line): fetch-timeout (seconds, 1 to 3600), fetch-max-size (MB,
 * 1 to 4096), user-agent (1 to 200 printable ASCII characters). Returns 1
 * when set, 0 when name is none of these, -1 with err_set() for a bad
 * value. A user agent is copied (owned_ua). */
int fetch_opts_set(struct fetch_opts *o, const char *name, const char *value);
/* The three settings as the config file's `set` lines give them, in
 * order (settings_each), into o. Returns 0, or -1 with err_set() naming
 * the file's first bad value. */
int fetch_opts_config(struct fetch_opts *o);
/* Frees what fetch_opts_set copied. */
void fetch_opts_clear(struct fetch_opts *o);

/* Nonzero when s is an absolute http or https address. */
int web_is_url(const char *s);

#endif
