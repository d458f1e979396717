/* doc.c -- the reader's model of one article (see doc.h).
 *
 * It must never read a big file from start to end before the first screen,
 * nor for G: paragraphs are found forward from where the scan stopped, only
 * when the reader asks for one it does not have yet, and the last ones
 * backward from the end (the split index), both by text.h's rule, which
 * reads only around the offset it is given. */
#include "system.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>

#include "doc.h"
#include "links.h"
#include "markdown.h"
#include "ops.h"
#include "text.h"
#include "util.h"

/* The head of a big file read as an article for its header and title:
 * enough for a header block and the first paragraphs, little enough that
 * its checks cost nothing before the first screen. */
#define HEAD_BYTES ((size_t)32 << 10)

static void add_para(struct doc *d, size_t start, size_t end)
{
	XGROW(d->para, d->cap, d->npara + 1);
	d->para[d->npara].start = start;
	d->para[d->npara].end = end;
	d->npara++;
}

/* The next paragraph forward from d->scan and before lim (text.h's rule;
 * lim is the end of the file or a line start). Moves d->scan past its
 * last line. Returns 0 when none is left before lim. */
static int next_fwd(struct doc *d, size_t lim, size_t *ps, size_t *pe)
{
	struct text t = { d->data, d->scan, lim, d->line_paras };
	struct text_para p;
	if (d->scan >= lim || !text_para_at(&t, d->scan, &p)) {
		d->scan = lim;
		return 0;
	}
	d->scan = p.to;
	*ps = p.start;
	*pe = p.end;
	return 1;
}

/* Finds one more paragraph forward (the index is not split). Returns 0 at
 * the end of the text. */
static int scan_one(struct doc *d)
{
	if (d->complete)
		return 0;
	size_t s, e;
	int found = next_fwd(d, d->len, &s, &e);
	if (found)
		add_para(d, s, e);
	if (!found || d->scan >= d->len)
		d->complete = 1;
	return found;
}

/* ---- the split index (see doc.h) ---- */

/* Below this many bytes left to scan, G scans forward: it costs little. */
#define SPLIT_MIN_BYTES ((size_t)4 << 20)
/* Paragraphs found at the end when the index is split. */
#define TAIL_FIRST 64
/* The reader reads para[i - 1] and para[i - 2] of an index it was given
 * (previous sentence, previous paragraph): keep them found. */
#define TAIL_KEEP 2

/* The last paragraph before d->back, no lower than d->scan (text.h's
 * rule, backward). *pback is the start of its first line. Returns 0 when
 * there is none. */
static int prev_back(const struct doc *d, size_t *ps, size_t *pe, size_t *pback)
{
	struct text t = { d->data, d->scan, d->back, d->line_paras };
	struct text_para p;
	if (d->back <= d->scan || !text_para_prev(&t, d->back, &p))
		return 0;
	*ps = p.start;
	*pe = p.end;
	*pback = p.from;
	return 1;
}

/* The two sides met: what is left between them are holes, placed at the
 * next paragraph's start so that the ends stay in order. */
static void meet(struct doc *d)
{
	d->met = 1;
	size_t at = d->tail_lo < d->npara ? d->para[d->tail_lo].start : d->len;
	for (size_t i = d->nhead; i < d->tail_lo; i++)
		d->para[i].start = d->para[i].end = at;
}

/* One more paragraph from the head side. Returns 0 when the sides met. */
static int split_fwd(struct doc *d)
{
	size_t s, e, bs, be, bb;
	if (d->met)
		return 0;
	if (!next_fwd(d, d->back, &s, &e)) {
		meet(d);
		return 0;
	}
	if (d->nhead + 1 == d->tail_lo) {
		/* The last free index takes what is left (the estimate was low). */
		if (prev_back(d, &bs, &be, &bb))
			e = be;
		d->scan = d->back;
	}
	d->para[d->nhead].start = s;
	d->para[d->nhead].end = e;
	d->nhead++;
	if (d->scan >= d->back)
		meet(d);
	return 1;
}

/* One more paragraph from the tail side. Returns 0 when the sides met. */
static int split_back(struct doc *d)
{
	size_t s, e, b, fs, fe;
	if (d->met)
		return 0;
	if (!prev_back(d, &s, &e, &b)) {
		meet(d);
		return 0;
	}
	d->back = b;
	if (d->tail_lo - 1 == d->nhead) {
		if (next_fwd(d, d->back, &fs, &fe))
			s = fs;
		d->scan = d->back;
	}
	d->tail_lo--;
	d->para[d->tail_lo].start = s;
	d->para[d->tail_lo].end = e;
	if (d->back <= d->scan)
		meet(d);
	return 1;
}

/* Index i (of the tail) was handed out: keep the two before it found. */
static void keep_tail(struct doc *d, size_t i)
{
	while (d->split && !d->met && i >= d->tail_lo && d->tail_lo + TAIL_KEEP > i)
		if (!split_back(d))
			break;
}

/* Splits the index of a big file: finds the last paragraphs backward and
 * numbers them after room for the middle. */
static void split(struct doc *d)
{
	struct art_para tail[TAIL_FIRST];
	size_t nt = 0, s, e, b;
	d->back = d->len;
	while (nt < TAIL_FIRST && prev_back(d, &s, &e, &b)) {
		d->back = b;
		tail[nt].start = s;
		tail[nt].end = e;
		nt++;
	}
	if (nt == 0)
		return;   /* only blank lines after the scan: the caller scans them */
	/* Paragraphs per byte, the denser of the two sides, plus half. */
	size_t gap = d->back - d->scan;
	double head = d->scan > d->body ? (double)d->npara / (double)(d->scan - d->body) : 0;
	double end = (double)nt / (double)(d->len - d->back);
	double room = (double)gap * (head > end ? head : end) * 1.5 + 16;
	size_t most = gap / 2 + 1;   /* a paragraph takes two bytes at least */
	size_t r = room < (double)most ? (size_t)room : most;
	size_t total = d->npara + r + nt;
	struct art_para *v = xcalloc(total, sizeof *v);
	if (d->npara)
		memcpy(v, d->para, d->npara * sizeof *v);
	free(d->para);
	d->para = v;
	d->cap = total;
	d->nhead = d->npara;
	d->tail_lo = d->nhead + r;
	for (size_t k = 0; k < nt; k++)
		d->para[d->tail_lo + k] = tail[nt - 1 - k];
	d->npara = total;
	d->split = 1;
	d->complete = 1;
	if (d->back <= d->scan)
		meet(d);
}

int doc_hole(const struct doc *d, size_t i)
{
	return d->split && d->met && i >= d->nhead && i < d->tail_lo;
}

/* A big file, mapped; NULL with the error set, or with *markdown set for
 * a Markdown file, which is read whole instead (doc.h). */
static struct doc *open_big(const char *path, int fd, size_t len, int *markdown)
{
	void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED) {
		err_set("%s: %s", path, strerror(errno));
		return NULL;
	}
	madvise(map, len, MADV_SEQUENTIAL);
	size_t hl = len < HEAD_BYTES ? len : HEAD_BYTES;
	const char *m = map;
	/* Cut the head after a line end so that its last paragraph is whole. */
	while (hl > 0 && hl < len && m[hl - 1] != '\n')
		hl--;
	if (hl == 0)
		hl = len < HEAD_BYTES ? len : HEAD_BYTES;
	char *head = xmalloc(hl + 1);
	memcpy(head, m, hl);
	head[hl] = '\0';
	struct article *a = art_from_buffer(path, head, hl);
	if (!a || a->md) {
		*markdown = a != NULL;
		munmap(map, len);
		art_free(&a);
		return NULL;
	}
	struct doc *d = xcalloc(1, sizeof *d);
	d->art = a;
	d->map = map;
	d->data = map;
	d->len = len;
	d->body = a->body;
	d->scan = a->body;
	d->line_paras = !!(a->flags & ART_LINE_PARAS);
	d->skip_para = a->title_para;
	return d;
}

/* The number the reader draws after each Markdown link: the links view's
 * (links.h), so that "[3]" in the text is 3 there. */
static void number_links(struct doc *d)
{
	const struct md_doc *md = d->md;
	if (!md || md->nlink == 0)
		return;
	struct art_links l;
	art_links(d->art, &l);
	d->linkno = xmalloc(md->nlink * sizeof *d->linkno);
	for (size_t k = 0; k < md->nlink; k++) {
		size_t i = k + (size_t)!!l.has_source;
		d->linkno[k] = i < l.n && l.v[i].start == md->link[k].start ? (long)art_link_number(&l, i) : -1;
	}
	art_links_free(&l);
}

/* `set deictic-dates`: keep "now", "today" and the like among the spans. */
static int deictic_dates;

void doc_set_deictic_dates(int on)
{
	deictic_dates = on;
}

struct doc *doc_open(const char *path, const struct hl_engine *hl)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		err_set("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		err_set(_("%s: not a regular file"), path);
		close(fd);
		return NULL;
	}
	struct doc *d = NULL;
	int whole = (size_t)st.st_size < DOC_BIG_BYTES;
	if (!whole) {
		int markdown = 0;
		d = open_big(path, fd, (size_t)st.st_size, &markdown);
		close(fd);
		if (!d && !markdown)
			return NULL;
		whole = !d;
	} else {
		close(fd);
	}
	if (whole) {
		struct article *a = art_load(path);
		if (!a)
			return NULL;
		d = xcalloc(1, sizeof *d);
		d->art = a;
		d->data = a->text ? a->text : a->data;
		d->md = a->md;
		d->len = a->len;
		d->body = a->body;
		d->para = a->para;
		d->npara = a->npara;
		d->complete = 1;
		d->line_paras = !!(a->flags & ART_LINE_PARAS);
		d->skip_para = a->title_para;
		number_links(d);
	}
	d->hl = hl;
	d->hl_ok = hl != NULL;
	if (d->hl_ok && !d->map && d->len > d->body) {
		struct hl_doc hd = { d->data + d->body, d->len - d->body, d->body, art_date(d->art) };
		if (hl_run(hl, &hd, &d->spans) < 0)
			hl_spans_clear(&d->spans);
		hl_spans_keep_shown(&d->spans, 0, deictic_dates);
	}
	return d;
}

void doc_fix(struct doc *d, struct store_passage_list *fix)
{
	ops_passage_list_clear(&d->fix);
	d->fix = *fix;
	memset(fix, 0, sizeof *fix);
	if (d->hl_ok && !d->map)
		ops_passages_apply(&d->fix, d->data, d->body, d->len, &d->spans);
}

const struct store_passage *doc_fix_at(const struct doc *d, size_t off)
{
	for (size_t i = 0; i < d->fix.n; i++)
		if (!d->fix.v[i].orphan && d->fix.v[i].start <= off && off < d->fix.v[i].end)
			return &d->fix.v[i];
	return NULL;
}

void doc_free(struct doc **pd)
{
	struct doc *d = *pd;
	if (!d)
		return;
	if (d->hl_ok) {
		hl_spans_clear(&d->spans);
		for (size_t i = 0; i < d->pcap; i++)
			if (d->pdone[i])
				hl_spans_clear(&d->pspans[i]);
	}
	ops_passage_list_clear(&d->fix);
	free(d->pspans);
	free(d->pdone);
	free(d->linkno);
	if (d->map) {
		munmap(d->map, d->len);
		free(d->para);
	}
	art_free(&d->art);
	free(d);
	*pd = NULL;
}

const struct art_para *doc_para(struct doc *d, size_t i)
{
	if (!d->split) {
		while (i >= d->npara)
			if (!scan_one(d))
				return NULL;
		return &d->para[i];
	}
	if (i >= d->npara)
		return NULL;
	/* From the nearer side; the reader asks for a neighbour of one. */
	while (!d->met && i >= d->nhead && i < d->tail_lo)
		if (i - d->nhead <= d->tail_lo - 1 - i ? !split_fwd(d) : !split_back(d))
			break;
	keep_tail(d, i);
	return &d->para[i];
}

void doc_para_all(struct doc *d)
{
	if (d->complete)
		return;
	if (d->map && d->len - d->scan >= SPLIT_MIN_BYTES)
		split(d);
	while (scan_one(d))
		;
}

/* First index in [lo, hi) whose paragraph ends past off, or hi. */
static size_t search_end(const struct doc *d, size_t lo, size_t hi, size_t off)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->para[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t doc_para_at(struct doc *d, size_t off)
{
	/* Far ahead of the scan (a saved position, a search hit near the
	 * end): split, so that the end side can be found backward. */
	if (d->map && !d->complete && off > d->scan && off - d->scan >= SPLIT_MIN_BYTES)
		doc_para_all(d);
	if (!d->split) {
		while (!d->complete && (d->npara == 0 || d->para[d->npara - 1].end <= off))
			if (!scan_one(d))
				break;
		if (d->npara == 0)
			return 0;
		size_t i = search_end(d, 0, d->npara, off);
		return i < d->npara ? i : d->npara - 1;
	}
	size_t i;
	if (!d->met && off >= d->scan && off < d->back) {
		if (off - d->scan <= d->back - off) {
			while (!d->met && (d->nhead == 0 || d->para[d->nhead - 1].end <= off))
				if (!split_fwd(d))
					break;
		} else {
			while (!d->met && d->back > off)
				if (!split_back(d))
					break;
		}
	}
	if (!d->met && d->nhead > 0 && d->para[d->nhead - 1].end > off)
		i = search_end(d, 0, d->nhead, off);
	else if (!d->met)
		i = search_end(d, d->tail_lo, d->npara, off);
	else
		i = search_end(d, 0, d->npara, off);
	if (i >= d->npara)
		i = d->npara - 1;
	while (doc_hole(d, i))
		i++;
	keep_tail(d, i);
	return i;
}

void doc_spans(struct doc *d, size_t i, const struct hl_span **v, size_t *n)
{
	*v = NULL;
	*n = 0;
	if (!d->hl_ok || !doc_para(d, i) || doc_hole(d, i))
		return;
	const struct art_para *p = &d->para[i];
	if (d->map) {
		if (i >= d->pcap) {
			/* Fresh zeroed arrays rather than realloc and memset: after G
			 * the index is large, and pages never drawn stay untouched. */
			size_t old = d->pcap, cap = old;
			XGROW(d->pdone, cap, i + 1);
			memset(d->pdone + old, 0, cap - old);
			struct hl_spans *nv = xcalloc(cap, sizeof *nv);
			if (old)
				memcpy(nv, d->pspans, old * sizeof *nv);
			free(d->pspans);
			d->pspans = nv;
			d->pcap = cap;
		}
		if (!d->pdone[i]) {
			struct hl_doc hd = { d->data + p->start, p->end - p->start, p->start, art_date(d->art) };
			if (hl_run(d->hl, &hd, &d->pspans[i]) < 0)
				hl_spans_clear(&d->pspans[i]);
			else
				ops_passages_apply(&d->fix, d->data, p->start, p->end, &d->pspans[i]);
			hl_spans_keep_shown(&d->pspans[i], 0, deictic_dates);
			d->pdone[i] = 1;
		}
		*v = d->pspans[i].v;
		*n = d->pspans[i].n;
		return;
	}
	const struct hl_spans *s = &d->spans;
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->v[mid].end <= p->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t k = lo;
	while (k < s->n && s->v[k].start < p->end)
		k++;
	*v = s->v + lo;
	*n = k - lo;
}

void doc_counts(struct doc *d, long counts[HL_NTYPES])
{
	for (int t = 0; t < HL_NTYPES; t++)
		counts[t] = 0;
	if (!d->hl_ok)
		return;
	if (!d->map) {
		for (size_t i = 0; i < d->spans.n; i++)
			if (d->spans.v[i].type < HL_NTYPES)
				counts[d->spans.v[i].type]++;
		return;
	}
	for (size_t i = 0; i < d->pcap; i++)
		if (d->pdone[i])
			for (size_t k = 0; k < d->pspans[i].n; k++)
				if (d->pspans[i].v[k].type < HL_NTYPES)
					counts[d->pspans[i].v[k].type]++;
}
