/* ops-passage.c -- corrections of one mention (ops.h): `gloss entity set
 * --at FILE:START:END TYPE`, `gloss entity unset --at ...`, and the
 * reader's key that cycles the type of the mention under the cursor.
 *
 * A correction of a passage is anchored as a note is (anchor.h) and found
 * again the same way when the article changes: re-anchoring moves it only
 * when anchor.c is sure, else it becomes an orphan, listed but not
 * applied. Applied after the engine ran (ops_passages_apply), it wins over
 * the rules and over the corrections of a text, for that passage only. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "anchor.h"
#include "article.h"
#include "core.h"
#include "hl-impl.h"
#include "json.h"
#include "library.h"
#include "ops.h"
#include "ops-internal.h"
#include "store-notes.h"
#include "store.h"
#include "store-passages.h"

/* The id of the article at relpath in the sidecar, or -1 with the error set. */
static int64_t article_id_of(struct library *l, const char *relpath)
{
	struct store_article sa = { 0 };
	int r = store_article_get(l->store, relpath, &sa);
	if (r <= 0)
		return r < 0 ? -1 : err_set(_("%s: not an article of the library"), relpath);
	int64_t id = sa.id;
	store_article_clear(&sa);
	return id;
}

/* ---- undo: the article's corrections before and after ---- */

static const char *type_name(enum hl_type t)
{
	return t == HL_IGNORE ? "IGNORE" : hl_type_name(t);
}

char *ops_passage_snapshot(struct library *l, int64_t article_id)
{
	struct store_passage_list v = { 0 };
	if (store_passages(l->store, article_id, &v) < 0)
		return NULL;
	struct sb b = SB_INIT;
	sb_adds(&b, "[");
	for (size_t i = 0; i < v.n; i++) {
		const struct store_passage *p = &v.v[i];
		sb_addf(&b, "%s{\"start\":%zu,\"end\":%zu,\"orphan\":%d,\"type\":\"%s\",\"hash\":", i ? "," : "",
			p->start, p->end, p->orphan, type_name(p->type));
		sb_add_json(&b, p->hash, strlen(p->hash));
		sb_adds(&b, ",\"quote\":");
		sb_add_json(&b, p->quote, strlen(p->quote));
		sb_adds(&b, ",\"prefix\":");
		sb_add_json(&b, p->prefix, strlen(p->prefix));
		sb_adds(&b, ",\"suffix\":");
		sb_add_json(&b, p->suffix, strlen(p->suffix));
		sb_adds(&b, "}");
	}
	sb_adds(&b, "]");
	store_passage_list_clear(&v);
	return sb_detach(&b);
}

int ops_passage_restore(struct library *l, int64_t article_id, const char *snapshot)
{
	json_t *j = json_read(snapshot, strlen(snapshot));
	if (!j || !json_is_array(j)) {
		json_decref(j);
		return err_set(_("the undo log entry for the corrections of article %lld is damaged"),
			       (long long)article_id);
	}
	int r = store_passage_del(l->store, article_id, 0, 0) < 0 ? -1 : 0;
	for (size_t i = 0; r == 0 && i < json_array_size(j); i++) {
		const json_t *o = json_array_get(j, i);
		int64_t start, end, orphan = 0;
		const char *type = json_member_str(o, "type");
		int t = type && strcmp(type, "IGNORE") == 0 ? (int)HL_IGNORE : hl_type_parse(type);
		struct store_passage p = {
			.article_id = article_id, .quote = (char *)json_member_str(o, "quote"),
			.prefix = (char *)json_member_str(o, "prefix"), .suffix = (char *)json_member_str(o, "suffix"),
		};
		const char *hash = json_member_str(o, "hash");
		if (json_member_int(o, "start", &start) < 0 || json_member_int(o, "end", &end) < 0 || start < 0 ||
		    end <= start || t < 0 || !p.quote || !hash) {
			r = err_set(_("the undo log entry for the corrections of article %lld is damaged"),
				    (long long)article_id);
			break;
		}
		json_member_int(o, "orphan", &orphan);
		p.start = (size_t)start;
		p.end = (size_t)end;
		p.type = (enum hl_type)t;
		snprintf(p.hash, sizeof p.hash, "%s", hash);
		int64_t id = store_passage_put(l->store, &p);
		if (id < 0 || (orphan && store_passage_set_anchor(l->store, id, 0, 0, NULL, NULL, NULL, NULL, 1) < 0))
			r = -1;
	}
	json_decref(j);
	return r;
}

/* Does write (a store_passage_put or _del) on the corrections of
 * article_id, with its undo entry, in one transaction. */
static int64_t logged(struct library *l, int64_t article_id, int64_t (*write)(struct library *, void *), void *ctx)
{
	if (store_begin(l->store) < 0)
		return -1;
	char *before = ops_passage_snapshot(l, article_id);
	int64_t r = before ? write(l, ctx) : -1;
	if (r < 0 || (r > 0 && store_undo_push(l->store, OPS_PASSAGE, article_id, before) < 0)) {
		free(before);
		return fail_rollback(l);
	}
	free(before);
	return store_commit(l->store) < 0 ? -1 : r;
}

static int64_t put(struct library *l, void *ctx)
{
	return store_passage_put(l->store, ctx);
}

struct del {
	int64_t article_id;
	size_t start, end;
};

static int64_t del(struct library *l, void *ctx)
{
	struct del *d = ctx;
	return store_passage_del(l->store, d->article_id, d->start, d->end);
}

int ops_passage_path_ok(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (!lib_article_file(base))
		return err_set(_("%s: not an article of a library (a .txt or .md file)"), path);
	for (const char *c = path; *c; c = strchr(c, '/') ? strchr(c, '/') + 1 : c + strlen(c)) {
		size_t n = strcspn(c, "/");
		int dots = (n == 1 && c[0] == '.') || (n == 2 && c[0] == '.' && c[1] == '.');
		if (c[0] == '.' && !dots)
			return err_set(_("%s: a hidden file is not an article of the library"), path);
	}
	return 0;
}

int64_t ops_passage_set(struct library *l, const char *relpath, const struct article *a, size_t start,
			size_t end, enum hl_type type)
{
	if ((int)type < 0 || type > HL_IGNORE)
		return err_set(_("a passage is corrected to person, place, date or none"));
	if (ops_passage_path_ok(relpath) < 0)
		return -1;
	int64_t article_id = article_id_of(l, relpath);
	if (article_id < 0)
		return -1;
	struct article *own;
	const struct article *art = ops_text_of(l, relpath, a, &own);
	if (!art)
		return -1;
	struct anchor an = { 0 };
	int64_t id = -1;
	if (start < art->body && end > 0) {
		err_set(_("%s: %zu:%zu is in the header, not the text (the text starts at %zu)"), relpath, start,
			end, art->body);
	} else if (end > art->len || start >= end) {
		err_set(_("%s: %zu:%zu is not a passage of the file (it has %zu bytes)"), relpath, start, end,
			art->len);
	} else if (anchor_make(art->data, art->len, start, end, &an) < 0) {
		char *m = xstrdup(err_msg());
		err_set("%s: %s", relpath, m);
		free(m);
	} else {
		struct store_passage p = {
			.article_id = article_id, .start = an.start, .end = an.end, .quote = an.quote,
			.prefix = an.prefix, .suffix = an.suffix, .type = type,
		};
		memcpy(p.hash, an.hash, sizeof p.hash);
		/* the other corrections as they are now, for the undo entry */
		struct store_passage_list cur = { 0 };
		if (ops_passages(l, relpath, NULL, &cur) == 0)
			id = logged(l, article_id, put, &p);
		store_passage_list_clear(&cur);
	}
	anchor_clear(&an);
	art_free(&own);
	return id;
}

int ops_passage_unset(struct library *l, const char *relpath, size_t start, size_t end)
{
	int64_t article_id = article_id_of(l, relpath);
	if (article_id < 0)
		return -1;
	if (end && end <= start)
		return err_set(_("%s: %zu:%zu is not a passage"), relpath, start, end);
	/* the ranges asked about are today's: bring the anchors up to date */
	struct store_passage_list cur = { 0 };
	if (ops_passages(l, relpath, NULL, &cur) < 0)
		return -1;
	store_passage_list_clear(&cur);
	struct del d = { article_id, start, end };
	return (int)logged(l, article_id, del, &d);
}

/* Finds p again in text (len bytes, hash hex) and updates it in memory.
 * Returns 1 when it moved or changed state, 0 when not. */
static int resolve(struct store_passage *p, const char *text, size_t len, const char *hex)
{
	if (strcmp(p->hash, hex) == 0)
		return 0;
	struct anchor old = { p->start, p->end, p->quote, p->prefix, p->suffix, { 0 } };
	memcpy(old.hash, p->hash, sizeof old.hash);
	struct anchor_match m;
	anchor_resolve(&old, text, len, hex, &m);
	struct anchor an = { 0 };
	if (m.how == ANCHOR_ORPHAN || anchor_make(text, len, m.start, m.end, &an) < 0) {
		/* keeps its old hash and range: tried again when the text changes */
		int was = p->orphan;
		p->orphan = 1;
		return !was;
	}
	free(p->quote);
	free(p->prefix);
	free(p->suffix);
	p->start = an.start;
	p->end = an.end;
	p->quote = an.quote;
	p->prefix = an.prefix;
	p->suffix = an.suffix;
	memcpy(p->hash, an.hash, sizeof p->hash);
	p->orphan = 0;
	return 1;
}

/* Re-anchors the corrections v[0..n) (all of one article, relpath) to the
 * article's text now, writing what changed. */
static int reanchor(struct library *l, struct store_passage *v, size_t n, const char *relpath)
{
	if (n == 0)
		return 0;
	/* the sidecar knows the file's hash (brought up to date when its size
	 * or mtime changed): the file is read only when some anchor is stale */
	struct store_article sa = { 0 };
	if (lib_refresh(l, relpath) >= 0 && store_article_get(l->store, relpath, &sa) > 0) {
		size_t stale = 0;
		for (size_t i = 0; i < n; i++)
			stale += strcmp(v[i].hash, sa.hash) != 0;
		store_article_clear(&sa);
		if (!stale)
			return 0;
	}
	struct article *art;
	ops_text_of(l, relpath, NULL, &art);
	if (!art)
		return 0;   /* gone or unreadable: kept as they are */
	char hex[17];
	hash64_hex(art->hash, hex);
	int r = 0, began = 0;
	for (size_t i = 0; i < n && r == 0; i++) {
		if (!resolve(&v[i], art->data, art->len, hex) || store_readonly(l->store))
			continue;
		if (!began && (r = store_begin(l->store)) < 0)
			break;
		began = 1;
		r = v[i].orphan ? store_passage_set_anchor(l->store, v[i].id, 0, 0, NULL, NULL, NULL, NULL, 1)
			: store_passage_set_anchor(l->store, v[i].id, v[i].start, v[i].end, v[i].quote,
						   v[i].prefix, v[i].suffix, v[i].hash, 0);
	}
	if (began) {
		if (r < 0)
			store_rollback(l->store);
		else
			r = store_commit(l->store);
	}
	art_free(&art);
	return r;
}

int ops_passages(struct library *l, const char *relpath, const struct article *a,
		 struct store_passage_list *out)
{
	size_t first = out->n;
	int r = relpath ? store_passages_of(l->store, relpath, out) : store_passages(l->store, 0, out);
	if (r < 0)
		return -1;
	(void)a;
	/* per article: the rows come grouped by path */
	for (size_t i = first; i < out->n;) {
		size_t j = i;
		while (j < out->n && out->v[j].article_id == out->v[i].article_id)
			j++;
		if (reanchor(l, out->v + i, j - i, out->v[i].path) < 0)
			return -1;
		i = j;
	}
	return 0;
}

struct ops_sidecars {
	char *db;           /* the path of the sidecar opened last, or NULL */
	struct store *s;    /* it, read-only; NULL when it is not there */
};

struct ops_sidecars *ops_sidecars_new(void)
{
	return xcalloc(1, sizeof(struct ops_sidecars));
}

void ops_sidecars_free(struct ops_sidecars **pc)
{
	struct ops_sidecars *c = *pc;
	if (!c)
		return;
	store_close(&c->s);
	free(c->db);
	free(c);
	*pc = NULL;
}

int ops_passages_for_file(struct ops_sidecars *c, const char *file, const char *db_path, const char *data,
			  size_t len, struct store_passage_list *out)
{
	if (!file || strcmp(file, "-") == 0)
		return 0;
	char *rel = NULL;
	char *db = lib_sidecar_for(file, db_path, &rel);
	if (!rel) {
		free(db);
		return 0;
	}
	/* Read, never created: no sidecar, no corrections. The files of one
	 * library share one: it stays open for the next file. */
	if (!c->db || strcmp(c->db, db) != 0) {
		store_close(&c->s);
		free(c->db);
		c->db = db;
		c->s = access(db, F_OK) == 0 ? store_open(db, STORE_READONLY) : NULL;
	} else {
		free(db);
	}
	int r = c->s ? store_passages_of(c->s, rel, out) : 0;
	free(rel);
	if (r < 0 || out->n == 0)
		return r;
	char hex[17];
	hash64_hex(hash64(data, len), hex);
	for (size_t i = 0; i < out->n; i++)
		resolve(&out->v[i], data, len, hex);
	return 0;
}

/* The live corrections of f within [lo, hi), sorted by start, those that
 * overlap an earlier one left out; caller frees. */
static const struct store_passage **usable(const struct store_passage_list *f, size_t lo, size_t hi, size_t *n)
{
	const struct store_passage **v = xmalloc((f->n + 1) * sizeof *v);
	*n = 0;
	for (size_t i = 0; i < f->n; i++)
		if (!f->v[i].orphan && f->v[i].start >= lo && f->v[i].end <= hi)
			v[(*n)++] = &f->v[i];
	/* insertion sort: an article has few */
	for (size_t i = 1; i < *n; i++)
		for (size_t j = i; j > 0 && v[j - 1]->start > v[j]->start; j--) {
			const struct store_passage *t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	size_t k = 0;
	for (size_t i = 0; i < *n; i++)
		if (k == 0 || v[i]->start >= v[k - 1]->end)
			v[k++] = v[i];
	*n = k;
	return v;
}

void ops_passages_apply(const struct store_passage_list *f, const char *data, size_t lo, size_t hi,
			struct hl_spans *sp)
{
	if (!f || f->n == 0)
		return;
	size_t nf;
	const struct store_passage **fx = usable(f, lo, hi, &nf);
	if (nf == 0) {
		free(fx);
		return;
	}
	/* the spans a correction overlaps are the correction's: dropped */
	size_t keep = 0;
	for (size_t i = 0, k = 0; i < sp->n; i++) {
		struct hl_span *s = &sp->v[i];
		while (k < nf && fx[k]->end <= s->start)
			k++;
		if (k >= nf || fx[k]->start >= s->end)
			sp->v[keep++] = *s;
	}
	/* then the rest and the corrections, merged by start */
	struct hl_spans out = { .strs = sp->strs };  /* the strings stay with the list */
	for (size_t i = 0, k = 0; i < keep || k < nf;) {
		XGROW(out.v, out.cap, out.n + 1);
		if (k == nf || (i < keep && sp->v[i].start < fx[k]->start)) {
			out.v[out.n++] = sp->v[i++];
			continue;
		}
		const struct store_passage *c = fx[k++];
		if (c->type == HL_IGNORE)
			continue;
		struct hl_span *n = &out.v[out.n++];
		n->start = c->start;
		n->end = c->end;
		n->type = c->type;
		n->key = hl_spans_key(&out, data + c->start, c->end - c->start);
		n->value = NULL;
		n->deictic = 0;
	}
	free(sp->v);
	*sp = out;
	free(fx);
}

int ops_passage_is(const struct store_passage_list *f, const struct hl_span *s)
{
	for (size_t i = 0; f && i < f->n; i++)
		if (!f->v[i].orphan && f->v[i].start == s->start && f->v[i].end == s->end)
			return 1;
	return 0;
}

void ops_passage_list_clear(struct store_passage_list *f)
{
	store_passage_list_clear(f);
}
