/* feeds.c -- subscriptions and their update (feeds.h).
 *
 * A run keeps a queue of transfers (feeds first, then the pages of items
 * that carry only a summary) and hands at most opts->parallel of them to
 * one libcurl multi handle, at most FEEDS_PER_HOST to a host, each set up
 * as web_fetch's (fetch-int.h). A finished feed is parsed (feed_parse),
 * its new items (not in the sidecar's feed_items) saved as articles in
 * DIR/feeds/NAME/ (each file written under a temporary name, then linked
 * to its name by add_link_new), and its outcome kept as its result and
 * last_status. */
#include "system.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include "add.h"
#include "core.h"
#include "extract.h"
#include "feed.h"
#include "feeds.h"
#include "fetch-int.h"
#include "library.h"
#include "store.h"
#include "store-feeds.h"

#define FEEDS_PER_HOST 2
#define FEEDS_PARALLEL 8
#define FEEDS_MAX_ITEMS 200
/* A summary shorter than this (bytes of HTML), with no content, is taken
 * for a teaser: the item's page is fetched. */
#define FEEDS_SHORT_SUMMARY 1000

static const char feed_accept[] =
	"application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5";

/* ---- one transfer of a run ---- */

enum { JOB_FEED, JOB_PAGE };

struct job {
	int kind;
	size_t feed;          /* index in the run */
	size_t item;          /* JOB_PAGE: the item of the feed's document */
	char *url;
	char *host;           /* scheme://host:port, for the limit per host */
	CURL *h;
	struct fetch_xfer x;
};

struct feedst {
	struct store_feed sub;
	struct feed_doc doc;
	size_t pages_left;    /* page transfers of this feed not finished */
	char *dir;            /* DIR/feeds/NAME, once made */
	int finishing;        /* over once what it saved is linked (flush) */
	int set;              /* it came: sub's ETag and Last-Modified (this answer's) are kept */
	int over;
	char *error;          /* owned; the result's */
	char *status;
	size_t saved;
};

/* An article written to a temporary file of its feed's folder (hidden:
 * the library skips it) and not yet given its name: a step syncs them
 * all at once, then links each to its name (flush). */
struct pending {
	size_t feed;
	char *tmp, *dir, *published, *title, *item_id, *tags;
};

struct feeds_run {
	struct library *l;
	struct feeds_opts o;
	CURLM *m;
	struct feedst *f;
	struct feeds_result *res;
	size_t nf;
	struct job **queue;   /* not started, in order */
	size_t nq, capq;
	struct job **active;
	size_t na, capa;
	struct pending *pend; /* articles written, not yet named */
	size_t npend, cappend;
	size_t done, new_items, failed;
	int over;
};

static char *host_key(const char *url)
{
	const char *h = strstr(url, "://");
	h = h ? h + 3 : url;
	return xstrndup(url, (size_t)(h - url) + strcspn(h, "/?#"));
}

static void job_free(struct job *j)
{
	if (!j)
		return;
	if (j->h || j->x.hdr)
		fetch_xfer_end(j->h, &j->x);
	free(j->url);
	free(j->host);
	free(j);
}

static void enqueue(struct feeds_run *r, int kind, size_t feed, size_t item, const char *url)
{
	struct job *j = xcalloc(1, sizeof *j);
	j->kind = kind;
	j->feed = feed;
	j->item = item;
	j->url = xstrdup(url);
	j->host = host_key(url);
	XGROW(r->queue, r->capq, r->nq + 1);
	r->queue[r->nq++] = j;
	if (kind == JOB_PAGE)
		r->f[feed].pages_left++;
}

/* The header value without control characters (it goes back to the
 * server in a header of ours). */
static char *clean_header(const char *v)
{
	struct sb b = SB_INIT;
	for (const unsigned char *p = (const unsigned char *)v; *p && b.len < 1000; p++)
		if (*p >= 0x20 && *p != 0x7f)
			sb_addc(&b, *p);
	if (!b.len) {
		sb_release(&b);
		return NULL;
	}
	return sb_detach(&b);
}

static char *header_of(CURL *h, const char *name)
{
	struct curl_header *hh = NULL;
	if (curl_easy_header(h, name, 0, CURLH_HEADER, -1, &hh) != CURLHE_OK || !hh || !hh->value)
		return NULL;
	return clean_header(hh->value);
}

/* Sets up j's transfer: the feed's conditional request and login. */
static int job_start(struct feeds_run *r, struct job *j)
{
	const struct store_feed *sub = &r->f[j->feed].sub;
	j->h = fetch_xfer_start(&j->x, j->url, &r->o.fetch, j->kind == JOB_FEED ? feed_accept : FETCH_ACCEPT_PAGE);
	if (!j->h)
		return -1;
	if (j->kind == JOB_FEED) {
		struct sb hv = SB_INIT;
		if (sub->etag) {
			sb_addf(&hv, "If-None-Match: %s", sub->etag);
			j->x.hdr = curl_slist_append(j->x.hdr, hv.s);
		}
		if (sub->last_modified) {
			sb_reset(&hv);
			sb_addf(&hv, "If-Modified-Since: %s", sub->last_modified);
			j->x.hdr = curl_slist_append(j->x.hdr, hv.s);
		}
		sb_release(&hv);
		curl_easy_setopt(j->h, CURLOPT_HTTPHEADER, j->x.hdr);
		fetch_xfer_login(j->h, sub->user, sub->password);
	}
	curl_easy_setopt(j->h, CURLOPT_PRIVATE, j);
	if (curl_multi_add_handle(r->m, j->h) != CURLM_OK)
		return err_set(_("libcurl could not start"));
	return 0;
}

/* ---- saving items ---- */

static int has_tag(char **v, size_t n, const char *t)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_casecmp(v[i], t) == 0)
			return 1;
	return 0;
}

/* A tag as an article can have it: trimmed, no comma, no control
 * character, at most 100 bytes (cut between characters); NULL when
 * nothing is left. */
static char *tag_clean(const char *s, size_t n)
{
	struct sb b = SB_INIT;
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	for (; p < end && *p && b.len < 100; p++) {
		int c = *p == ',' || *p < 0x20 || *p == 0x7f ? ' ' : *p;
		if (c == ' ' && (b.len == 0 || b.s[b.len - 1] == ' '))
			continue;
		sb_addc(&b, c);
	}
	if (p < end && *p)   /* cut: drop a character cut in two */
		while (b.len && ((unsigned char)b.s[b.len - 1] & 0x80)) {
			int lead = ((unsigned char)b.s[b.len - 1] & 0xc0) == 0xc0;
			b.s[--b.len] = '\0';
			if (lead)
				break;
		}
	while (b.len && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	if (!b.len) {
		sb_release(&b);
		return NULL;
	}
	return sb_detach(&b);
}

/* Strings, owned. */
struct strs {
	char **v;
	size_t n, cap;
};

static void tags_push(struct strs *t, const char *s, size_t n)
{
	char *c = tag_clean(s, n);
	if (!c || has_tag(t->v, t->n, c) || t->n >= 50) {
		free(c);
		return;
	}
	XGROW(t->v, t->cap, t->n + 1);
	t->v[t->n++] = c;
}

/* The subscription's tags, then the item's categories, without repeats. */
static char **item_tags(const struct store_feed *sub, const struct feed_item *it, size_t *n)
{
	struct strs t = { NULL, 0, 0 };
	for (const char *p = sub->tags; p && *p;) {
		size_t len = strcspn(p, ",");
		tags_push(&t, p, len);
		p += len + (p[len] == ',');
	}
	for (size_t i = 0; i < it->ncategories; i++)
		tags_push(&t, it->categories[i], strlen(it->categories[i]));
	*n = t.n;
	return t.v;
}

static int mkdir_one(const char *path)
{
	if (mkdir(path, 0777) == 0 || errno == EEXIST) {
		struct stat st;
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			return 0;
		return err_set(_("%s: not a folder"), path);
	}
	return err_set("%s: %s", path, strerror(errno));
}

/* DIR/feeds/NAME, made when missing. Caller frees. */
static char *feed_dir(struct library *l, const char *name)
{
	if (feeds_name_check(name) < 0)
		return NULL;
	struct sb p = SB_INIT;
	sb_addf(&p, "%s/feeds", l->dir);
	if (mkdir_one(p.s) < 0) {
		sb_release(&p);
		return NULL;
	}
	sb_addf(&p, "/%s", name);
	if (mkdir_one(p.s) < 0) {
		sb_release(&p);
		return NULL;
	}
	return sb_detach(&p);
}

/* The temporary files of a run: dir/.gloss-feed-N-PID.tmp. */
static char *tmp_path(const char *dir, int n)
{
	struct sb p = SB_INIT;
	static long pid;
	if (!pid)
		pid = (long)getpid();
	sb_addf(&p, "%s/.gloss-feed-%d-%ld.tmp", dir, n, pid);
	return sb_detach(&p);
}

/* Writes data to a new temporary file in dir (not synced: flush does it
 * for all at once). Returns its number, or -1. */
static int write_tmp(const char *dir, const char *data, size_t len)
{
	static int counter;
	for (int tries = 0; tries < 100; tries++) {
		int n = ++counter;
		char *path = tmp_path(dir, n);
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
		if (fd < 0 && errno == EEXIST) {
			free(path);
			continue;
		}
		if (fd < 0) {
			err_set("%s: %s", path, strerror(errno));
			free(path);
			return -1;
		}
		size_t off = 0;
		while (off < len) {
			ssize_t w = write(fd, data + off, len - off);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				break;
			off += (size_t)w;
		}
		if (close(fd) < 0 || off < len) {
			err_set("%s: %s", path, strerror(errno ? errno : EIO));
			unlink(path);
			free(path);
			return -1;
		}
		free(path);
		return n;
	}
	return err_set(_("%s: no free temporary name"), dir);
}

/* Saves item it of feed f as an article; page is its fetched page's
 * article, or NULL. */
static int save_item(struct feeds_run *r, struct feedst *f, const struct feed_item *it, const struct page *page)
{
	if (!f->dir && !(f->dir = feed_dir(r->l, f->sub.name)))
		return -1;
	char *dir = xstrdup(f->dir);
	struct page p = { 0 };
	p.meta.title = xstrdup(it->title ? it->title : page && page->meta.title ? page->meta.title : "Untitled");
	p.meta.source = it->link ? xstrdup(it->link) : NULL;
	p.meta.author = it->author ? xstrdup(it->author) : page && page->meta.author ? xstrdup(page->meta.author) : NULL;
	p.meta.published = it->published ? xstrdup(it->published) : NULL;
	p.meta.site = f->doc.title ? xstrdup(f->doc.title) : NULL;
	p.meta.lang = page && page->meta.lang ? xstrdup(page->meta.lang) : NULL;
	p.meta.feed = xstrdup(f->sub.name);
	struct sb body = SB_INIT;
	if (page && page->body) {
		sb_add(&body, page->body, page->len);
	} else {
		const char *html = it->content ? it->content : it->summary;
		if (html) {
			size_t n;
			char *md = web_html_markdown(html, strlen(html), it->link ? it->link : f->sub.url, &n);
			sb_add(&body, md, n);
			free(md);
		}
	}
	for (size_t i = 0; i < it->nenclosures; i++) {
		if (!web_is_url(it->enclosures[i]) || strpbrk(it->enclosures[i], " <>\n\r\t"))
			continue;
		if (body.len && body.s[body.len - 1] != '\n')
			sb_addc(&body, '\n');
		sb_addf(&body, "\nEnclosure: <%s>\n", it->enclosures[i]);
	}
	p.len = body.len;
	p.body = sb_detach(&body);
	size_t ntags, len;
	char **tags = item_tags(&f->sub, it, &ntags);
	char saved[21];
	iso_utc(saved, time(NULL));
	char *md = page_markdown(&p, saved, (const char *const *)tags, ntags, &len);
	int rc = md ? write_tmp(dir, md, len) : -1;
	if (rc >= 0) {
		struct sb tl = SB_INIT;
		for (size_t i = 0; i < ntags; i++)
			sb_addf(&tl, "%s%s", i ? "," : "", tags[i]);
		XGROW(r->pend, r->cappend, r->npend + 1);
		struct pending *q = &r->pend[r->npend++];
		q->feed = (size_t)(f - r->f);
		q->tmp = tmp_path(dir, rc);
		q->dir = dir;
		dir = NULL;
		q->published = it->published ? xstrdup(it->published) : NULL;
		q->title = xstrdup(p.meta.title);
		q->item_id = xstrdup(it->id);
		q->tags = sb_detach(&tl);
		f->saved++;
		r->new_items++;
		rc = 0;
	}
	free(md);
	strv_free(tags, ntags);
	page_free(&p);
	free(dir);
	return rc;
}

/* ---- the outcome of a feed ---- */

/* What came of feed i, unless it failed: "12 new", "not changed", "3
 * new, 5 more next time". */
static void feed_status(struct feeds_run *r, size_t i)
{
	struct feedst *f = &r->f[i];
	const struct feeds_result *res = &r->res[i];
	if (f->error || f->status)
		return;
	struct sb s = SB_INIT;
	if (res->capped)
		/* TRANSLATORS: a feed's last update: new articles saved, and items
		 * left for the next update (over --max-items). */
		sb_addf(&s, ngettext("%zu new, %d more next time", "%zu new, %d more next time", f->saved), f->saved, res->capped);
	else if (f->saved == 0 && res->not_changed)
		sb_adds(&s, _("not changed"));
	else
		sb_addf(&s, ngettext("%zu new", "%zu new", f->saved), f->saved);
	f->status = sb_detach(&s);
}

/* Feed i's result is what it came to (feed_status, or its error). */
static void feed_over(struct feeds_run *r, size_t i)
{
	struct feedst *f = &r->f[i];
	struct feeds_result *res = &r->res[i];
	if (f->over)
		return;
	f->over = 1;
	res->new_items = (int)f->saved;
	res->error = f->error;
	res->status = f->error ? NULL : f->status;
	if (f->error)
		r->failed++;
	r->done++;
	feed_doc_free(&f->doc);
}

static void feed_fail(struct feeds_run *r, size_t i, const char *why)
{
	struct feedst *f = &r->f[i];
	if (!f->error)
		f->error = xstrdup(why);
}

/* Records the outcome of a feed in the sidecar (what could not be
 * recorded is said in the result): with its ETag and Last-Modified when
 * it came and nothing failed, else the same request again next time. */
static void feed_record(struct feeds_run *r, size_t i)
{
	struct feedst *f = &r->f[i];
	if (store_feed_set_result(r->l->store, f->sub.id, f->error ? f->error : f->status, f->set && !f->error,
				  f->sub.etag, f->sub.last_modified) < 0 &&
	    !f->error)
		f->error = xstrdup(err_msg());
}

/* Feed i is done: its outcome is made and recorded once its articles are
 * linked (finalize); set: it came (200), its validators are kept. */
static void feed_finish(struct feeds_run *r, size_t i, int set)
{
	struct feedst *f = &r->f[i];
	if (f->finishing)
		return;
	f->finishing = 1;
	f->set = set;
}

/* Syncs the files written since the last flush, all at once, then gives
 * each its name and records its item. */
static void flush(struct feeds_run *r)
{
	if (r->npend == 0)
		return;
	int fd = open(r->l->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int synced = fd >= 0 && syncfs(fd) == 0;
	if (fd >= 0)
		close(fd);
	for (size_t k = 0; k < r->npend; k++) {
		struct pending *q = &r->pend[k];
		struct feedst *f = &r->f[q->feed];
		char *path = NULL;
		int rc = 0;
		if (!synced) {
			int tfd = open(q->tmp, O_RDONLY | O_CLOEXEC);
			rc = tfd >= 0 && fsync(tfd) == 0 ? 0 : err_set("%s: %s", q->tmp, strerror(errno));
			if (tfd >= 0)
				close(tfd);
		}
		if (rc == 0)
			rc = add_link_new(q->dir, q->published, q->title, q->tmp, &path);
		if (rc == 0) {
			const char *rel = path + strlen(r->l->dir) + 1;
			rc = store_feed_item_add(r->l->store, f->sub.name, q->item_id, rel, q->tags);
			if (rc == 0 && lib_refresh(r->l, rel) < 0)
				rc = -1;
		} else {
			unlink(q->tmp);
		}
		if (rc < 0) {
			feed_fail(r, q->feed, err_msg());
			if (!path) {
				f->saved--;
				r->new_items--;
			}
		}
		free(path);
		free(q->tmp);
		free(q->dir);
		free(q->published);
		free(q->title);
		free(q->item_id);
		free(q->tags);
	}
	r->npend = 0;
}

/* Links what was written, then ends the feeds that are done: all a step
 * writes (articles, items, outcomes), in one transaction -- one sync of
 * the sidecar a step, not one a feed, and none when there is nothing to
 * write (a step of the interface waits for no lock then). */
static void finalize(struct feeds_run *r)
{
	int work = r->npend > 0;
	for (size_t i = 0; !work && i < r->nf; i++)
		work = r->f[i].finishing && !r->f[i].over;
	if (!work)
		return;
	struct store *s = r->l->store;
	int tx = store_begin(s) == 0;
	flush(r);
	for (size_t i = 0; i < r->nf; i++) {
		struct feedst *f = &r->f[i];
		if (!f->finishing || f->over)
			continue;
		feed_status(r, i);
		feed_record(r, i);
		feed_over(r, i);
	}
	if (tx && store_commit(s) < 0)
		store_rollback(s);
}

/* Whether an item's page is to be fetched: no content, a short summary
 * or none, a link, and a subscription that wants pages. */
static int wants_page(const struct feedst *f, const struct feed_item *it)
{
	return !f->sub.summary_only && !it->content && it->link && web_is_url(it->link) &&
	       (!it->summary || strlen(it->summary) < FEEDS_SHORT_SUMMARY);
}

/* Keeps the id of an item saved before. */
static int add_id(const char *id, void *ctx)
{
	struct strs *ids = ctx;
	XGROW(ids->v, ids->cap, ids->n + 1);
	ids->v[ids->n++] = xstrdup(id);
	return 0;
}

static int cmp_id(const void *key, const void *elem)
{
	return strcmp(key, *(char *const *)elem);
}

/* Saves the new items of feed i (at most max_items; the others are
 * counted as capped), or queues the pages of those that need them. The
 * items saved before are asked of the sidecar once for the feed. */
static void save_new_items(struct feeds_run *r, size_t i)
{
	struct feedst *f = &r->f[i];
	struct feeds_result *res = &r->res[i];
	int max = r->o.max_items > 0 ? r->o.max_items : FEEDS_MAX_ITEMS;
	size_t chosen = 0;
	size_t *pick = xmalloc((f->doc.nitems + 1) * sizeof *pick);
	struct strs seen_ids = { NULL, 0, 0 };
	if (store_feed_item_ids(r->l->store, f->sub.name, add_id, &seen_ids) < 0)
		feed_fail(r, i, err_msg());
	for (size_t k = 0; !f->error && k < f->doc.nitems; k++) {
		const struct feed_item *it = &f->doc.items[k];
		int seen = seen_ids.n && bsearch(it->id, seen_ids.v, seen_ids.n, sizeof *seen_ids.v, cmp_id);
		for (size_t q = 0; !seen && q < chosen; q++)
			seen = strcmp(f->doc.items[pick[q]].id, it->id) == 0;
		if (seen)
			continue;
		if (chosen < (size_t)max)
			pick[chosen++] = k;
		else
			res->capped++;
	}
	for (size_t k = 0; k < seen_ids.n; k++)
		free(seen_ids.v[k]);
	free(seen_ids.v);
	res->capped += (int)f->doc.dropped;
	for (size_t q = 0; !f->error && q < chosen; q++) {
		const struct feed_item *it = &f->doc.items[pick[q]];
		if (wants_page(f, it))
			enqueue(r, JOB_PAGE, i, pick[q], it->link);
		else if (save_item(r, f, it, NULL) < 0)
			feed_fail(r, i, err_msg());
	}
	free(pick);
	if (chosen == 0 && !f->error)
		res->not_changed = 1;
}

/* The feed of job j arrived: parse it and save (or queue the pages of)
 * its new items. */
static void feed_arrived(struct feeds_run *r, struct job *j, CURLcode rc)
{
	size_t i = j->feed;
	struct feedst *f = &r->f[i];
	long status = 0;
	curl_easy_getinfo(j->h, CURLINFO_RESPONSE_CODE, &status);
	if (rc == CURLE_OK && status == 304) {
		r->res[i].not_changed = 1;
		feed_finish(r, i, 0);
		return;
	}
	struct fetch_result fr;
	if (fetch_xfer_result(j->h, rc, &j->x, j->url, &fr) < 0) {
		feed_fail(r, i, err_msg());
		feed_finish(r, i, 0);
		return;
	}
	if (feed_parse(fr.body, fr.len, fr.url, 0, &f->doc) < 0) {
		memset(&f->doc, 0, sizeof f->doc);
		feed_fail(r, i, err_msg());
		feed_finish(r, i, 0);
	} else {
		/* The validators of this answer, recorded when the feed is done. */
		free(f->sub.etag);
		free(f->sub.last_modified);
		f->sub.etag = header_of(j->h, "ETag");
		f->sub.last_modified = header_of(j->h, "Last-Modified");
		save_new_items(r, i);
		if (f->error || f->pages_left == 0)
			feed_finish(r, i, 1);
	}
	fetch_result_free(&fr);
}

/* The page of an item arrived (or failed: then the summary is kept). */
static void page_arrived(struct feeds_run *r, struct job *j, CURLcode rc)
{
	size_t i = j->feed;
	struct feedst *f = &r->f[i];
	struct fetch_result fr;
	struct page page;
	int have = 0;
	if (fetch_xfer_result(j->h, rc, &j->x, j->url, &fr) == 0) {
		have = web_extract(fr.body, fr.len, fr.content_type, fr.url, &page) == 0;
		fetch_result_free(&fr);
	}
	if (!f->error && save_item(r, f, &f->doc.items[j->item], have ? &page : NULL) < 0)
		feed_fail(r, i, err_msg());
	if (have)
		page_free(&page);
	if (--f->pages_left == 0)
		feed_finish(r, i, 1);
}

/* ---- the run ---- */

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void job_done(struct feeds_run *r, struct job *j, CURLcode rc)
{
	if (j->kind == JOB_FEED)
		feed_arrived(r, j, rc);
	else
		page_arrived(r, j, rc);
}

/* Starts queued transfers while the limits allow. */
static void schedule(struct feeds_run *r)
{
	size_t limit = r->o.parallel > 0 ? (size_t)r->o.parallel : FEEDS_PARALLEL;
	size_t per_host = r->o.per_host > 0 ? (size_t)r->o.per_host : FEEDS_PER_HOST;
	for (size_t q = 0; q < r->nq && r->na < limit;) {
		struct job *j = r->queue[q];
		size_t same = 0;
		for (size_t a = 0; a < r->na; a++)
			same += strcmp(r->active[a]->host, j->host) == 0;
		if (same >= per_host) {
			q++;
			continue;
		}
		memmove(r->queue + q, r->queue + q + 1, (r->nq - q - 1) * sizeof *r->queue);
		r->nq--;
		if (job_start(r, j) < 0) {
			/* fails as a transfer would */
			if (j->kind == JOB_FEED) {
				feed_fail(r, j->feed, err_msg());
				feed_finish(r, j->feed, 0);
			} else {
				job_done(r, j, CURLE_UNSUPPORTED_PROTOCOL);
			}
			job_free(j);
			continue;
		}
		XGROW(r->active, r->capa, r->na + 1);
		r->active[r->na++] = j;
	}
}

/* Handles the transfers libcurl has finished. */
static void harvest(struct feeds_run *r)
{
	CURLMsg *msg;
	int left;
	while ((msg = curl_multi_info_read(r->m, &left))) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		CURL *h = msg->easy_handle;
		CURLcode rc = msg->data.result;
		struct job *j = NULL;
		curl_easy_getinfo(h, CURLINFO_PRIVATE, (char **)&j);
		curl_multi_remove_handle(r->m, h);
		for (size_t a = 0; a < r->na; a++)
			if (r->active[a] == j) {
				r->active[a] = r->active[--r->na];
				break;
			}
		if (j) {
			job_done(r, j, rc);
			job_free(j);
		}
	}
}

static int add_sub(const struct store_feed *sf, void *ctx)
{
	struct feeds_run *r = ctx;
	r->f = xrealloc(r->f, (r->nf + 1) * sizeof *r->f);
	struct feedst *f = &r->f[r->nf++];
	memset(f, 0, sizeof *f);
	f->sub = *sf;
	f->sub.name = xstrdup(sf->name);
	f->sub.url = xstrdup(sf->url);
	f->sub.tags = xstrdup(sf->tags);
	f->sub.etag = sf->etag ? xstrdup(sf->etag) : NULL;
	f->sub.last_modified = sf->last_modified ? xstrdup(sf->last_modified) : NULL;
	f->sub.user = sf->user ? xstrdup(sf->user) : NULL;
	f->sub.password = sf->password ? xstrdup(sf->password) : NULL;
	f->sub.last_update = f->sub.last_status = NULL;
	return 0;
}

struct feeds_run *feeds_update_start(struct library *l, const char *const *names, size_t n,
				     const struct feeds_opts *o)
{
	if (store_readonly(l->store)) {
		err_set(_("the sidecar is read-only: feeds cannot be updated"));
		return NULL;
	}
	struct feeds_run *r = xcalloc(1, sizeof *r);
	r->l = l;
	if (o)
		r->o = *o;
	int bad = 0;
	if (n == 0) {
		bad = store_feeds(l->store, add_sub, r) < 0;
	} else {
		for (size_t i = 0; i < n && !bad; i++) {
			struct store_feed sf;
			int rc = store_feed_get(l->store, names[i], &sf);
			if (rc == 0)
				err_set(_("%s: no such feed"), names[i]);
			bad = rc <= 0;
			if (rc > 0) {
				add_sub(&sf, r);
				store_feed_clear(&sf);
			}
		}
	}
	if (!bad && r->nf == 0) {
		err_set(_("no feeds (gloss feed add URL subscribes to one)"));
		bad = 1;
	}
	if (!bad && !(r->m = curl_multi_init())) {
		err_set(_("libcurl could not start"));
		bad = 1;
	}
	if (bad) {
		feeds_update_free(&r);
		return NULL;
	}
	r->res = xcalloc(r->nf, sizeof *r->res);
	for (size_t i = 0; i < r->nf; i++) {
		r->res[i].name = r->f[i].sub.name;
		enqueue(r, JOB_FEED, i, 0, r->f[i].sub.url);
	}
	return r;
}

/* One round of the run: start, move and finish transfers, waiting at
 * most until end. 1 while the run goes on. */
static int step_until(struct feeds_run *r, int64_t end)
{
	for (;;) {
		schedule(r);
		int running = 0;
		curl_multi_perform(r->m, &running);
		harvest(r);
		schedule(r);
		if (r->na == 0 && r->nq == 0) {
			r->over = 1;
			return 0;
		}
		int64_t left = end - now_ms();
		if (left <= 0)
			return 1;
		curl_multi_poll(r->m, NULL, 0, (int)(left > 1000 ? 1000 : left), NULL);
	}
}

int feeds_update_step(struct feeds_run *r, int timeout_ms)
{
	if (r->over)
		return 0;
	int rc = step_until(r, now_ms() + (timeout_ms > 0 ? timeout_ms : 0));
	finalize(r);
	return rc;
}

void feeds_update_progress(const struct feeds_run *r, struct feeds_progress *p)
{
	p->feeds = r->nf;
	p->done = r->done;
	p->new_items = r->new_items;
	p->failed = r->failed;
}

void feeds_update_cancel(struct feeds_run *r)
{
	if (r->over)
		return;
	for (size_t a = 0; a < r->na; a++) {
		curl_multi_remove_handle(r->m, r->active[a]->h);
		job_free(r->active[a]);
	}
	r->na = 0;
	for (size_t q = 0; q < r->nq; q++)
		job_free(r->queue[q]);
	r->nq = 0;
	if (r->res) {
		/* what was written is kept, named and recorded */
		for (size_t i = 0; i < r->nf; i++)
			if (!r->f[i].finishing) {
				feed_fail(r, i, _("cancelled"));
				r->f[i].finishing = 1;
				feed_over(r, i);
			}
		finalize(r);
	}
	r->over = 1;
}

const struct feeds_result *feeds_update_results(const struct feeds_run *r, size_t *n)
{
	*n = r->nf;
	return r->res;
}

void feeds_update_free(struct feeds_run **rp)
{
	struct feeds_run *r = *rp;
	if (!r)
		return;
	feeds_update_cancel(r);
	for (size_t i = 0; i < r->nf; i++) {
		store_feed_clear(&r->f[i].sub);
		feed_doc_free(&r->f[i].doc);
		free(r->f[i].error);
		free(r->f[i].status);
		free(r->f[i].dir);
	}
	free(r->f);
	free(r->res);
	free(r->queue);
	free(r->active);
	free(r->pend);
	if (r->m)
		curl_multi_cleanup(r->m);
	free(r);
	*rp = NULL;
}
