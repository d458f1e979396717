/* doc.c -- the reader's model of one article (see doc.h).
 *
 * It must never read a big file from start to end before the first screen:
 * paragraphs are found forward from where the scan stopped, with memchr,
 * only when the reader asks for one it does not have yet. */
#include "system.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>

#include "doc.h"
#include "util.h"

#define HEAD_BYTES ((size_t)256 << 10)

static int blank_line(const char *d, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++)
		if (d[i] != ' ' && d[i] != '\t' && d[i] != '\r' && d[i] != '\f' && d[i] != '\v')
			return 0;
	return 1;
}

static size_t trim_end(const char *d, size_t start, size_t end)
{
	while (end > start && (d[end - 1] == '\r' || d[end - 1] == ' ' || d[end - 1] == '\t'))
		end--;
	return end;
}

static void add_para(struct doc *d, size_t start, size_t end)
{
	XGROW(d->para, d->cap, d->npara + 1);
	d->para[d->npara].start = start;
	d->para[d->npara].end = end;
	d->npara++;
}

/* Finds one more paragraph (the same rules as article.c). Returns 0 at the
 * end of the text. */
static int scan_one(struct doc *d)
{
	if (d->complete)
		return 0;
	const char *s = d->data;
	size_t start = SIZE_MAX, last = 0, p = d->scan;
	while (p < d->len) {
		const char *nl = memchr(s + p, '\n', d->len - p);
		size_t e = nl ? (size_t)(nl - s) : d->len;
		if (blank_line(s, p, e)) {
			p = e + 1;
			if (start != SIZE_MAX) {
				add_para(d, start, last);
				d->scan = p;
				return 1;
			}
			continue;
		}
		size_t b = p;
		while (b < e && (s[b] == ' ' || s[b] == '\t'))
			b++;
		if (start == SIZE_MAX)
			start = b;
		last = trim_end(s, p, e);
		p = e + 1;
		if (d->line_paras) {
			add_para(d, start, last);
			d->scan = p;
			return 1;
		}
	}
	d->scan = d->len;
	d->complete = 1;
	if (start != SIZE_MAX) {
		add_para(d, start, last);
		return 1;
	}
	return 0;
}

static struct doc *open_big(const char *path, int fd, size_t len)
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
	if (!a) {
		munmap(map, len);
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

struct doc *doc_open(const char *path, const struct hl_engine *hl)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
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
	struct doc *d;
	if ((size_t)st.st_size >= DOC_BIG_BYTES) {
		d = open_big(path, fd, (size_t)st.st_size);
		close(fd);
		if (!d)
			return NULL;
	} else {
		close(fd);
		struct article *a = art_load(path);
		if (!a)
			return NULL;
		d = xcalloc(1, sizeof *d);
		d->art = a;
		d->data = a->data;
		d->len = a->len;
		d->body = a->body;
		d->para = a->para;
		d->npara = a->npara;
		d->complete = 1;
		d->line_paras = !!(a->flags & ART_LINE_PARAS);
		d->skip_para = a->title_para;
	}
	d->hl = hl;
	d->hl_ok = hl != NULL;
	if (d->hl_ok && !d->map && d->len > d->body) {
		struct hl_doc hd = { d->data + d->body, d->len - d->body, d->body, art_date(d->art) };
		if (hl_run(hl, &hd, &d->spans) < 0)
			hl_spans_clear(&d->spans);
	}
	return d;
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
	free(d->pspans);
	free(d->pdone);
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
	while (i >= d->npara)
		if (!scan_one(d))
			return NULL;
	return &d->para[i];
}

void doc_para_all(struct doc *d)
{
	while (scan_one(d))
		;
}

size_t doc_para_at(struct doc *d, size_t off)
{
	while (!d->complete && (d->npara == 0 || d->para[d->npara - 1].end < off))
		if (!scan_one(d))
			break;
	if (d->npara == 0)
		return 0;
	size_t lo = 0, hi = d->npara;
	while (lo < hi) {   /* first paragraph whose end is past off */
		size_t mid = lo + (hi - lo) / 2;
		if (d->para[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->npara ? lo : d->npara - 1;
}

void doc_spans(struct doc *d, size_t i, const struct hl_span **v, size_t *n)
{
	*v = NULL;
	*n = 0;
	if (!d->hl_ok || !doc_para(d, i))
		return;
	const struct art_para *p = &d->para[i];
	if (d->map) {
		if (i >= d->pcap) {
			size_t old = d->pcap, cap = old;
			XGROW(d->pspans, cap, i + 1);
			d->pdone = xrealloc(d->pdone, cap);
			memset(d->pspans + old, 0, (cap - old) * sizeof *d->pspans);
			memset(d->pdone + old, 0, cap - old);
			d->pcap = cap;
		}
		if (!d->pdone[i]) {
			struct hl_doc hd = { d->data + p->start, p->end - p->start, p->start, art_date(d->art) };
			if (hl_run(d->hl, &hd, &d->pspans[i]) < 0)
				hl_spans_clear(&d->pspans[i]);
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
