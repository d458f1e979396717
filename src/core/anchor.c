/* anchor.c -- quote/context/position anchoring and re-anchoring.
 *
 * Re-anchoring follows Hypothesis (dom-anchor-text-quote, approx-string-match):
 * every place the quote could be now is a candidate, scored on how well the
 * quote matches (edit distance), how well the 32 bytes before and after
 * match the stored context, and how far it is from the old place. Exact
 * quotes are candidates first; approximate ones come from Sellers'
 * algorithm (edit distance with a free start in the text, Ukkonen's
 * cut-off). A candidate must clear a threshold that depends on the quote's
 * length: a short quote ("Cho") needs its context to agree, or it could
 * land on any other mention. This module must never attach a note to a
 * passage it is not sure of: an orphan is always the safe answer.
 *
 * Everything is bytes: offsets snap outwards to UTF-8 boundaries. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "core.h"
#include "ustr.h"

void anchor_clear(struct anchor *a)
{
	free(a->quote);
	free(a->prefix);
	free(a->suffix);
	memset(a, 0, sizeof *a);
}

int anchor_boundary(const char *text, size_t len, size_t i)
{
	if (i == 0 || i >= len)
		return 1;
	if (((unsigned char)text[i] & 0xC0) != 0x80)
		return 1;
	/* A continuation byte: inside a sequence only when a valid one that
	 * starts before i covers it; a stray one after a whole character
	 * (or after another stray byte) starts nothing and splits nothing. */
	size_t j = i;
	while (j > 0 && i - j < 3 && ((unsigned char)text[j - 1] & 0xC0) == 0x80)
		j--;
	if (j == 0 || ((unsigned char)text[j - 1] & 0xC0) == 0x80)
		return 1;
	int32_t cp;
	return (size_t)ustr_decode(text + j - 1, len - (j - 1), &cp) <= i - (j - 1);
}

int anchor_make(const char *text, size_t len, size_t start, size_t end, struct anchor *out)
{
	memset(out, 0, sizeof *out);
	if (start >= end)
		return err_set(_("the passage %zu:%zu is empty"), start, end);
	if (end > len)
		return err_set(_("the passage %zu:%zu ends after the article (%zu bytes)"), start, end, len);
	if (!anchor_boundary(text, len, start) || !anchor_boundary(text, len, end))
		return err_set(_("the passage %zu:%zu splits a UTF-8 character"), start, end);
	if (memchr(text + start, '\0', end - start))
		return err_set(_("the passage %zu:%zu has NUL bytes"), start, end);
	if (ustr_invalid_at(text + start, end - start) != end - start)
		return err_set(_("the passage %zu:%zu is not valid UTF-8"), start, end);
	/* Context stops at a NUL (it could not be stored as text) and never
	 * starts or ends inside a character. */
	size_t ps = start > ANCHOR_CONTEXT ? start - ANCHOR_CONTEXT : 0;
	while (ps < start && !anchor_boundary(text, len, ps))
		ps++;
	for (size_t i = start; i > ps; i--)
		if (text[i - 1] == '\0') {
			ps = i;
			break;
		}
	size_t se = end + ANCHOR_CONTEXT < len ? end + ANCHOR_CONTEXT : len;
	while (se > end && !anchor_boundary(text, len, se))
		se--;
	const char *nul = memchr(text + end, '\0', se - end);
	if (nul)
		se = (size_t)(nul - text);
	/* and keeps only the valid UTF-8 next to the quote, so that every
	 * export format can carry it */
	se = end + ustr_invalid_at(text + end, se - end);
	while (ps < start && ustr_invalid_at(text + ps, start - ps) != start - ps)
		ps++;
	out->start = start;
	out->end = end;
	out->quote = xstrndup(text + start, end - start);
	out->prefix = xstrndup(text + ps, start - ps);
	out->suffix = xstrndup(text + end, se - end);
	hash64_hex(hash64(text, len), out->hash);
	return 0;
}

void anchor_trim(char *prefix, char *suffix)
{
	size_t n;
	if (prefix && (n = strlen(prefix)) > ANCHOR_CONTEXT) {
		size_t off = n - ANCHOR_CONTEXT;
		while (off < n && !anchor_boundary(prefix, n, off))
			off++;
		memmove(prefix, prefix + off, n - off + 1);
	}
	if (suffix && (n = strlen(suffix)) > ANCHOR_CONTEXT) {
		size_t e = ANCHOR_CONTEXT;
		while (e > 0 && !anchor_boundary(suffix, n, e))
			e--;
		suffix[e] = '\0';
	}
}

static size_t count_from(const char *text, size_t len, size_t from, const char *q, size_t qn, size_t *first)
{
	size_t n = 0;
	const char *p = text + from, *end = text + len;
	while ((size_t)(end - p) >= qn) {
		const char *hit = memmem(p, (size_t)(end - p), q, qn);
		if (!hit)
			break;
		if (n++ == 0)
			*first = (size_t)(hit - text);
		p = hit + 1;
	}
	return n;
}

size_t anchor_find(const char *text, size_t len, size_t from, const char *quote, size_t *start)
{
	size_t qn = strlen(quote);
	if (qn == 0 || from > len)
		return 0;
	size_t n = count_from(text, len, from, quote, qn, start);
	if (n == 0 && from > 0)
		n = count_from(text, len, 0, quote, qn, start);
	return n;
}

/* Levenshtein distance of a and b (bytes). */
static size_t lev(const char *a, size_t an, const char *b, size_t bn)
{
	if (an == 0)
		return bn;
	if (bn == 0)
		return an;
	/* context is at most ANCHOR_CONTEXT bytes: no allocation for it */
	size_t small[2 * ANCHOR_CONTEXT + 1];
	size_t *row = bn < 2 * ANCHOR_CONTEXT + 1 ? small : xmalloc((bn + 1) * sizeof *row);
	for (size_t j = 0; j <= bn; j++)
		row[j] = j;
	for (size_t i = 1; i <= an; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= bn; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	size_t d = row[bn];
	if (row != small)
		free(row);
	return d;
}

/* How alike the stored context is to the text beside a candidate, 0..1.
 * An empty stored context (the note was at the very start or end) agrees
 * only with an empty one; otherwise it says nothing (0.5). */
static double ctx_sim(const char *want, const char *have, size_t hn)
{
	size_t wn = strlen(want);
	if (wn == 0)
		return hn == 0 ? 1.0 : 0.5;
	size_t d = lev(want, wn, have, hn);
	size_t mx = wn > hn ? wn : hn;
	return 1.0 - (double)d / (double)mx;
}

struct cand {
	size_t start, end;
	size_t dist;        /* edit distance of the quote */
	double q, ctx, pos, score;
};

static void score(const struct anchor *a, const char *text, size_t len, struct cand *c, size_t qn)
{
	size_t pn = strlen(a->prefix), sn = strlen(a->suffix);
	size_t ps = c->start > pn ? c->start - pn : 0;
	size_t se = c->end + sn < len ? c->end + sn : len;
	double p = ctx_sim(a->prefix, text + ps, c->start - ps);
	double s = ctx_sim(a->suffix, text + c->end, se - c->end);
	c->q = 1.0 - (double)c->dist / (double)qn;
	c->ctx = (p + s) / 2;
	size_t far = c->start > a->start ? c->start - a->start : a->start - c->start;
	c->pos = len ? 1.0 - (double)far / (double)(len > a->start ? len : a->start) : 1.0;
	if (c->pos < 0)
		c->pos = 0;
	/* Hypothesis's weights: quote 50, prefix 20, suffix 20, position 2. */
	c->score = (50 * c->q + 40 * c->ctx + 2 * c->pos) / 92;
}

/* The threshold. Long exact quotes are specific enough on their own; short
 * ones and approximate ones need their context to agree. */
static int acceptable(const struct cand *c, size_t qn)
{
	if (c->dist == 0)
		return qn >= ANCHOR_CONTEXT || c->ctx >= 0.5;
	if (c->q < 0.75)
		return 0;
	return c->ctx >= 0.5 || (qn >= 64 && c->q >= 0.9);
}

/* Keeps the best max candidates by distance (then nearness). */
struct cands {
	struct cand *v;
	size_t n, cap, max;
};

static void cands_add(struct cands *cs, size_t end, size_t dist)
{
	if (cs->n == cs->max) {
		/* full: replace the worst when this one is better */
		size_t worst = 0;
		for (size_t i = 1; i < cs->n; i++)
			if (cs->v[i].dist > cs->v[worst].dist)
				worst = i;
		if (cs->v[worst].dist <= dist)
			return;
		cs->v[worst].end = end;
		cs->v[worst].dist = dist;
		return;
	}
	XGROW(cs->v, cs->cap, cs->n + 1);
	memset(&cs->v[cs->n], 0, sizeof cs->v[0]);
	cs->v[cs->n].end = end;
	cs->v[cs->n].dist = dist;
	cs->n++;
}

/* Sellers: end offsets in text[lo, hi) where the quote matches with at
 * most k edits, one per run of neighbouring ends (the best of the run). */
static void sellers(const char *q, size_t m, const char *text, size_t lo, size_t hi, size_t k,
		    struct cands *cs)
{
	size_t *col = xmalloc((m + 1) * sizeof *col);
	for (size_t i = 0; i <= m; i++)
		col[i] = i;
	size_t last = k < m ? k : m;   /* last row whose value is <= k */
	size_t run_end = 0, run_dist = SIZE_MAX;
	int in_run = 0;
	for (size_t j = lo; j < hi; j++) {
		unsigned char c = (unsigned char)text[j];
		size_t diag = col[0];
		col[0] = 0;
		size_t lim = last + 1 < m ? last + 1 : m;
		for (size_t i = 1; i <= lim; i++) {
			size_t up = col[i];
			size_t best = diag + ((unsigned char)q[i - 1] != c);
			if (up + 1 < best)
				best = up + 1;
			if (col[i - 1] + 1 < best)
				best = col[i - 1] + 1;
			col[i] = best;
			diag = up;
		}
		/* Rows past lim keep stale values, all > k when they were
		 * left, which is all the next column needs of them. */
		last = lim;
		while (last > 0 && col[last] > k)
			last--;
		if (col[m] <= k) {
			if (!in_run || col[m] < run_dist) {
				run_dist = col[m];
				run_end = j + 1;
			}
			in_run = 1;
		} else if (in_run) {
			cands_add(cs, run_end, run_dist);
			in_run = 0;
			run_dist = SIZE_MAX;
		}
	}
	if (in_run)
		cands_add(cs, run_end, run_dist);
	free(col);
}

/* Edit distances of the quote against the text next to a fixed edge:
 * row[l] = distance between q and the l bytes before `edge` (dir < 0) or
 * after it (dir > 0), for l = 0..w. Caller frees. */
static size_t *edge_row(const char *q, size_t m, const char *text, size_t edge, size_t w, int dir)
{
	size_t *row = xmalloc((w + 1) * sizeof *row);
	for (size_t l = 0; l <= w; l++)
		row[l] = l;
	for (size_t i = 1; i <= m; i++) {
		size_t diag = row[0];
		row[0] = i;
		unsigned char qc = (unsigned char)(dir < 0 ? q[m - i] : q[i - 1]);
		for (size_t l = 1; l <= w; l++) {
			size_t up = row[l];
			unsigned char tc = (unsigned char)(dir < 0 ? text[edge - l] : text[edge + l - 1]);
			size_t best = diag + (qc != tc);
			if (up + 1 < best)
				best = up + 1;
			if (row[l - 1] + 1 < best)
				best = row[l - 1] + 1;
			row[l] = best;
			diag = up;
		}
	}
	return row;
}

/* Moves one edge of candidate c (its start when dir < 0, else its end)
 * to where the quote and the context on that side agree best: plain edit
 * distance alone would cut "joint declaration" to "joint de", closer in
 * letters to "joint statement". */
static void refine(const struct anchor *a, const char *q, size_t m, const char *text, size_t len,
		   size_t lo, size_t hi, struct cand *c, size_t k, int dir)
{
	size_t edge = dir < 0 ? c->end : c->start;
	size_t room = dir < 0 ? edge - lo : hi - edge;
	size_t w = m + k < room ? m + k : room;
	size_t *row = edge_row(q, m, text, edge, w, dir);
	const char *ctx = dir < 0 ? a->prefix : a->suffix;
	size_t cn = strlen(ctx);
	/* the stored quote's own edge: a passage that did not start (end)
	 * with a space should not start (end) with one now */
	unsigned char qe = (unsigned char)(dir < 0 ? q[0] : q[m - 1]);
	int q_space = qe == ' ' || qe == '\n' || qe == '\t' || qe == '\r';
	double best = -1;
	size_t bl = 0;
	for (size_t l = 1; l <= w; l++) {
		size_t pos = dir < 0 ? edge - l : edge + l;
		if (row[l] > k || !anchor_boundary(text, len, pos))
			continue;
		/* edits in the quote and edits in the context count alike */
		size_t cd;
		unsigned char te;
		if (dir < 0) {
			size_t ps = pos > cn ? pos - cn : 0;
			cd = cn ? lev(ctx, cn, text + ps, pos - ps) : 0;
			te = (unsigned char)text[pos];
		} else {
			size_t se = pos + cn < len ? pos + cn : len;
			cd = cn ? lev(ctx, cn, text + pos, se - pos) : 0;
			te = (unsigned char)text[pos - 1];
		}
		int t_space = te == ' ' || te == '\n' || te == '\t' || te == '\r';
		double cost = (double)(row[l] + cd) + (t_space != q_space ? 0.5 : 0);
		double v = 1e9 - cost;
		size_t dl = l > m ? l - m : m - l, db = bl > m ? bl - m : m - bl;
		if (v > best + 1e-9 || (v > best - 1e-9 && dl < db)) {
			best = v;
			bl = l;
		}
	}
	if (best >= 0) {
		c->dist = row[bl];
		if (dir < 0)
			c->start = edge - bl;
		else
			c->end = edge + bl;
	}
	free(row);
}

static void snap(const char *text, size_t len, struct cand *c)
{
	while (c->start > 0 && !anchor_boundary(text, len, c->start))
		c->start--;
	while (c->end < len && !anchor_boundary(text, len, c->end))
		c->end++;
}

/* Sellers is O(k n); past this many cells only a window around the old
 * place is searched. */
#define FUZZY_BUDGET 200000000.0
/* refine() fills two edge rows of m (m + k) cells per candidate; the
 * candidates refined together stay below this many cells. */
#define REFINE_BUDGET 50000000.0

static void resolve(const struct anchor *a, const char *text, size_t len, const char *hash,
		    struct anchor_match *m);

void anchor_resolve(const struct anchor *a, const char *text, size_t len, const char *hash,
		    struct anchor_match *m)
{
	if ((!a->prefix || strlen(a->prefix) <= ANCHOR_CONTEXT) && (!a->suffix || strlen(a->suffix) <= ANCHOR_CONTEXT)) {
		resolve(a, text, len, hash, m);
		return;
	}
	/* context is compared by edit distance: a long one is cut first */
	struct anchor b = *a;
	b.prefix = xstrdup(a->prefix ? a->prefix : "");
	b.suffix = xstrdup(a->suffix ? a->suffix : "");
	anchor_trim(b.prefix, b.suffix);
	resolve(&b, text, len, hash, m);
	free(b.prefix);
	free(b.suffix);
}

static void resolve(const struct anchor *a, const char *text, size_t len, const char *hash,
		    struct anchor_match *m)
{
	memset(m, 0, sizeof *m);
	m->how = ANCHOR_ORPHAN;
	size_t qn = a->quote ? strlen(a->quote) : 0;
	if (qn == 0)
		return;
	if (hash && strcmp(hash, a->hash) == 0 && a->end <= len && a->end - a->start == qn &&
	    a->start < a->end && memcmp(text + a->start, a->quote, qn) == 0) {
		m->how = ANCHOR_SAME;
		m->start = a->start;
		m->end = a->end;
		m->score = 1.0;
		return;
	}
	struct cands cs = { NULL, 0, 0, SIZE_MAX };
	struct cand best = { 0 };
	int have = 0;
	/* 1. the exact quote, wherever it is, scored from the old place
	 * outwards (the nearer first when two are as far): the first whose
	 * context agrees in full cannot be beaten by one further away, so
	 * an edit elsewhere in a text that repeats the quote costs little. */
	size_t *hits = NULL, nh = 0, hcap = 0, right = 0;
	for (const char *p = text; (size_t)(text + len - p) >= qn;) {
		const char *hit = memmem(p, (size_t)(text + len - p), a->quote, qn);
		if (!hit)
			break;
		XGROW(hits, hcap, nh + 1);
		hits[nh++] = (size_t)(hit - text);
		if (hits[nh - 1] < a->start)
			right = nh;
		p = hit + 1;
	}
	for (size_t left = right; left > 0 || right < nh;) {
		size_t dl = left > 0 ? a->start - hits[left - 1] : SIZE_MAX;
		size_t dr = right < nh ? hits[right] - a->start : SIZE_MAX;
		struct cand c = { 0 };
		c.start = dl <= dr ? hits[--left] : hits[right++];
		c.end = c.start + qn;
		score(a, text, len, &c, qn);
		if (acceptable(&c, qn) && (!have || c.score > best.score ||
					   (c.score == best.score && c.start < best.start))) {
			best = c;
			have = 1;
		}
		if (have && best.q == 1.0 && best.ctx == 1.0 && c.start == best.start)
			break;
	}
	free(hits);
	if (have) {
		m->how = ANCHOR_EXACT;
		goto found;
	}
	/* 2. approximate matches, at most a quarter of the quote edited */
	size_t k = qn / 4;
	if (k == 0)
		goto out;
	size_t lo = 0, hi = len;
	if ((double)k * (double)len > FUZZY_BUDGET) {
		size_t win = (size_t)(FUZZY_BUDGET / (double)k) / 2;
		lo = a->start > win ? a->start - win : 0;
		hi = a->start + win < len ? a->start + win : len;
	}
	double per = 2.0 * (double)qn * (double)(qn + k);
	if (per > REFINE_BUDGET)
		goto out;
	cs.max = REFINE_BUDGET / per < 64 ? (size_t)(REFINE_BUDGET / per) : 64;
	sellers(a->quote, qn, text, lo, hi, k, &cs);
	for (size_t i = 0; i < cs.n; i++) {
		struct cand *c = &cs.v[i];
		c->start = c->end;
		refine(a, a->quote, qn, text, len, lo, hi, c, k, -1);
		refine(a, a->quote, qn, text, len, lo, hi, c, k, +1);
		snap(text, len, c);
		if (c->end <= c->start || memchr(text + c->start, '\0', c->end - c->start))
			continue;
		score(a, text, len, c, qn);
		if (acceptable(c, qn) && (!have || c->score > best.score)) {
			best = *c;
			have = 1;
		}
	}
	if (!have)
		goto out;
	m->how = ANCHOR_FUZZY;
found:
	m->start = best.start;
	m->end = best.end;
	m->score = best.score;
out:
	free(cs.v);
}

const char *anchor_how_name(enum anchor_how how)
{
	static const char *const names[] = { "same", "exact", "fuzzy", "orphan" };
	return (unsigned)how < 4 ? names[how] : "?";
}
