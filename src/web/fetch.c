/* fetch.c -- one web page over http or https, with libcurl (fetch.h).
 *
 * libcurl follows the redirects itself, limited to http and https
 * (CURLOPT_REDIR_PROTOCOLS_STR) and to FETCH_MAX_REDIRECTS; a redirect to
 * another scheme fails there and is reported by the scheme it named. The
 * size limit is given to libcurl (CURLOPT_MAXFILESIZE_LARGE, which only
 * knows a Content-Length) and enforced again on the decompressed bytes in
 * the write callback, which is what stops a body of unknown length or a
 * compression bomb. */
#include "system.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fetch-int.h"
#include "links.h"
#include "settings.h"
#include "util.h"

static size_t on_data(char *data, size_t size, size_t n, void *ctx)
{
	struct fetch_xfer *x = ctx;
	size_t len = size * n;
	if (len > x->o.max_bytes - x->body.len) {
		x->too_big = 1;
		return 0;   /* CURLE_WRITE_ERROR */
	}
	sb_add(&x->body, data, len);
	if (x->o.progress && x->o.progress(x->o.ctx, x->body.len, 0)) {
		x->cancelled = 1;
		return 0;
	}
	return len;
}

static int on_progress(void *ctx, curl_off_t dltotal, curl_off_t dlnow,
		       curl_off_t ultotal, curl_off_t ulnow)
{
	(void)dlnow;
	(void)ultotal;
	(void)ulnow;
	struct fetch_xfer *x = ctx;
	/* dltotal counts the bytes as sent (compressed, maybe): no total when
	 * more than that has already come out. */
	size_t total = dltotal > 0 && (size_t)dltotal >= x->body.len ? (size_t)dltotal : 0;
	if (x->o.progress && x->o.progress(x->o.ctx, x->body.len, total)) {
		x->cancelled = 1;
		return 1;   /* CURLE_ABORTED_BY_CALLBACK */
	}
	return 0;
}

int web_is_url(const char *s)
{
	return (ascii_ncasecmp(s, "http://", 7) == 0 && s[7]) ||
	       (ascii_ncasecmp(s, "https://", 8) == 0 && s[8]);
}

/* The scheme of an address, lowercased, or NULL when it names none. */
static char *scheme_of(const char *url)
{
	if (!link_has_scheme(url))
		return NULL;
	char *s = xstrndup(url, strcspn(url, ":"));
	for (char *p = s; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return s;
}

/* The host part of an address, for a message; caller frees. */
static char *host_of(const char *url)
{
	const char *h = strstr(url, "://");
	h = h ? h + 3 : url;
	size_t n = strcspn(h, "/?#");
	const char *at = memchr(h, '@', n);
	if (at) {
		n -= (size_t)(at + 1 - h);
		h = at + 1;
	}
	return xstrndup(h, n);
}

static int once;

static int global_init(void)
{
	if (once)
		return 0;
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return err_set(_("libcurl could not start"));
	once = 1;
	return 0;
}

/* The message of a failed transfer. */
static int failed(CURL *h, CURLcode rc, const struct fetch_xfer *x, const char *url)
{
	const struct fetch_opts *o = &x->o;
	const char *errbuf = x->errbuf;
	char *eff = NULL;
	curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
	if (x->cancelled)
		return err_set(_("cancelled"));
	if (x->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		return err_set(_("larger than %zu MB"), o->max_bytes >> 20);
	switch (rc) {
	case CURLE_UNSUPPORTED_PROTOCOL: {
		/* The request was http(s) (checked before): only a redirect can
		 * have named another scheme. */
		char *s = eff ? scheme_of(eff) : NULL;
		int r;
		if (s && strcmp(s, "http") != 0 && strcmp(s, "https") != 0)
			r = err_set(_("redirected to a %s: address (refused)"), s);
		else
			r = err_set(_("redirected to an address that is not http or https (refused)"));
		free(s);
		return r;
	}
	case CURLE_TOO_MANY_REDIRECTS:
		return err_set(_("more than %d redirects"), FETCH_MAX_REDIRECTS);
	case CURLE_COULDNT_RESOLVE_HOST: {
		char *host = host_of(eff ? eff : url);
		err_set(_("could not resolve host %s"), host);
		free(host);
		return -1;
	}
	case CURLE_COULDNT_RESOLVE_PROXY:
		return err_set(_("could not resolve the proxy (%s)"), errbuf[0] ? errbuf : curl_easy_strerror(rc));
	case CURLE_COULDNT_CONNECT: {
		char *host = host_of(eff ? eff : url);
		err_set(_("could not connect to %s"), host);
		free(host);
		return -1;
	}
	case CURLE_OPERATION_TIMEDOUT: {
		/* A reused connection has no connect time, but the request
		 * went out (pretransfer). */
		curl_off_t connected = 0, sent = 0;
		curl_easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &connected);
		curl_easy_getinfo(h, CURLINFO_PRETRANSFER_TIME_T, &sent);
		if (connected == 0 && sent == 0)
			return err_set(_("timed out after %ld s (connecting)"), o->connect_timeout);
		return err_set(_("timed out after %ld s"), o->timeout);
	}
	default:
		return err_set("%s", errbuf[0] ? errbuf : curl_easy_strerror(rc));
	}
}

CURL *fetch_xfer_start(struct fetch_xfer *x, const char *url, const struct fetch_opts *opts, const char *accept)
{
	if (!web_is_url(url)) {
		err_set(_("only http and https addresses can be fetched"));
		return NULL;
	}
	if (global_init() < 0)
		return NULL;
	struct fetch_opts o = *opts;
	if (o.timeout <= 0)
		o.timeout = FETCH_DEFAULT_TIMEOUT;
	if (o.connect_timeout <= 0)
		o.connect_timeout = FETCH_DEFAULT_CONNECT_TIMEOUT;
	if (o.connect_timeout > o.timeout)
		o.connect_timeout = o.timeout;
	if (o.max_bytes == 0)
		o.max_bytes = FETCH_DEFAULT_MAX_BYTES;
	CURL *h = curl_easy_init();
	if (!h) {
		err_set(_("libcurl could not start"));
		return NULL;
	}
	x->o = o;
	x->body = (struct sb)SB_INIT;
	x->errbuf[0] = '\0';
	struct sb acc = SB_INIT;
	sb_addf(&acc, "Accept: %s", accept);
	x->hdr = curl_slist_append(NULL, acc.s);
	sb_release(&acc);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, o.connect_timeout);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, o.timeout);
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o.max_bytes);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(h, CURLOPT_USERAGENT, o.user_agent ? o.user_agent : "gloss/" VERSION);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, x->hdr);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(h, CURLOPT_XFERINFODATA, x);
	curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
	return h;
}

void fetch_xfer_login(CURL *h, const char *user, const char *password)
{
	if (!user)
		return;
	curl_easy_setopt(h, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
	curl_easy_setopt(h, CURLOPT_USERNAME, user);
	curl_easy_setopt(h, CURLOPT_PASSWORD, password ? password : "");
}

int fetch_xfer_result(CURL *h, CURLcode rc, struct fetch_xfer *x, const char *url, struct fetch_result *r)
{
	memset(r, 0, sizeof *r);
	if (rc != CURLE_OK)
		return failed(h, rc, x, url);
	char *eff = NULL, *type = NULL;
	long status = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
	curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type);
	if (status < 200 || status > 299) {
		if (eff && strcmp(eff, url) != 0)
			return err_set(_("HTTP %ld (at %s)"), status, eff);
		return err_set(_("HTTP %ld"), status);
	}
	r->status = status;
	r->url = xstrdup(eff ? eff : url);
	r->content_type = type ? xstrdup(type) : NULL;
	r->len = x->body.len;
	sb_addc(&x->body, '\0');   /* a body of 0 bytes still gets its own buffer */
	r->body = sb_detach(&x->body);
	return 0;
}

void fetch_xfer_end(CURL *h, struct fetch_xfer *x)
{
	sb_release(&x->body);
	curl_slist_free_all(x->hdr);
	x->hdr = NULL;
	if (h)
		curl_easy_cleanup(h);
}

int web_fetch(const char *url, const struct fetch_opts *opts, struct fetch_result *r)
{
	memset(r, 0, sizeof *r);
	struct fetch_xfer x = { 0 };
	CURL *h = fetch_xfer_start(&x, url, opts, FETCH_ACCEPT_PAGE);
	if (!h)
		return -1;
	CURLcode rc = curl_easy_perform(h);
	int ret = fetch_xfer_result(h, rc, &x, url, r);
	fetch_xfer_end(h, &x);
	return ret;
}

void fetch_result_free(struct fetch_result *r)
{
	free(r->body);
	free(r->url);
	free(r->content_type);
	memset(r, 0, sizeof *r);
}

int fetch_opts_set(struct fetch_opts *o, const char *name, const char *value)
{
	if (strcmp(name, "user-agent") == 0) {
		size_t n = strlen(value);
		if (n == 0 || n > 200)
			return err_set(_("user-agent: give 1 to 200 characters"));
		for (size_t i = 0; i < n; i++)
			if (value[i] < 0x20 || value[i] > 0x7e)
				return err_set(_("user-agent: only printable ASCII characters"));
		free(o->owned_ua);
		o->owned_ua = xstrdup(value);
		o->user_agent = o->owned_ua;
		return 1;
	}
	int timeout = strcmp(name, "fetch-timeout") == 0;
	if (!timeout && strcmp(name, "fetch-max-size") != 0)
		return 0;
	char *end;
	errno = 0;
	long v = strtol(value, &end, 10);
	long max = timeout ? 3600 : 4096;
	if (end == value || *end || errno || v < 1 || v > max)
		return err_set(_("%s: '%s' is not a number from 1 to %ld"), name, value, max);
	if (timeout)
		o->timeout = v;
	else
		o->max_bytes = (size_t)v << 20;
	return 1;
}

/* One `set` line of the config file: a bad value of a fetch setting
 * stops, naming the file. */
static int config_one(const char *name, const char *value, void *ctx)
{
	if (fetch_opts_set(ctx, name, value) >= 0)
		return 0;
	char *path = settings_path(), *why = xstrdup(err_msg());
	err_set("%s: %s", path ? path : "config", why);
	free(path);
	free(why);
	return -1;
}

int fetch_opts_config(struct fetch_opts *o)
{
	return settings_each(config_one, o) ? -1 : 0;
}

void fetch_opts_clear(struct fetch_opts *o)
{
	xfree(&o->owned_ua);
	o->user_agent = NULL;
}
