/* store.c -- open, migrate and guard the sidecar; articles, folders and search.
 *
 * Rules: WAL, synchronous=FULL, foreign keys,
 * a busy handler (5 s), BEGIN IMMEDIATE for writes, bound parameters only. A
 * database from a newer gloss is opened read-only; one SQLite calls corrupt
 * is never written to again in this process, and the user is told how to
 * recover it. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "core.h"
#include "search-query.h"
#include "store-fts.h"
#include "store-internal.h"
#include "store-schema.h"

sqlite3_stmt *store_prep(struct store *s, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		store_fail(s, "prepare");
		return NULL;
	}
	return st;
}

/* The sidecar's size and mtime as this process left it, in PATH-stamp
 * (beside PATH, like SQLite's -wal and -shm): a process that finds them
 * changed knows someone else wrote the file and checks it before writing. */
static char *stamp_path(const struct store *s)
{
	struct sb p = SB_INIT;
	sb_addf(&p, "%s-stamp", s->path);
	return sb_detach(&p);
}

/* "SIZE MTIME_NS\n" of the file at s->path now; 0, or -1 when it cannot be
 * stat'ed. */
static int stamp_now(const struct store *s, char buf[64])
{
	struct stat st;
	if (stat(s->path, &st) < 0)
		return -1;
	snprintf(buf, 64, "%lld %lld\n", (long long)st.st_size,
		 (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec);
	return 0;
}

static int stamp_matches(const struct store *s)
{
	char now[64], was[64];
	if (stamp_now(s, now) < 0)
		return 0;
	char *p = stamp_path(s);
	int fd = open(p, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
	free(p);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, was, sizeof was - 1);
	close(fd);
	if (n <= 0)
		return 0;
	was[n] = '\0';
	return strcmp(now, was) == 0;
}

static void stamp_write(const struct store *s)
{
	char now[64];
	if (stamp_now(s, now) < 0)
		return;
	char *p = stamp_path(s);
	/* Written in place, never renamed: the folder's mtime, which the
	 * quick sync trusts, stays as it is. */
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
	free(p);
	if (fd < 0)
		return;
	if (write(fd, now, strlen(now)) < 0) {
		/* a stamp not written costs the next process a check, nothing more */
	}
	close(fd);
}

/* So that the next process checks the file before writing. */
static void stamp_forget(const struct store *s)
{
	char *p = stamp_path(s);
	unlink(p);
	free(p);
}

/* Marks s damaged and sets the error to the recovery message. */
static int damaged(struct store *s, const char *why)
{
	s->damaged = 1;
	s->readonly = 1;
	stamp_forget(s);
	struct sb m = SB_INIT;
	sb_addf(&m, _("%s: the sidecar is damaged (%s); gloss will not write to it. "
		      "Keep a copy, then recover with: sqlite3 '%s' .recover | sqlite3 '%s.recovered'"),
		s->path, why, s->path, s->path);
	free(s->note);
	s->note = sb_detach(&m);
	return err_set("%s", s->note);
}

int store_fail(struct store *s, const char *what)
{
	int code = sqlite3_errcode(s->db);
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
		return damaged(s, sqlite3_errmsg(s->db));
	const char *m = sqlite3_errmsg(s->db);
	if (!what || strcmp(what, m) == 0)
		return err_set("%s: %s", s->path, m);
	return err_set("%s: %s: %s", s->path, what, m);
}

int store_check_writable(struct store *s)
{
	if (s->damaged)
		return err_set("%s", s->note);
	if (s->readonly)
		return err_set(_("%s: the sidecar is read-only; nothing was written "
				 "(give --db PATH to keep notes in a sidecar elsewhere)"), s->path);
	return 0;
}

/* PRAGMA quick_check: 0 when the file is sound, else -1 with s damaged.
 * It reads the whole file: run only when the stamp says someone else
 * changed it. */
static int quick_check(struct store *s)
{
	sqlite3_stmt *st = store_prep(s, "PRAGMA quick_check(1)");
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		return s->damaged ? -1 : store_fail(s, "quick_check");
	}
	const char *r = (const char *)sqlite3_column_text(st, 0);
	int sound = r && strcmp(r, "ok") == 0;
	char *why = sound ? NULL : xstrdup(r ? r : "quick_check");
	sqlite3_finalize(st);
	if (sound)
		return 0;
	damaged(s, why);
	free(why);
	return -1;
}

char *store_col_dup_opt(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? NULL : store_col_dup(st, i);
}

int store_step_done(struct store *s, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(s, what);
	return 0;
}

void store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

char *store_col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	int n = sqlite3_column_bytes(st, i);
	return t ? xstrndup((const char *)t, (size_t)n) : xstrdup("");
}

/* How long a writer waits for another's transaction. */
#define BUSY_MS 5000

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* SQLite's busy handler: SQLite's own timeout sleeps up to 100 ms between
 * tries and so misses the short pauses of store_yield; this one tries
 * every millisecond or two, for BUSY_MS in all. */
static int busy_wait(void *ctx, int count)
{
	struct store *s = ctx;
	int64_t now = now_ms();
	if (count == 0)
		s->busy_since = now;
	if (now - s->busy_since >= BUSY_MS)
		return 0;
	sleep_ms(count < 16 ? 1 : 2);
	return 1;
}

static int exec(struct store *s, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		/* msg is SQLite's message, which store_fail gives already */
		int r = store_fail(s, NULL);
		sqlite3_free(msg);
		return r;
	}
	return 0;
}

static int user_version(struct store *s, int *v)
{
	sqlite3_stmt *st = store_prep(s, "PRAGMA user_version");
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		return store_fail(s, "user_version");
	}
	*v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return 0;
}

/* Whether the database has any table, index or view (a schema). */
static int has_tables(struct store *s)
{
	sqlite3_stmt *st = store_prep(s, "SELECT count(*) FROM sqlite_master");
	if (!st)
		return 1;
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 1;
	sqlite3_finalize(st);
	return n > 0;
}

/* Copies the database to PATH.bak-vN with SQLite's online backup. */
static int backup(struct store *s, int version)
{
	struct sb dst = SB_INIT;
	sb_addf(&dst, "%s.bak-v%d", s->path, version);
	sqlite3 *out = NULL;
	int rc = sqlite3_open(dst.s, &out);
	if (rc == SQLITE_OK) {
		sqlite3_backup *b = sqlite3_backup_init(out, "main", s->db, "main");
		if (b) {
			sqlite3_backup_step(b, -1);
			sqlite3_backup_finish(b);
		}
		rc = sqlite3_errcode(out);
	}
	if (rc != SQLITE_OK)
		err_set(_("%s: cannot back up before migrating: %s"), dst.s, out ? sqlite3_errmsg(out) : "open");
	sqlite3_close(out);
	sb_release(&dst);
	return rc == SQLITE_OK ? 0 : -1;
}

static int migrate(struct store *s, int from)
{
	int n;
	const struct schema_migration *m = schema_migrations(&n);
	if (from > 0 && backup(s, from) < 0)
		return -1;
	if (store_begin(s) < 0)
		return -1;
	char now[21];
	iso_utc(now, time(NULL));
	for (int i = 0; i < n; i++) {
		if (m[i].version <= from)
			continue;
		if (exec(s, m[i].sql) < 0)
			goto fail;
		sqlite3_stmt *st = store_prep(s, "INSERT INTO migrations(version, applied_at, gloss_version) VALUES (?, ?, ?)");
		if (!st)
			goto fail;
		sqlite3_bind_int(st, 1, m[i].version);
		sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, PACKAGE_VERSION, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			store_fail(s, "migrations");
			goto fail;
		}
		char pragma[64];
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", m[i].version);
		if (exec(s, pragma) < 0)
			goto fail;
	}
	return store_commit(s);
fail:
	store_rollback(s);
	return -1;
}

struct store *store_open(const char *path, int flags)
{
	struct store *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->readonly = !!(flags & STORE_READONLY);
	struct stat st;
	int exists = stat(path, &st) == 0;
	if (!exists && !(flags & STORE_CREATE)) {
		err_set(_("%s: no such sidecar"), path);
		goto fail;
	}
	if (!exists && s->readonly) {
		err_set(_("%s: no sidecar, and cannot create one read-only"), path);
		goto fail;
	}
	if (exists && S_ISDIR(st.st_mode)) {
		err_set(_("%s: is a folder, not a sidecar file"), path);
		goto fail;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		err_set(_("%s: not a regular file, so not a sidecar"), path);
		goto fail;
	}
	int oflags = s->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		err_set("%s: %s", path, s->db ? sqlite3_errmsg(s->db) : strerror(ENOMEM));
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_handler(s->db, busy_wait, s);
	if (store_fts_register(s->db) < 0)
		goto fail;
	int v = 0;
	if (user_version(s, &v) < 0)
		goto fail;
	if (!s->readonly && exists && !stamp_matches(s) && quick_check(s) < 0 && !s->damaged)
		goto fail;
	if (s->damaged) {
		/* Read what can be read; never write: a connection that cannot. */
		sqlite3_close(s->db);
		s->db = NULL;
		if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
			err_set("%s", s->note);
			goto fail;
		}
		sqlite3_busy_handler(s->db, busy_wait, s);
		store_fts_register(s->db);   /* search may fail on a damaged index; the rest reads */
		return s;
	}
	if (v == 0 && exists && has_tables(s)) {
		/* Another program's database under the sidecar's name: gloss
		 * would add its tables to it. Not a byte is written. */
		err_set(_("%s: a SQLite database that is not a gloss sidecar; left as it is "
			  "(move it away, or give --db PATH for the sidecar)"), path);
		goto fail;
	}
	if (v > schema_version()) {
		/* A newer gloss wrote this: read it, never write it. */
		s->readonly = 1;
		struct sb m = SB_INIT;
		sb_addf(&m, _("%s: made by a newer gloss (schema %d, this one knows %d); opened read-only"),
			path, v, schema_version());
		s->note = sb_detach(&m);
		sqlite3_close(s->db);
		s->db = NULL;
		if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
			err_set("%s: %s", path, sqlite3_errmsg(s->db));
			goto fail;
		}
		sqlite3_busy_handler(s->db, busy_wait, s);
		if (store_fts_register(s->db) < 0)
			goto fail;
	}
	if (!s->readonly) {
		if (exec(s, "PRAGMA journal_mode = WAL") < 0 || exec(s, "PRAGMA synchronous = FULL") < 0)
			goto fail;
		/* Keep the -wal and -shm files after closing: creating and
		 * deleting them would change the folder's mtime at every run and
		 * defeat the quick sync, which trusts unchanged folders. */
		int one = 1;
		sqlite3_file_control(s->db, "main", SQLITE_FCNTL_PERSIST_WAL, &one);
		/* ...but empty: truncated at each checkpoint, so that the next
		 * open does not read an old log. */
		if (exec(s, "PRAGMA journal_size_limit = 0") < 0)
			goto fail;
	}
	if (exec(s, "PRAGMA foreign_keys = ON") < 0)
		goto fail;
	if (v < schema_version()) {
		if (s->readonly) {
			err_set(_("%s: the sidecar needs an upgrade (schema %d to %d) but is read-only"),
				path, v, schema_version());
			goto fail;
		}
		if (migrate(s, v) < 0)
			goto fail;
	}
	return s;
fail:
	store_close(&s);
	return NULL;
}

void store_close(struct store **ps)
{
	struct store *s = *ps;
	if (!s)
		return;
	if (s->db && !s->readonly && !s->damaged) {
		/* Into the main file what the log holds, then the stamp of the
		 * file as this process leaves it. */
		sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		stamp_write(s);
	}
	if (s->db)
		sqlite3_close_v2(s->db);
	free(s->path);
	free(s->note);
	free(s);
	*ps = NULL;
}

int store_readonly(const struct store *s) { return s->readonly; }
int store_damaged(const struct store *s) { return s->damaged; }
const char *store_note(const struct store *s) { return s->note; }
const char *store_path(const struct store *s) { return s->path; }
struct sqlite3 *store_db(struct store *s) { return s->db; }

int store_begin(struct store *s)
{
	if (store_check_writable(s) < 0)
		return -1;
	if (s->depth++ > 0)
		return 0;
	if (exec(s, "BEGIN IMMEDIATE") < 0) {
		s->depth = 0;
		return -1;
	}
	return 0;
}

int store_commit(struct store *s)
{
	if (s->depth == 0)
		return 0;
	if (--s->depth > 0)
		return 0;
	if (exec(s, "COMMIT") < 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	s->commits++;
	return 0;
}

int store_yield(struct store *s)
{
	if (s->depth != 1)
		return 0;
	if (store_commit(s) < 0)
		return -1;
	sleep_ms(5);   /* longer than a waiting writer's tries are apart */
	return store_begin(s);
}

long store_commits(const struct store *s) { return s->commits; }

void store_rollback(struct store *s)
{
	if (s->depth == 0)
		return;
	s->depth = 0;
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---- articles ---- */

void store_article_clear(struct store_article *a)
{
	free(a->path);
	free(a->title);
	free(a->source);
	free(a->date);
	free(a->author);
	free(a->license);
	free(a->tags);
	memset(a, 0, sizeof *a);
}

#define ARTICLE_COLS \
	"a.id, a.path, a.hash, a.size, a.mtime_ns, a.title, a.source, a.date, a.author, a.license, " \
	"a.read, a.position, a.present, " \
	"coalesce((SELECT group_concat(name, ',') FROM (SELECT t.name FROM article_tags at " \
	"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name COLLATE NOCASE)), '')"

static void article_row(sqlite3_stmt *st, struct store_article *a)
{
	a->id = sqlite3_column_int64(st, 0);
	a->path = store_col_dup(st, 1);
	const unsigned char *h = sqlite3_column_text(st, 2);
	snprintf(a->hash, sizeof a->hash, "%s", h ? (const char *)h : "");
	a->size = sqlite3_column_int64(st, 3);
	a->mtime_ns = sqlite3_column_int64(st, 4);
	a->title = store_col_dup(st, 5);
	a->source = store_col_dup_opt(st, 6);
	a->date = store_col_dup_opt(st, 7);
	a->author = store_col_dup_opt(st, 8);
	a->license = store_col_dup_opt(st, 9);
	a->read = sqlite3_column_int(st, 10);
	a->position = sqlite3_column_int64(st, 11);
	a->present = sqlite3_column_int(st, 12);
	a->tags = store_col_dup(st, 13);
}

static int article_where(struct store *s, const char *where, const char *text, int64_t id,
			 struct store_article *out)
{
	struct sb q = SB_INIT;
	sb_addf(&q, "SELECT " ARTICLE_COLS " FROM articles a WHERE %s", where);
	sqlite3_stmt *st = store_prep(s, q.s);
	sb_release(&q);
	if (!st)
		return -1;
	if (text)
		sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st), r;
	if (rc == SQLITE_ROW) {
		article_row(st, out);
		r = 1;
	} else if (rc == SQLITE_DONE) {
		r = 0;
	} else {
		r = store_fail(s, "article");
	}
	sqlite3_finalize(st);
	return r;
}

int store_article_get(struct store *s, const char *relpath, struct store_article *out)
{
	return article_where(s, "a.path = ?1", relpath, 0, out);
}

int store_article_by_id(struct store *s, int64_t id, struct store_article *out)
{
	return article_where(s, "a.id = ?1", NULL, id, out);
}


/* The search index's rowid of an article: a day number of its date above
 * bit 32, its id below (see the schema). Undated articles sort last. */
static int64_t fts_key(const char *iso, int64_t id)
{
	int64_t day = 0;
	if (iso && iso[0]) {
		int y = atoi(iso), m = atoi(iso + 5), d = atoi(iso + 8);
		day = (int64_t)y * 372 + m * 31 + d;
	}
	return (day << 32) | (id & 0xffffffffLL);
}

int64_t store_article_put(struct store *s, const char *relpath, const struct article *a,
			  int64_t size, int64_t mtime_ns)
{
	if (store_begin(s) < 0)
		return -1;
	char hex[17];
	hash64_hex(a->hash, hex);
	/* The front matter's tags are the article's the first time its path
	 * is seen: a tag the user removes later stays removed. */
	int fresh = 0;
	if (a->ntags) {
		sqlite3_stmt *q = store_prep(s, "SELECT 1 FROM articles WHERE path = ?1");
		if (!q)
			goto fail;
		sqlite3_bind_text(q, 1, relpath, -1, SQLITE_TRANSIENT);
		fresh = sqlite3_step(q) == SQLITE_DONE;
		sqlite3_finalize(q);
	}
	sqlite3_stmt *st = store_prep(s,
		"INSERT INTO articles(path, hash, size, mtime_ns, title, source, date, author, license, present) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1) "
		"ON CONFLICT(path) DO UPDATE SET hash = ?2, size = ?3, mtime_ns = ?4, title = ?5, "
		"source = ?6, date = ?7, author = ?8, license = ?9, present = 1 "
		"RETURNING id");
	if (!st)
		goto fail;
	sqlite3_bind_text(st, 1, relpath, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, hex, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, size);
	sqlite3_bind_int64(st, 4, mtime_ns);
	store_bind_text(st, 5, a->title);
	store_bind_text(st, 6, a->meta[ART_SOURCE]);
	/* The sortable date: the header's when it is ISO, else what was found. */
	store_bind_text(st, 7, a->iso_date[0] ? a->iso_date : a->meta[ART_DATE]);
	store_bind_text(st, 8, a->meta[ART_AUTHOR]);
	store_bind_text(st, 9, a->meta[ART_LICENSE]);
	int64_t id = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (id < 0) {
		store_fail(s, "article");
		goto fail;
	}
	int64_t key = fts_key(a->iso_date, id);
	st = store_prep(s, "DELETE FROM articles_fts WHERE rowid = (SELECT fts_rowid FROM articles WHERE id = ?)");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	if (store_step_done(s, st, "search index") < 0)
		goto fail;
	st = store_prep(s, "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, key);
	store_bind_text(st, 2, a->title);
	/* The index takes the head of a long body (STORE_FTS_MAX), cut
	 * before a UTF-8 continuation byte. */
	size_t blen = a->len - a->body;
	if (blen > STORE_FTS_MAX) {
		blen = STORE_FTS_MAX;
		while (blen > 0 && ((unsigned char)a->text[a->body + blen] & 0xc0) == 0x80)
			blen--;
	}
	/* The text as read: for Markdown, markup and addresses blanked. */
	sqlite3_bind_text(st, 3, a->text + a->body, (int)blen, SQLITE_STATIC);
	if (store_step_done(s, st, "search index") < 0)
		goto fail;
	st = store_prep(s, "UPDATE articles SET fts_rowid = ?2 WHERE id = ?1");
	if (!st)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, key);
	if (store_step_done(s, st, "search index") < 0)
		goto fail;
	for (size_t i = 0; fresh && i < a->ntags; i++)
		if (store_tag_valid(a->tags[i]) && store_article_tag(s, id, a->tags[i]) < 0)
			goto fail;
	if (store_commit(s) < 0)
		return -1;
	return id;
fail:
	store_rollback(s);
	return -1;
}

static int update_id(struct store *s, const char *sql, int64_t id, int64_t a, int64_t b, const char *text)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, sql);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (text)
		sqlite3_bind_text(st, 2, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_int64(st, 2, a);
	sqlite3_bind_int64(st, 3, b);
	return store_step_done(s, st, "article");
}

int store_article_touch(struct store *s, int64_t id, int64_t size, int64_t mtime_ns)
{
	return update_id(s, "UPDATE articles SET size = ?2, mtime_ns = ?3, present = 1 WHERE id = ?1", id, size, mtime_ns, NULL);
}

int store_article_rename(struct store *s, int64_t id, const char *relpath)
{
	return update_id(s, "UPDATE articles SET path = ?2, present = 1 WHERE id = ?1", id, 0, 0, relpath);
}

int store_article_set_present(struct store *s, int64_t id, int present)
{
	return update_id(s, "UPDATE articles SET present = ?2 WHERE id = ?1", id, present, 0, NULL);
}

int store_article_set_read(struct store *s, int64_t id, int read)
{
	return update_id(s, "UPDATE articles SET read = ?2 WHERE id = ?1", id, read, 0, NULL);
}

int store_article_set_position(struct store *s, int64_t id, int64_t position)
{
	return update_id(s, "UPDATE articles SET position = ?2 WHERE id = ?1", id, position, 0, NULL);
}

int store_articles(struct store *s, const char *tag, long limit, store_article_fn fn, void *ctx)
{
	struct sb q = SB_INIT;
	sb_adds(&q, "SELECT " ARTICLE_COLS " FROM articles a WHERE a.present = 1");
	if (tag)
		sb_adds(&q, " AND a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
			    "ON t.id = at.tag_id WHERE t.name = ?1 UNION "
			    "SELECT n.article_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
			    "JOIN notes n ON n.id = nt.note_id WHERE t.name = ?1 AND n.deleted_at IS NULL)");
	sb_adds(&q, " ORDER BY a.present, a.date DESC, a.title LIMIT ?2");
	sqlite3_stmt *st = store_prep(s, q.s);
	sb_release(&q);
	if (!st)
		return -1;
	if (tag)
		sqlite3_bind_text(st, 1, tag, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_article a = { 0 };
		article_row(st, &a);
		int stop = fn(&a, ctx);
		store_article_clear(&a);
		if (stop)
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "articles");
	return 0;
}

int store_articles_stat(struct store *s, store_article_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, "SELECT id, path, hash, size, mtime_ns, present FROM articles");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_article a = { 0 };
		a.id = sqlite3_column_int64(st, 0);
		a.path = (char *)sqlite3_column_text(st, 1);
		const unsigned char *h = sqlite3_column_text(st, 2);
		snprintf(a.hash, sizeof a.hash, "%s", h ? (const char *)h : "");
		a.size = sqlite3_column_int64(st, 3);
		a.mtime_ns = sqlite3_column_int64(st, 4);
		a.present = sqlite3_column_int(st, 5);
		if (fn(&a, ctx))
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "articles");
	return 0;
}

/* ---- folders ---- */

int store_dirs(struct store *s, store_dir_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, "SELECT path, mtime_ns FROM dirs");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(st, 0);
		if (fn(path ? path : "", sqlite3_column_int64(st, 1), ctx))
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "dirs");
	return 0;
}

int store_dirs_set(struct store *s, const char *const *paths, const int64_t *mtime_ns, size_t n)
{
	if (store_begin(s) < 0)
		return -1;
	if (exec(s, "DELETE FROM dirs") < 0)
		goto fail;
	sqlite3_stmt *st = store_prep(s, "INSERT OR REPLACE INTO dirs(path, mtime_ns) VALUES (?, ?)");
	if (!st)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_text(st, 1, paths[i], -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, mtime_ns[i]);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			store_fail(s, "dirs");
			goto fail;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return store_commit(s);
fail:
	store_rollback(s);
	return -1;
}

/* ---- refused files ---- */

int store_refused(struct store *s, store_refused_fn fn, void *ctx)
{
	sqlite3_stmt *st = store_prep(s, "SELECT path, size, mtime_ns FROM refused");
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(st, 0);
		if (fn(path ? path : "", sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2), ctx))
			break;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(s, "refused");
	return 0;
}

int store_refused_set(struct store *s, const char *path, int64_t size, int64_t mtime_ns, const char *why)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "INSERT OR REPLACE INTO refused(path, size, mtime_ns, why) VALUES (?, ?, ?, ?)");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, size);
	sqlite3_bind_int64(st, 3, mtime_ns);
	sqlite3_bind_text(st, 4, why ? why : "", -1, SQLITE_TRANSIENT);
	return store_step_done(s, st, "refused");
}

int store_refused_forget(struct store *s, const char *path)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "DELETE FROM refused WHERE path = ?");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
	return store_step_done(s, st, "refused");
}

/* ---- search ---- */

/* Appends s with each run of blanks and line ends made one space: a
 * snippet is one line (a Markdown article's index has blanks where its
 * markup was). */
static void add_line(struct sb *b, const char *s)
{
	for (; s && *s; s++) {
		char c = *s == '\n' || *s == '\t' || *s == '\r' ? ' ' : *s;
		if (!(c == ' ' && b->len && b->s[b->len - 1] == ' '))
			sb_addc(b, c);
	}
}

/* Calls fn with the hit of row st (its first columns: the article's id,
 * path and title); returns fn's answer. */
static int hit(sqlite3_stmt *st, const char *snippet, int in_note, store_hit_fn fn, void *ctx)
{
	struct store_hit h = {
		.article_id = sqlite3_column_int64(st, 0),
		.path = (const char *)sqlite3_column_text(st, 1),
		.title = (const char *)sqlite3_column_text(st, 2),
		.snippet = snippet,
		.in_note = in_note,
	};
	return fn(&h, ctx);
}

/* Notes have no index of their own: the live ones are put in a
 * temporary one with the articles' tokenizer for the search, so that a
 * query finds a note as it finds an article. */
static int match_notes(struct store *s, const char *fts, long limit, store_hit_fn fn, void *ctx)
{
	if (exec(s, "DROP TABLE IF EXISTS temp.notes_fts;"
		    "CREATE VIRTUAL TABLE temp.notes_fts USING fts5(quote, body, tokenize = 'gloss');"
		    "INSERT INTO temp.notes_fts(rowid, quote, body) "
		    "SELECT id, quote, body FROM notes WHERE deleted_at IS NULL") < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s,
		"SELECT a.id, a.path, a.title, n.quote, n.body FROM temp.notes_fts f "
		"JOIN notes n ON n.id = f.rowid JOIN articles a ON a.id = n.article_id "
		"WHERE notes_fts MATCH ?1 ORDER BY a.date DESC, n.start LIMIT ?2");
	int r = -1;
	if (st) {
		int rc;
		sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
		struct sb snip = SB_INIT;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			sb_reset(&snip);
			add_line(&snip, (const char *)sqlite3_column_text(st, 3));
			sb_adds(&snip, " — ");
			add_line(&snip, (const char *)sqlite3_column_text(st, 4));
			if (hit(st, snip.s, 1, fn, ctx)) {
				rc = SQLITE_DONE;
				break;
			}
		}
		sb_release(&snip);
		sqlite3_finalize(st);
		r = rc == SQLITE_DONE ? 0 : store_fail(s, "search");
	}
	if (exec(s, "DROP TABLE temp.notes_fts") < 0)
		r = -1;
	return r;
}

int store_search(struct store *s, const struct sq *query, long limit, store_hit_fn fn, void *ctx)
{
	char *q = sq_fts(query);
	sqlite3_stmt *st = store_prep(s,
		"SELECT a.id, a.path, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) "
		"FROM articles_fts CROSS JOIN articles a ON a.fts_rowid = articles_fts.rowid "
		"WHERE articles_fts MATCH ?1 AND a.present = 1 ORDER BY articles_fts.rowid DESC LIMIT ?2");
	if (!st) {
		free(q);
		return -1;
	}
	sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
	long count = 0;
	int rc, stopped = 0;
	struct sb snip = SB_INIT;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sb_reset(&snip);
		add_line(&snip, (const char *)sqlite3_column_text(st, 3));
		count++;
		if (hit(st, snip.s, 0, fn, ctx)) {
			stopped = 1;
			break;
		}
	}
	sb_release(&snip);
	sqlite3_finalize(st);
	int r = 0;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		r = store_fail(s, "search");
	else if (!stopped && (limit <= 0 || count < limit))
		r = match_notes(s, q, limit > 0 ? limit - count : 0, fn, ctx);
	free(q);
	return r;
}

/* ---- settings ---- */

int store_meta_get(struct store *s, const char *key, char **value)
{
	sqlite3_stmt *st = store_prep(s, "SELECT value FROM meta WHERE key = ?");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st), r = 0;
	if (rc == SQLITE_ROW) {
		*value = store_col_dup(st, 0);
		r = 1;
	} else if (rc != SQLITE_DONE) {
		r = store_fail(s, "meta");
	}
	sqlite3_finalize(st);
	return r;
}

int store_meta_set(struct store *s, const char *key, const char *value)
{
	if (store_check_writable(s) < 0)
		return -1;
	sqlite3_stmt *st = store_prep(s, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
					 "ON CONFLICT(key) DO UPDATE SET value = ?2");
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	store_bind_text(st, 2, value);
	return store_step_done(s, st, "meta");
}
