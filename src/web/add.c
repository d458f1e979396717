/* add.c -- web pages and Markdown files saved as articles (add.h). */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "add.h"
#include "article.h"
#include "extract.h"
#include "frontmatter.h"
#include "library.h"
#include "query.h"
#include "ustr.h"
#include "util.h"

char *add_slug(const char *title)
{
	struct sb b = SB_INIT;
	size_t n = strlen(title);
	int dash = 0, cut = 0;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		int k = ustr_decode(title + i, n - i, &cp);
		int keep = cp >= 0 && (cp < 128 ? ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
					 : (ustr_is_alpha(cp) || ustr_is_digit(cp)));
		if (!keep) {
			dash = b.len > 0;
			i += (size_t)k;
			continue;
		}
		char *low = cp < 128 ? NULL : ustr_lower(title + i, (size_t)k);
		char ascii[2] = { (char)(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp), 0 };
		const char *c = low ? low : ascii;
		size_t cn = strlen(c);
		if (b.len + (dash ? 1 : 0) + cn > ADD_SLUG_MAX) {
			free(low);
			cut = 1;
			break;
		}
		if (dash)
			sb_addc(&b, '-');
		dash = 0;
		sb_add(&b, c, cn);
		free(low);
		i += (size_t)k;
	}
	/* Cut short: end at a word's end when one is near. */
	char *d = cut ? strrchr(b.s, '-') : NULL;
	if (d && (size_t)(d - b.s) >= ADD_SLUG_MAX / 2) {
		b.len = (size_t)(d - b.s);
		b.s[b.len] = '\0';
	}
	if (b.len == 0)
		sb_adds(&b, "article");
	return sb_detach(&b);
}

/* Puts "arg: " before the error message; returns -1. */
static int err_about(const char *arg)
{
	char *why = xstrdup(err_msg());
	err_set("%s: %s", arg, why);
	free(why);
	return -1;
}

/* ---- the sources the library has ---- */

/* The library file (DIR/PATH) of a present article whose source is one
 * of want (NULL entries skipped; the sidecar's source column: front
 * matter source or url of a .md, Source: header of a .txt), or NULL.
 * Caller frees. */
static char *find_source(struct library *l, const char *const *want, size_t n)
{
	for (size_t i = 0; l && i < n; i++) {
		struct store_article a;
		if (!want[i] || query_article_by_source(l, want[i], -1, &a) != 1)
			continue;
		char *path = lib_path(l, a.path);
		query_article_clear(&a);
		return path;
	}
	return NULL;
}

/* The sidecar learns of a new file (so that the next add finds it); a
 * sidecar that cannot be written loses nothing here: the file is saved
 * and the next sync reads it. */
static void learn(struct library *l, const char *path)
{
	if (!l)
		return;
	size_t n = strlen(l->dir);
	if (strncmp(path, l->dir, n) == 0 && path[n] == '/')
		lib_refresh(l, path + n + 1);
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && ascii_casecmp(s + n - t, tail) == 0;
}

/* ---- reading a page ---- */

/* Whether a content type is HTML: text/html or application/xhtml+xml
 * (none at all is taken for HTML, and the parser decides). */
static int is_html_type(const char *type)
{
	if (!type)
		return 1;
	while (*type == ' ')
		type++;
	size_t n = strcspn(type, "; \t");
	return (n == 9 && ascii_ncasecmp(type, "text/html", 9) == 0) ||
	       (n == 21 && ascii_ncasecmp(type, "application/xhtml+xml", 21) == 0);
}

char *add_read_file(const char *arg, size_t max, size_t *len)
{
	/* The file that was checked is the one read: one descriptor, opened
	 * without waiting (a FIFO is refused, never read). */
	int fd = open(arg, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	struct sb b = SB_INIT;
	if (fd < 0 || fstat(fd, &st) < 0) {
		err_set("%s: %s", arg, strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		err_set(_("%s: not a regular file"), arg);
		goto fail;
	}
	for (;;) {
		sb_grow(&b, 64 << 10);
		ssize_t r = read(fd, b.s + b.len, b.cap - b.len - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			err_set("%s: %s", arg, strerror(errno));
			goto fail;
		}
		if (r == 0)
			break;
		b.len += (size_t)r;
		b.s[b.len] = '\0';
		if (b.len > max) {
			err_set(_("%s: larger than %zu MB"), arg, max >> 20);
			goto fail;
		}
	}
	close(fd);
	*len = b.len;
	return sb_detach(&b);
fail:
	if (fd >= 0)
		close(fd);
	sb_release(&b);
	return NULL;
}

static int is_html_file(const char *arg)
{
	return ends_with(arg, ".html") || ends_with(arg, ".htm") || ends_with(arg, ".xhtml");
}

static int is_md_file(const char *arg)
{
	return ends_with(arg, ".md") || ends_with(arg, ".markdown");
}

int add_takes(const char *arg)
{
	return strstr(arg, "://") || is_html_file(arg) || is_md_file(arg);
}

/* The page of arg extracted into *p; *final gets the address it came from
 * (the final one after redirects; url for a file), or NULL. */
static int read_page(const char *arg, const char *url, const struct fetch_opts *fo,
		     struct page *p, char **final)
{
	*final = NULL;
	size_t max = fo->max_bytes ? fo->max_bytes : FETCH_DEFAULT_MAX_BYTES;
	if (web_is_url(arg)) {
		struct fetch_result r;
		if (web_fetch(arg, fo, &r) < 0)
			return err_about(arg);
		int rc;
		if (!is_html_type(r.content_type)) {
			size_t n = strcspn(r.content_type, ";");
			rc = err_set(_("%s: not an HTML page (%.*s)"), arg, (int)(n > 80 ? 80 : n), r.content_type);
		} else if ((rc = web_extract(r.body, r.len, r.content_type, r.url, p)) < 0) {
			err_about(arg);
		} else {
			*final = r.url;
			r.url = NULL;
		}
		fetch_result_free(&r);
		return rc;
	}
	if (strstr(arg, "://"))
		return err_set(_("%s: only http and https addresses can be fetched"), arg);
	if (!is_html_file(arg))
		return err_set(_("%s: neither an http(s) address nor a .html file"), arg);
	size_t len;
	char *data = add_read_file(arg, max, &len);
	if (!data)
		return -1;
	int rc = web_extract(data, len, NULL, url, p);
	free(data);
	if (rc < 0)
		return err_about(arg);
	*final = url ? xstrdup(url) : NULL;
	return 0;
}

/* Today's local date, "2024-05-17", into out[11]. */
static void today(char out[11])
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

int add_page_markdown(const char *arg, const char *url, const struct fetch_opts *fo,
		      char **md, size_t *len)
{
	struct page p;
	char *final;
	if (read_page(arg, url, fo, &p, &final) < 0)
		return -1;
	free(final);
	char saved[21];
	iso_utc(saved, time(NULL));
	*md = page_markdown(&p, saved, NULL, 0, len);
	page_free(&p);
	return 0;
}

/* ---- saving ---- */

/* YYYY-MM-DD at the start of s into out[11]: 1 when there is one. */
static int iso_date(const char *s, char out[11])
{
	if (!s)
		return 0;
	for (int i = 0; i < 10; i++) {
		int digit = i != 4 && i != 7;
		if (digit ? !(s[i] >= '0' && s[i] <= '9') : s[i] != '-')
			return 0;
	}
	memcpy(out, s, 10);
	out[10] = '\0';
	return 1;
}

/* The k-th name of an article in dir: the date, '-', the slug and ".md",
 * with -2, -3, ... before ".md" from the second on. */
static void name_at(struct sb *p, const char *dir, const char *date, const char *slug, int k)
{
	sb_reset(p);
	sb_addf(p, "%s/%s-%s", dir, date, slug);
	if (k > 1)
		sb_addf(p, "-%d", k);
	sb_adds(p, ".md");
}

/* Writes data into dir as the date, '-', the title's slug and ".md", with
 * -2, -3, ... before ".md" when the name is taken. */
static int save_new(const char *dir, const char *date, const char *title,
		    const char *data, size_t len, char **path)
{
	char *slug = add_slug(title);
	struct sb p = SB_INIT;
	int rc = -1;
	for (int k = 1; k <= 1000; k++) {
		name_at(&p, dir, date, slug, k);
		struct stat st;
		if (lstat(p.s, &st) == 0)
			continue;
		if (write_file_atomic(p.s, data, len, 0) == 0) {
			rc = 0;
			break;
		}
		/* Another program took the name meanwhile: try the next one. */
		if (lstat(p.s, &st) < 0)
			break;
	}
	if (rc == 0)
		*path = sb_detach(&p);
	else if (p.len)
		err_set(_("could not find a free file name for %s"), p.s);
	sb_release(&p);
	free(slug);
	return rc;
}

int add_link_new(const char *dir, const char *published, const char *title, const char *tmp, char **path)
{
	char date[11];
	if (!iso_date(published, date))
		today(date);
	char *slug = add_slug(title ? title : "article");
	struct sb p = SB_INIT;
	int rc = -1;
	for (int k = 1; k <= 1000; k++) {
		name_at(&p, dir, date, slug, k);
		/* link() never replaces a file: a name taken is the next try */
		if (link(tmp, p.s) == 0) {
			rc = 0;
			break;
		}
		if (errno != EEXIST) {
			err_set("%s: %s", p.s, strerror(errno));
			break;
		}
	}
	if (rc == 0) {
		unlink(tmp);
		*path = sb_detach(&p);
	} else if (errno == EEXIST) {
		err_set(_("could not find a free file name for %s"), p.s);
	}
	sb_release(&p);
	free(slug);
	return rc;
}

/* A Markdown file, copied as it is: named from its front matter (title,
 * date), else from its own name. */
static int add_md(struct library *l, const char *dir, const char *arg, const struct add_opts *o, char **path)
{
	size_t max = o->fetch.max_bytes ? o->fetch.max_bytes : FETCH_DEFAULT_MAX_BYTES;
	size_t len;
	char *data = add_read_file(arg, max, &len);
	if (!data)
		return -1;
	if (art_is_binary(data, len)) {
		free(data);
		return err_set(_("%s: a binary file, not Markdown"), arg);
	}
	struct front_matter fm;
	fm_parse(data, len, &fm);
	int rc = 0;
	const char *want[] = { fm.source };
	char *have = o->again ? NULL : find_source(l, want, 1);
	if (have) {
		*path = have;
		rc = 1;
	} else {
		char date[11];
		const char *base = strrchr(arg, '/');
		char *name = xstrdup(base ? base + 1 : arg);
		*strrchr(name, '.') = '\0';
		const char *title = fm.title ? fm.title : name;
		if (!iso_date(fm.date, date)) {
			if (!fm.title && iso_date(name, date) && name[10] == '-')
				title = name + 11;
			else if (!iso_date(name, date))
				today(date);
		}
		rc = save_new(dir, date, title, data, len, path);
		if (rc < 0)
			err_about(arg);
		else
			learn(l, *path);
		free(name);
	}
	fm_free(&fm);
	free(data);
	return rc;
}

int add_one(struct library *l, const char *dir, const char *arg, const struct add_opts *o, char **path)
{
	*path = NULL;
	if (is_md_file(arg) && !web_is_url(arg))
		return add_md(l, dir, arg, o, path);
	if (!o->again && web_is_url(arg)) {
		const char *want[] = { arg };
		if ((*path = find_source(l, want, 1)))
			return 1;
	}
	struct page p;
	char *final;
	if (read_page(arg, NULL, &o->fetch, &p, &final) < 0)
		return -1;
	const char *want[] = { p.meta.source, final };
	int rc = 0;
	if (!o->again && (*path = find_source(l, want, 2))) {
		rc = 1;
	} else {
		char saved[21], date[11];
		iso_utc(saved, time(NULL));
		if (!iso_date(p.meta.published, date))
			today(date);
		size_t len;
		char *md = page_markdown(&p, saved, NULL, 0, &len);
		rc = save_new(dir, date, p.meta.title, md, len, path);
		if (rc < 0)
			err_about(arg);
		else
			learn(l, *path);
		free(md);
	}
	free(final);
	page_free(&p);
	return rc;
}
