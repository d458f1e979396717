/* feeds-subs.c -- the subscriptions of a library (feeds.h): adding one
 * (checked by fetching it, or found through the page that announces it),
 * removing, listing, OPML import and export, and pruning old articles. */
#include "system.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "add.h"
#include "core.h"
#include "feed.h"
#include "feeds.h"
#include "fetch-int.h"
#include "library.h"
#include "store.h"
#include "store-feeds.h"

static const char accept_any[] =
	"application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.5";

/* Fetches url once, as a feed of the run would be (with its login). */
static int fetch_with_login(const char *url, const struct fetch_opts *o, const char *user,
			    const char *password, struct fetch_result *r)
{
	static const struct fetch_opts defaults;
	struct fetch_xfer x = { 0 };
	CURL *h = fetch_xfer_start(&x, url, o ? o : &defaults, accept_any);
	if (!h)
		return -1;
	fetch_xfer_login(h, user, password);
	CURLcode rc = curl_easy_perform(h);
	int ret = fetch_xfer_result(h, rc, &x, url, r);
	fetch_xfer_end(h, &x);
	return ret;
}

/* Puts "url: " before the error; returns -1. */
static int err_about(const char *url)
{
	char *why = xstrdup(err_msg());
	err_set("%s: %s", url, why);
	free(why);
	return -1;
}

/* A name no subscription has, from base (made a slug). Caller frees. */
static char *free_name(struct library *l, const char *base)
{
	char *slug = add_slug(base);
	struct sb n = SB_INIT;
	for (int k = 1;; k++) {
		sb_reset(&n);
		sb_adds(&n, slug);
		if (k > 1)
			sb_addf(&n, "-%d", k);
		struct store_feed f;
		int rc = store_feed_get(l->store, n.s, &f);
		store_feed_clear(&f);
		if (rc <= 0 || k > 1000)
			break;
	}
	free(slug);
	return sb_detach(&n);
}

/* The host of an address, for a name. Caller frees. */
static char *host_name(const char *url)
{
	const char *h = strstr(url, "://");
	h = h ? h + 3 : url;
	if (strncmp(h, "www.", 4) == 0)
		h += 4;
	return xstrndup(h, strcspn(h, "/?#:"));
}

static char *join_tags(const char *const *tags, size_t n)
{
	struct sb b = SB_INIT;
	for (size_t i = 0; i < n; i++) {
		if (!tags[i][0] || strchr(tags[i], ','))
			continue;
		sb_addf(&b, "%s%s", b.len ? "," : "", tags[i]);
	}
	return sb_detach(&b);
}

int feeds_name_check(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 100 || name[0] == '.' || strchr(name, '/') || strchr(name, '\\'))
		return err_set(_("%s: a feed's name is a folder's: no '/', no leading '.'"), name);
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return err_set(_("a feed's name cannot hold control characters"));
	return 0;
}

int64_t feeds_add_with(struct library *l, const char *url, const struct feeds_add_opts *o)
{
	if (!web_is_url(url))
		return err_set(_("%s: only http and https addresses can be fetched"), url);
	if (o->name && feeds_name_check(o->name) < 0)
		return -1;
	char *feed_url = xstrdup(url), *title = o->title ? xstrdup(o->title) : NULL;
	if (!o->no_check) {
		struct fetch_result r;
		if (fetch_with_login(url, o->fetch, o->user, o->password, &r) < 0) {
			free(feed_url);
			free(title);
			return err_about(url);
		}
		struct feed_doc d;
		int rc = feed_parse(r.body, r.len, r.url, 1, &d);
		if (rc < 0) {
			char *why = xstrdup(err_msg()), *found = NULL;
			if (feed_discover(r.body, r.len, r.url, &found) == 1) {
				fetch_result_free(&r);
				free(feed_url);
				feed_url = found;
				if (fetch_with_login(feed_url, o->fetch, o->user, o->password, &r) < 0) {
					err_about(feed_url);
				} else {
					rc = feed_parse(r.body, r.len, r.url, 1, &d);
					if (rc < 0)
						err_about(feed_url);
					fetch_result_free(&r);
				}
			} else {
				err_set("%s: %s", url, why);
				fetch_result_free(&r);
			}
			free(why);
		} else {
			fetch_result_free(&r);
		}
		if (rc < 0) {
			free(feed_url);
			free(title);
			return -1;
		}
		if (!title && d.title)
			title = xstrdup(d.title);
		feed_doc_free(&d);
	}
	char *name;
	if (o->name) {
		name = xstrdup(o->name);
	} else {
		char *host = host_name(feed_url);
		name = free_name(l, title && title[0] ? title : host);
		free(host);
	}
	struct store_feed f = { 0 };
	f.name = name;
	f.url = feed_url;
	f.tags = join_tags(o->tags, o->ntags);
	f.user = o->user ? xstrdup(o->user) : NULL;
	f.password = o->password ? xstrdup(o->password) : NULL;
	f.summary_only = o->summary_only;
	int64_t id = store_feed_add(l->store, &f);
	store_feed_clear(&f);
	free(title);
	return id;
}

int feeds_remove(struct library *l, const char *name_or_url)
{
	int rc = store_feed_remove(l->store, name_or_url);
	if (rc == 0)
		return err_set(_("%s: no such feed"), name_or_url);
	return rc < 0 ? -1 : 0;
}

struct list {
	struct feed_sub *v;
	size_t n;
};

static int list_one(const struct store_feed *f, void *ctx)
{
	struct list *L = ctx;
	L->v = xrealloc(L->v, (L->n + 1) * sizeof *L->v);
	struct feed_sub *s = &L->v[L->n++];
	memset(s, 0, sizeof *s);
	s->id = f->id;
	s->name = xstrdup(f->name);
	s->url = xstrdup(f->url);
	for (const char *p = f->tags; *p;) {
		size_t len = strcspn(p, ",");
		s->tags = xrealloc(s->tags, (s->ntags + 1) * sizeof *s->tags);
		s->tags[s->ntags++] = xstrndup(p, len);
		p += len + (p[len] == ',');
	}
	s->summary_only = f->summary_only;
	s->user = f->user ? xstrdup(f->user) : NULL;
	s->last_update = f->last_update ? xstrdup(f->last_update) : NULL;
	s->last_status = f->last_status ? xstrdup(f->last_status) : NULL;
	s->articles = f->articles;
	s->unread = f->unread;
	return 0;
}

int feeds_list(struct library *l, struct feed_sub **out, size_t *n)
{
	struct list L = { NULL, 0 };
	if (store_feeds(l->store, list_one, &L) < 0) {
		feeds_list_free(L.v, L.n);
		return -1;
	}
	*out = L.v;
	*n = L.n;
	return 0;
}

void feeds_list_free(struct feed_sub *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].url);
		for (size_t k = 0; k < v[i].ntags; k++)
			free(v[i].tags[k]);
		free(v[i].tags);
		free(v[i].user);
		free(v[i].last_update);
		free(v[i].last_status);
	}
	free(v);
}

long feeds_import(struct library *l, const char *xml, size_t len, size_t *skipped)
{
	struct opml_entry *v;
	size_t n;
	*skipped = 0;
	if (opml_read(xml, len, &v, &n) < 0)
		return -1;
	long added = 0;
	int rc = store_begin(l->store);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		struct store_feed f;
		int have = store_feed_get(l->store, v[i].url, &f);
		store_feed_clear(&f);
		if (have < 0) {
			rc = -1;
			break;
		}
		if (have || !web_is_url(v[i].url)) {
			(*skipped)++;
			continue;
		}
		struct feeds_add_opts o = { 0 };
		o.title = v[i].title;
		o.tags = (const char *const *)v[i].tags;
		o.ntags = v[i].ntags;
		o.no_check = 1;
		if (feeds_add_with(l, v[i].url, &o) < 0)
			rc = -1;
		else
			added++;
	}
	opml_entries_free(v, n);
	if (rc < 0) {
		store_rollback(l->store);
		return -1;
	}
	if (store_commit(l->store) < 0)
		return -1;
	return added;
}

char *feeds_export(struct library *l, size_t *len)
{
	struct feed_sub *v;
	size_t n;
	if (feeds_list(l, &v, &n) < 0)
		return NULL;
	struct opml_entry *e = xcalloc(n ? n : 1, sizeof *e);
	for (size_t i = 0; i < n; i++) {
		e[i].title = v[i].name;
		e[i].url = v[i].url;
		e[i].tags = v[i].tags;
		e[i].ntags = v[i].ntags;
	}
	char *xml = opml_write(e, n, "gloss feeds", len);
	free(e);
	feeds_list_free(v, n);
	return xml;
}

struct prune {
	struct library *l;
	long n;
	int failed;
};

static int prune_one(const char *path, void *ctx)
{
	struct prune *p = ctx;
	char *full = lib_path(p->l, path);
	if (unlink(full) == 0 || errno == ENOENT)
		p->n++;
	else
		p->failed = err_set("%s: %s", full, strerror(errno));
	free(full);
	return p->failed;
}

long feeds_prune(struct library *l, const char *name, int days)
{
	struct store_feed f;
	int rc = store_feed_get(l->store, name, &f);
	if (rc == 0)
		err_set(_("%s: no such feed"), name);
	if (rc <= 0)
		return -1;
	if (days < 0)
		days = 0;
	char before[21];
	iso_utc(before, time(NULL) - (time_t)days * 86400);
	struct prune p = { l, 0, 0 };
	rc = store_feed_prunable(l->store, f.name, before, prune_one, &p);
	store_feed_clear(&f);
	/* The files that went are marked missing (their notes, none, and
	 * rows stay as the library keeps them). */
	if (lib_sync(l, LIB_SYNC_FULL) < 0 || rc < 0 || p.failed)
		return -1;
	return p.n;
}
