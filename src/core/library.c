/* library.c -- a folder of articles kept in step with its sidecar.
 *
 * Syncing must be cheap when nothing changed: a file whose size and mtime
 * match the sidecar is not opened; a quick sync only looks at the folders'
 * mtimes. It must never lose a note: a file that disappears is marked
 * missing (its notes stay), and a new file with the content hash of a
 * missing one is taken as that file moved. */
#include "system.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "core.h"
#include "library.h"
#include "hl.h"
#include "store.h"
#include "store-corrections.h"

#define SIDECAR ".gloss.db"

/* ---- a small string -> index map (open addressing) ---- */

struct map {
	size_t *slot;   /* index + 1, 0 = empty */
	size_t cap;
};

static uint64_t str_hash(const char *s)
{
	return hash64(s, strlen(s));
}

static void map_init(struct map *m, size_t n)
{
	m->cap = 16;
	while (m->cap < n * 2)
		m->cap *= 2;
	m->slot = xcalloc(m->cap, sizeof *m->slot);
}

static void map_put(struct map *m, const char *key, size_t idx)
{
	size_t i = (size_t)str_hash(key) & (m->cap - 1);
	while (m->slot[i])
		i = (i + 1) & (m->cap - 1);
	m->slot[i] = idx + 1;
}

/* keys(i) gives the key of index i. */
static size_t map_get(const struct map *m, const char *key, const char *(*keys)(void *, size_t), void *ctx)
{
	size_t i = (size_t)str_hash(key) & (m->cap - 1);
	while (m->slot[i]) {
		if (strcmp(keys(ctx, m->slot[i] - 1), key) == 0)
			return m->slot[i] - 1;
		i = (i + 1) & (m->cap - 1);
	}
	return SIZE_MAX;
}

/* ---- what the sidecar knows ---- */

struct row {
	int64_t id;
	char *path;
	char hash[17];
	int64_t size, mtime_ns;
	int present, seen;
};

struct rows {
	struct row *v;
	size_t n, cap;
};

static int collect_row(const struct store_article *a, void *ctx)
{
	struct rows *r = ctx;
	XGROW(r->v, r->cap, r->n + 1);
	struct row *w = &r->v[r->n++];
	w->id = a->id;
	w->path = xstrdup(a->path);
	memcpy(w->hash, a->hash, sizeof w->hash);
	w->size = a->size;
	w->mtime_ns = a->mtime_ns;
	w->present = a->present;
	w->seen = 0;
	return 0;
}

static const char *row_key(void *ctx, size_t i)
{
	return ((struct rows *)ctx)->v[i].path;
}

static int collect_refused(const char *path, int64_t size, int64_t mtime_ns, void *ctx)
{
	struct rows *r = ctx;
	XGROW(r->v, r->cap, r->n + 1);
	struct row *w = &r->v[r->n++];
	memset(w, 0, sizeof *w);
	w->path = xstrdup(path);
	w->size = size;
	w->mtime_ns = mtime_ns;
	return 0;
}

static const char *row_hash(void *ctx, size_t i)
{
	return ((struct rows *)ctx)->v[i].hash;
}

/* ---- what the folder has ---- */

struct file {
	char *path;        /* relative */
	int64_t size, mtime_ns;
};

struct walk {
	struct file *f;
	size_t n, cap;
	char **dir;        /* folders seen, relative ("" for the top) */
	int64_t *dir_mtime;
	size_t ndir, dircap, dirmcap;
	int first_only;    /* stop at the first article file */
};

static int64_t mtime_ns(const struct stat *st)
{
	return (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

int lib_article_file(const char *name)
{
	size_t n = strlen(name);
	if (n < 4)
		return 0;
	return strcmp(name + n - 4, ".txt") == 0 || strcmp(name + n - 3, ".md") == 0;
}

static void walk_dir(struct walk *w, const char *top, const char *rel, int depth)
{
	struct sb path = SB_INIT;
	sb_adds(&path, top);
	if (rel[0])
		sb_addf(&path, "/%s", rel);
	struct stat st;
	if (depth > 32 || stat(path.s, &st) < 0) {
		sb_release(&path);
		return;
	}
	XGROW(w->dir, w->dircap, w->ndir + 1);
	XGROW(w->dir_mtime, w->dirmcap, w->ndir + 1);
	w->dir[w->ndir] = xstrdup(rel);
	w->dir_mtime[w->ndir] = mtime_ns(&st);
	w->ndir++;
	DIR *d = opendir(path.s);
	if (!d) {
		sb_release(&path);
		return;
	}
	struct dirent *e;
	int dfd = dirfd(d);
	size_t rlen = strlen(rel);
	struct sb r = SB_INIT;
	while (!(w->first_only && w->n) && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;     /* hidden files and folders, the sidecar, . and .. */
		if (e->d_type != DT_DIR && e->d_type != DT_UNKNOWN && e->d_type != DT_LNK && !lib_article_file(e->d_name))
			continue;
		/* stat relative to the open folder: no path walk per file. */
		struct stat fs;
		if (fstatat(dfd, e->d_name, &fs, AT_SYMLINK_NOFOLLOW) < 0)
			continue;
		if (S_ISLNK(fs.st_mode)) {
			/* Links to files are followed, to folders not (they could loop). */
			if (fstatat(dfd, e->d_name, &fs, 0) < 0 || !S_ISREG(fs.st_mode))
				continue;
		}
		if (!S_ISREG(fs.st_mode) && !S_ISDIR(fs.st_mode))
			continue;
		if (S_ISREG(fs.st_mode) && !lib_article_file(e->d_name))
			continue;
		sb_reset(&r);
		if (rlen) {
			sb_add(&r, rel, rlen);
			sb_addc(&r, '/');
		}
		sb_adds(&r, e->d_name);
		if (S_ISDIR(fs.st_mode)) {
			walk_dir(w, top, r.s, depth + 1);
			continue;
		}
		XGROW(w->f, w->cap, w->n + 1);
		w->f[w->n].path = xstrndup(r.s, r.len);
		w->f[w->n].size = (int64_t)fs.st_size;
		w->f[w->n].mtime_ns = mtime_ns(&fs);
		w->n++;
	}
	sb_release(&r);
	closedir(d);
	sb_release(&path);
}

static void walk_free(struct walk *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->f[i].path);
	strv_free(w->dir, w->ndir);
	free(w->f);
	free(w->dir_mtime);
}

/* 1 when the folder dir, or one below it, holds an article file as the
 * walk takes it; stops at the first. */
static int has_article(const char *dir)
{
	struct walk w = { .first_only = 1 };
	walk_dir(&w, dir, "", 0);
	int found = w.n > 0;
	walk_free(&w);
	return found;
}

/* ---- sync ---- */

char *lib_path(const struct library *l, const char *relpath)
{
	struct sb p = SB_INIT;
	sb_addf(&p, "%s/%s", l->dir, relpath);
	return sb_detach(&p);
}

/* Reads the file at relpath and stores it (insert or update). */
static int64_t put_file(struct library *l, const char *relpath, int64_t size, int64_t mt)
{
	char *full = lib_path(l, relpath);
	struct article *a = art_load(full);
	free(full);
	if (!a) {
		l->skipped++;
		return 0;
	}
	l->read++;
	int64_t id = store_article_put(l->store, relpath, a, size, mt);
	art_free(&a);
	return id;
}

/* A quick sync trusts the sidecar when every folder it knows still has
 * the mtime it had (a file added, removed or renamed changes its folder's). */
struct dir_walk {
	const char *top;
	int any, ok;
};

static int dir_unchanged(const char *rel, int64_t mt, void *ctx)
{
	struct dir_walk *d = ctx;
	d->any = 1;
	struct sb p = SB_INIT;
	sb_adds(&p, d->top);
	if (rel[0])
		sb_addf(&p, "/%s", rel);
	struct stat s;
	if (stat(p.s, &s) < 0 || mtime_ns(&s) != mt)
		d->ok = 0;
	sb_release(&p);
	return !d->ok;
}

static int quick_ok(struct library *l)
{
	struct dir_walk d = { l->dir, 0, 1 };
	if (store_dirs(l->store, dir_unchanged, &d) < 0)
		return 0;
	return d.any && d.ok;
}

/* Whether the sidecar's folder mtimes are exactly those just walked. */
struct dir_check {
	const struct walk *w;
	struct map m;        /* the walked folders by path */
	size_t rows;
	int same;
};

static const char *walked_dir(void *ctx, size_t i)
{
	return ((const struct walk *)ctx)->dir[i];
}

static int dir_same(const char *rel, int64_t mt, void *ctx)
{
	struct dir_check *c = ctx;
	c->rows++;
	size_t k = map_get(&c->m, rel, walked_dir, (void *)c->w);
	if (k == SIZE_MAX || c->w->dir_mtime[k] != mt)
		c->same = 0;
	return !c->same;
}

static int dirs_same(struct library *l, const struct walk *w)
{
	struct dir_check c = { w, { 0 }, 0, 1 };
	map_init(&c.m, w->ndir);
	for (size_t i = 0; i < w->ndir; i++)
		map_put(&c.m, w->dir[i], i);
	int r = store_dirs(l->store, dir_same, &c);
	free(c.m.slot);
	return r == 0 && c.same && c.rows == w->ndir;
}

/* Commits every LIB_SYNC_BATCH writes or 50 ms, and yields, so that a first
 * index of a large folder is not one huge transaction that keeps other
 * writers out, and an interruption keeps what was done. */
struct batch {
	long n;            /* writes in the current transaction */
	int64_t start_ms;  /* when it began */
};

static int64_t clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int batch(struct library *l, struct batch *b)
{
	int64_t now = clock_ms();
	if (b->n == 0)
		b->start_ms = now;
	if (++b->n < LIB_SYNC_BATCH && now - b->start_ms < 50)
		return 0;
	b->n = 0;
	return store_yield(l->store);
}

int lib_sync(struct library *l, int mode)
{
	l->scanned = l->read = l->skipped = l->changed = 0;
	if (mode != LIB_SYNC_NONE && store_damaged(l->store))
		return err_set("%s", store_note(l->store));
	if (mode == LIB_SYNC_NONE || store_readonly(l->store))
		return 0;
	if (mode == LIB_SYNC_QUICK && quick_ok(l))
		return 0;
	struct walk w = { 0 };
	walk_dir(&w, l->dir, "", 0);
	l->scanned = (long)w.n;
	struct rows rows = { 0 }, refused = { 0 };
	int r = -1, wrote = 0;
	struct batch writes = { 0, 0 };
	struct map m = { 0 }, mref = { 0 };
	size_t *fresh = NULL;
	if (store_articles_stat(l->store, collect_row, &rows) < 0 ||
	    store_refused(l->store, collect_refused, &refused) < 0)
		goto out;
	map_init(&mref, refused.n);
	for (size_t i = 0; i < refused.n; i++)
		map_put(&mref, refused.v[i].path, i);
	map_init(&m, rows.n);
	for (size_t i = 0; i < rows.n; i++)
		map_put(&m, rows.v[i].path, i);
	size_t nfresh = 0;
	fresh = xcalloc(w.n + 1, sizeof *fresh);
	if (store_begin(l->store) < 0)
		goto out;
	for (size_t i = 0; i < w.n; i++) {
		struct file *f = &w.f[i];
		size_t k = map_get(&m, f->path, row_key, &rows);
		if (k == SIZE_MAX) {
			fresh[nfresh++] = i;
			continue;
		}
		struct row *row = &rows.v[k];
		row->seen = 1;
		if (row->size == f->size && row->mtime_ns == f->mtime_ns && row->present)
			continue;
		l->changed++;
		if (put_file(l, f->path, f->size, f->mtime_ns) < 0 || batch(l, &writes) < 0)
			goto fail;
	}
	/* New paths: a moved file (same bytes as a missing one) keeps its row.
	 * The rows not seen so far are the candidates, found by hash. */
	struct map gone;
	map_init(&gone, rows.n);
	for (size_t i = 0; i < rows.n; i++)
		if (!rows.v[i].seen)
			map_put(&gone, rows.v[i].hash, i);
	for (size_t j = 0; j < nfresh; j++) {
		struct file *f = &w.f[fresh[j]];
		size_t kr = map_get(&mref, f->path, row_key, &refused);
		struct row *ref = kr != SIZE_MAX ? &refused.v[kr] : NULL;
		if (ref && ref->size == f->size && ref->mtime_ns == f->mtime_ns) {
			/* Refused before and unchanged: not read again. */
			ref->seen = 1;
			l->skipped++;
			continue;
		}
		char *full = lib_path(l, f->path);
		struct article *a = art_load(full);
		free(full);
		if (!a) {
			l->skipped++;
			if (ref)
				ref->seen = 1;
			wrote = 1;
			if (store_refused_set(l->store, f->path, f->size, f->mtime_ns, err_msg()) < 0) {
				free(gone.slot);
				goto fail;
			}
			continue;
		}
		char hex[17];
		hash64_hex(a->hash, hex);
		size_t k = map_get(&gone, hex, row_hash, &rows);
		struct row *moved = k != SIZE_MAX && !rows.v[k].seen ? &rows.v[k] : NULL;
		int rc;
		l->changed++;
		if (moved) {
			moved->seen = 1;
			rc = store_article_rename(l->store, moved->id, f->path) < 0 ||
			     store_article_touch(l->store, moved->id, f->size, f->mtime_ns) < 0 ? -1 : 0;
		} else {
			l->read++;
			rc = store_article_put(l->store, f->path, a, f->size, f->mtime_ns) < 0 ? -1 : 0;
		}
		art_free(&a);
		if (rc < 0 || batch(l, &writes) < 0) {
			free(gone.slot);
			goto fail;
		}
	}
	free(gone.slot);
	for (size_t i = 0; i < rows.n; i++) {
		if (!rows.v[i].seen && rows.v[i].present) {
			l->changed++;
			if (store_article_set_present(l->store, rows.v[i].id, 0) < 0)
				goto fail;
		}
	}
	/* Refusals of files now read, changed away or gone. */
	for (size_t i = 0; i < refused.n; i++) {
		if (!refused.v[i].seen) {
			wrote = 1;
			if (store_refused_forget(l->store, refused.v[i].path) < 0)
				goto fail;
		}
	}
	if (l->changed == 0 && !wrote && dirs_same(l, &w)) {
		/* Nothing to write: no commit, no fsync on every open. */
		store_rollback(l->store);
		r = 0;
		goto out;
	}
	if (store_dirs_set(l->store, (const char *const *)w.dir, w.dir_mtime, w.ndir) < 0)
		goto fail;
	r = store_commit(l->store);
	goto out;
fail:
	store_rollback(l->store);
out:
	free(fresh);
	free(m.slot);
	free(mref.slot);
	for (size_t i = 0; i < rows.n; i++)
		free(rows.v[i].path);
	free(rows.v);
	for (size_t i = 0; i < refused.n; i++)
		free(refused.v[i].path);
	free(refused.v);
	walk_free(&w);
	return r;
}

int64_t lib_refresh(struct library *l, const char *relpath)
{
	char *full = lib_path(l, relpath);
	struct stat st;
	int ok = stat(full, &st);
	free(full);
	struct store_article a = { 0 };
	int found = store_article_get(l->store, relpath, &a);
	if (found < 0)
		return -1;
	if (ok < 0) {
		int64_t id = found ? a.id : -1;
		store_article_clear(&a);
		if (id < 0)
			return err_set("%s: %s", relpath, strerror(errno));
		return id;   /* gone from disk: the sidecar's copy still stands */
	}
	int64_t id = found ? a.id : 0;
	int same = found && a.size == (int64_t)st.st_size && a.mtime_ns == mtime_ns(&st) && a.present;
	store_article_clear(&a);
	if (same || store_readonly(l->store))
		return id ? id : err_set(_("%s: not in the sidecar, which is read-only"), relpath);
	int64_t nid = put_file(l, relpath, (int64_t)st.st_size, mtime_ns(&st));
	if (nid == 0) {
		/* err_msg() is the buffer err_set writes: copy it first. */
		char *why = xstrdup(err_msg());
		err_set("%s", why);
		free(why);
		return -1;
	}
	return nid;
}

/* ---- where the sidecar lives ---- */

static int mkdir_p(const char *path)
{
	char *p = xstrdup(path);
	for (char *c = p + 1; *c; c++) {
		if (*c != '/')
			continue;
		*c = '\0';
		if (mkdir(p, 0700) < 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*c = '/';
	}
	int r = mkdir(p, 0700) < 0 && errno != EEXIST ? -1 : 0;
	free(p);
	return r;
}

/* $XDG_STATE_HOME/gloss/NAME-HASH.EXT for the folder dir: .db, the sidecar
 * of a folder gloss cannot write; .told, the mark that the user was told
 * about a read-only sidecar. */
static char *state_file(const char *dir, const char *ext)
{
	char real[PATH_MAX];
	if (!realpath(dir, real))
		snprintf(real, sizeof real, "%s", dir);
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	struct sb p = SB_INIT;
	if (state && state[0] == '/')
		sb_addf(&p, "%s/gloss", state);
	else
		sb_addf(&p, "%s/.local/state/gloss", home && home[0] ? home : "/tmp");
	if (mkdir_p(p.s) < 0) {
		err_set("%s: %s", p.s, strerror(errno));
		sb_release(&p);
		return NULL;
	}
	const char *base = strrchr(real, '/');
	base = base && base[1] ? base + 1 : "root";
	char hex[17];
	hash64_hex(hash64(real, strlen(real)), hex);
	sb_addc(&p, '/');
	for (const char *c = base; *c; c++)
		sb_addc(&p, (*c == '/' || (unsigned char)*c < 0x20) ? '_' : *c);
	sb_addf(&p, "-%.8s.%s", hex, ext);
	return sb_detach(&p);
}

/* Whether this is the first time the user hears that dir's sidecar is
 * read-only: then the mark is made, so that it is said once. */
static int first_told(const char *dir)
{
	char *mark = state_file(dir, "told");
	if (!mark)
		return 1;
	int fd = open(mark, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	free(mark);
	if (fd < 0)
		return errno != EEXIST;
	close(fd);
	return 1;
}

int lib_is_empty(const char *dir, const char *db_path)
{
	if (db_path)
		return 0;
	struct sb p = SB_INIT;
	sb_addf(&p, "%s/" SIDECAR, dir);
	int none = access(p.s, F_OK) < 0 && !has_article(dir);
	sb_release(&p);
	return none;
}

struct library *lib_open(const char *dir, const char *db_path, int sync_mode)
{
	struct stat st;
	if (stat(dir, &st) < 0)
		return err_set("%s: %s", dir, strerror(errno)), NULL;
	if (!S_ISDIR(st.st_mode))
		return err_set(_("%s: not a folder"), dir), NULL;
	struct library *l = xcalloc(1, sizeof *l);
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	l->dir = xstrndup(dir, n);
	int flags = STORE_CREATE;
	int if_articles = sync_mode & LIB_IF_ARTICLES;
	sync_mode &= ~LIB_IF_ARTICLES;
	if (if_articles && lib_is_empty(l->dir, db_path)) {
		err_set(_("no articles in %s"), l->dir);
		lib_close(&l);
		return NULL;
	}
	if (db_path) {
		l->db_path = xstrdup(db_path);
	} else {
		struct sb p = SB_INIT;
		sb_addf(&p, "%s/" SIDECAR, l->dir);
		int exists = access(p.s, F_OK) == 0;
		if ((exists && access(p.s, W_OK) == 0) || (!exists && access(l->dir, W_OK) == 0)) {
			l->db_path = sb_detach(&p);
		} else if (exists) {
			/* A shared folder: its sidecar is read, never replaced by
			 * an empty one elsewhere. */
			l->db_path = sb_detach(&p);
			flags = STORE_READONLY;
			if (first_told(l->dir)) {
				struct sb m = SB_INIT;
				sb_addf(&m, _("%s is read-only: its notes are shown, none can be written "
					      "(give --db PATH to keep notes in a sidecar elsewhere)"), l->db_path);
				l->note = sb_detach(&m);
			}
		} else {
			l->db_path = state_file(l->dir, "db");
			if (!l->db_path) {
				sb_release(&p);
				lib_close(&l);
				return NULL;
			}
			struct sb m = SB_INIT;
			sb_addf(&m, _("%s is not writable; notes are kept in %s"), l->dir, l->db_path);
			l->note = sb_detach(&m);
			sb_release(&p);
		}
	}
	l->store = store_open(l->db_path, flags);
	if (!l->store) {
		lib_close(&l);
		return NULL;
	}
	if (store_note(l->store) && !l->note)
		l->note = xstrdup(store_note(l->store));
	if (lib_sync(l, sync_mode) < 0) {
		lib_close(&l);
		return NULL;
	}
	return l;
}

void lib_close(struct library **pl)
{
	struct library *l = *pl;
	if (!l)
		return;
	hl_engine_free(&l->engine);
	for (size_t i = 0; i < l->nretired; i++)
		hl_engine_free(&l->retired[i]);
	free(l->retired);
	store_close(&l->store);
	free(l->dir);
	free(l->db_path);
	free(l->note);
	free(l);
	*pl = NULL;
}

/* ---- the highlight engine with the library's corrections ---- */

static int give_correction(const char *text, enum hl_type type, void *ctx)
{
	hl_correct(ctx, text, type);   /* one the engine cannot take is left out */
	return 0;
}

/* A new engine with the corrections of s (none when s is NULL). */
static struct hl_engine *engine_with(struct store *s)
{
	struct hl_engine *e = hl_engine_new();
	if (e && s && store_correction_each(s, give_correction, e) < 0)
		hl_engine_free(&e);
	return e;
}

const struct hl_engine *lib_engine(struct library *l)
{
	if (!l->engine)
		l->engine = engine_with(l->store);
	return l->engine;
}

void lib_engine_drop(struct library *l)
{
	if (!l->engine)
		return;
	XGROW(l->retired, l->capretired, l->nretired + 1);
	l->retired[l->nretired++] = l->engine;
	l->engine = NULL;
}

char *lib_sidecar_for(const char *file, const char *db_path, char **relpath)
{
	char *dir = NULL, *rel = NULL, *db = NULL;
	/* the folder is looked for only when it names the sidecar or *relpath is asked */
	int located = file && strcmp(file, "-") != 0 && (relpath || !db_path) &&
		      lib_locate(file, &dir, &rel) == 0;
	if (db_path) {
		db = xstrdup(db_path);
	} else if (located) {
		struct sb p = SB_INIT;
		sb_addf(&p, "%s/" SIDECAR, dir);
		db = sb_detach(&p);
	}
	free(dir);
	if (relpath)
		*relpath = rel;
	else
		free(rel);
	return db;
}

struct hl_engine *lib_engine_for(const char *file, const char *db_path)
{
	char *db = lib_sidecar_for(file, db_path, NULL);
	/* Read, never created: a sidecar that cannot be opened gives no
	 * corrections, and the engine works without them. */
	struct store *s = db && access(db, F_OK) == 0 ? store_open(db, STORE_READONLY) : NULL;
	free(db);
	struct hl_engine *e = engine_with(s);
	if (!e && s) {
		/* the corrections could not be read: the engine without them */
		e = engine_with(NULL);
	}
	store_close(&s);
	return e;
}

char *lib_default_dir(void)
{
	const char *g = getenv("GLOSS_LIBRARY");
	if (g && g[0])
		return xstrdup(g);
	struct sb p = SB_INIT;
	const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	if (x && x[0] == '/')
		sb_addf(&p, "%s/gloss/library", x);
	else
		sb_addf(&p, "%s/.local/share/gloss/library", home && home[0] ? home : ".");
	/* The default library exists from the first run on, empty, so that
	 * `gloss` alone opens something and says where articles go. */
	mkdir_p(p.s);
	return sb_detach(&p);
}

int lib_locate(const char *file, char **dir, char **relpath)
{
	struct stat st;
	if (stat(file, &st) < 0)
		return err_set("%s: %s", file, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return err_set(_("%s: is a folder, not an article"), file);
	const char *slash = strrchr(file, '/');
	char *d = slash ? xstrndup(file, slash == file ? 1 : (size_t)(slash - file)) : xstrdup(".");
	const char *base = slash ? slash + 1 : file;
	/* An ancestor with a sidecar is the library (a file in a subfolder). */
	char real[PATH_MAX];
	if (realpath(d, real)) {
		struct sb up = SB_INIT, rel = SB_INIT;
		sb_adds(&up, real);
		sb_adds(&rel, base);
		for (int depth = 0; depth < 16 && up.len > 1; depth++) {
			struct sb side = SB_INIT;
			sb_addf(&side, "%s/" SIDECAR, up.s);
			int has = access(side.s, F_OK) == 0;
			sb_release(&side);
			if (has && depth > 0) {
				free(d);
				*dir = sb_detach(&up);
				*relpath = sb_detach(&rel);
				return 0;
			}
			if (has)
				break;
			char *cut = strrchr(up.s, '/');
			if (!cut)
				break;
			struct sb nr = SB_INIT;
			sb_addf(&nr, "%s/%s", cut + 1, rel.s);
			sb_release(&rel);
			rel = nr;
			up.len = (size_t)(cut - up.s);
			if (up.len == 0)
				up.len = 1;
			up.s[up.len] = '\0';
		}
		sb_release(&up);
		sb_release(&rel);
	}
	*dir = d;
	*relpath = xstrdup(base);
	return 0;
}
