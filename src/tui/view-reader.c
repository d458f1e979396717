/* view-reader.c -- the reading pane: title and metadata above the text,
 * paragraphs wrapped to the pane (at most max-width columns, centred),
 * highlights, search matches and the reading cursor.
 *
 * Only what is on screen is wrapped: each paragraph is wrapped the first
 * time a row of it is needed, and the position is a (block, line) pair,
 * so a 100 MB article costs its first screen to show and G costs one scan
 * for paragraph ends. The reading position that leaves this file is a byte
 * offset (the first byte of the top row), which survives any re-wrap. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "sanitize.h"
#include "theme.h"
#include "ustr.h"
#include "util.h"

#define SCROLLOFF 2

/* ---- blocks and rows ---- */

static size_t header_lines(struct app *a)
{
	struct reader *r = &a->r;
	if (r->title.n == 0 && r->doc) {
		const struct article *art = r->doc->art;
		struct sb m = SB_INIT;
		const char *parts[] = { art->meta[ART_SOURCE], art->meta[ART_DATE] ? art->meta[ART_DATE] : art_date(art),
			art->meta[ART_AUTHOR] };
		for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
			if (parts[i] && parts[i][0]) {
				if (m.len)
					sb_adds(&m, " \xc2\xb7 ");  /* · */
				sb_adds(&m, parts[i]);
			}
		free(r->title_s);
		free(r->meta_s);
		r->title_s = xstrdup(art->title);
		r->meta_s = sb_detach(&m);
		wrap_text(r->title_s, strlen(r->title_s), r->width, &r->title);
		if (r->meta_s[0])
			wrap_text(r->meta_s, strlen(r->meta_s), r->width, &r->meta);
	}
	return r->title.n + r->meta.n;
}

static const struct wrap_lines *para_lines(struct app *a, size_t i)
{
	struct reader *r = &a->r;
	const struct art_para *p = doc_para(r->doc, i);
	if (!p)
		return NULL;
	if (i >= r->pcap) {
		/* Fresh zeroed memory rather than realloc and memset: `G` in a
		 * big file asks for a paragraph number far ahead, and calloc
		 * maps zero pages without touching them. */
		size_t cap = r->pcap ? r->pcap : 64;
		while (cap <= i)
			cap *= 2;
		struct wrap_lines *v = xcalloc(cap, sizeof *v);
		if (r->pcap)
			memcpy(v, r->plines, r->pcap * sizeof *v);
		free(r->plines);
		r->plines = v;
		r->pcap = cap;
	}
	if (r->plines[i].n == 0)
		wrap_text(r->doc->data + p->start, p->end - p->start, r->width, &r->plines[i]);
	return &r->plines[i];
}

/* Rows of a block: its lines and a blank row after them; none for the
 * title line's paragraph, which the header shows already. SIZE_MAX when
 * the block does not exist. */
static size_t block_rows(struct app *a, size_t b)
{
	if (b == 0)
		return header_lines(a) + 1;
	/* doc_para first: it decides whether b - 1 is a hole (doc.h). */
	if (b - 1 == a->r.doc->skip_para || (doc_para(a->r.doc, b - 1) && doc_hole(a->r.doc, b - 1)))
		return doc_para(a->r.doc, b - 1) ? 0 : SIZE_MAX;
	const struct wrap_lines *l = para_lines(a, b - 1);
	return l ? l->n + 1 : SIZE_MAX;
}

static int row_next(struct app *a, size_t *b, size_t *l)
{
	size_t n = block_rows(a, *b);
	if (n != SIZE_MAX && *l + 1 < n) {
		(*l)++;
		return 1;
	}
	for (size_t nb = *b + 1;; nb++) {
		n = block_rows(a, nb);
		if (n == SIZE_MAX)
			return 0;
		if (n > 0) {
			*b = nb;
			*l = 0;
			return 1;
		}
	}
}

static int row_prev(struct app *a, size_t *b, size_t *l)
{
	if (*l > 0) {
		(*l)--;
		return 1;
	}
	for (size_t nb = *b; nb > 0;) {
		nb--;
		size_t n = block_rows(a, nb);
		if (n > 0 && n != SIZE_MAX) {
			*b = nb;
			*l = n - 1;
			return 1;
		}
	}
	return 0;
}

static int collect_rows(struct app *a, struct vrow *out, int h)
{
	struct reader *r = &a->r;
	size_t b = r->top_block, l = r->top_line;
	int k = 0;
	if (h <= 0 || block_rows(a, b) == SIZE_MAX)
		return 0;
	do {
		out[k].block = b;
		out[k].line = l;
		out[k].valid = 1;
		k++;
	} while (k < h && row_next(a, &b, &l));
	return k;
}

/* Whether rows exist below the screen. */
static int more_below(struct app *a)
{
	struct reader *r = &a->r;
	size_t b = r->top_block, l = r->top_line;
	for (int k = 0; k < r->height; k++)
		if (!row_next(a, &b, &l))
			return 0;
	/* The row after the screen: the last blank row does not count. */
	size_t n = block_rows(a, b);
	if (l + 1 == n) {
		size_t b2 = b, l2 = l;
		return row_next(a, &b2, &l2);
	}
	return 1;
}

static int row_cmp(size_t b1, size_t l1, size_t b2, size_t l2)
{
	if (b1 != b2)
		return b1 < b2 ? -1 : 1;
	return l1 < l2 ? -1 : l1 > l2;
}

/* ---- positions ---- */

size_t reader_position(struct app *a)
{
	struct reader *r = &a->r;
	if (!r->doc || r->top_block == 0 || r->width == 0)
		return 0;
	const struct art_para *p = doc_para(r->doc, r->top_block - 1);
	const struct wrap_lines *l = para_lines(a, r->top_block - 1);
	if (!p || !l)
		return 0;
	if (r->top_line >= l->n)
		return p->end;
	return p->start + l->v[r->top_line].start;
}

/* The row that shows byte off of the body. */
static void row_of(struct app *a, size_t off, size_t *b, size_t *l)
{
	struct doc *d = a->r.doc;
	size_t i = doc_para_at(d, off);
	if (i == d->skip_para && doc_para(d, i + 1))
		i++;
	const struct wrap_lines *w = para_lines(a, i);
	const struct art_para *p = &d->para[i];
	size_t k = 0;
	if (w && off > p->start)
		while (k + 1 < w->n && w->v[k + 1].start <= off - p->start)
			k++;
	*b = i + 1;
	*l = k;
}

static void clamp_end(struct app *a)
{
	struct reader *r = &a->r;
	/* Fill the screen: no empty rows at the bottom while there is text above. */
	size_t b = r->top_block, l = r->top_line;
	int k = 1;
	while (k < r->height && row_next(a, &b, &l))
		k++;
	/* The blank row after the last paragraph does not count. */
	if (k == r->height || (r->top_block == 0 && r->top_line == 0))
		return;
	for (; k < r->height - 1; k++)
		if (!row_prev(a, &r->top_block, &r->top_line))
			break;
}

/* ---- words, sentences, paragraphs ---- */

static int word_at(const struct doc *d, size_t off)
{
	if (off >= d->len)
		return 0;
	unsigned char c = (unsigned char)d->data[off];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	int32_t cp;
	ustr_decode(d->data + off, d->len - off, &cp);
	return cp > 0 && (ustr_is_alpha(cp) || ustr_is_digit(cp));
}

static size_t fwd1(const struct doc *d, size_t off)
{
	if (off >= d->len)
		return d->len;
	int32_t cp;
	return off + (size_t)ustr_decode(d->data + off, d->len - off, &cp);
}

static size_t back1(const struct doc *d, size_t off)
{
	size_t k = off;
	if (k == 0)
		return 0;
	k--;
	for (int i = 0; i < 3 && k > 0 && ((unsigned char)d->data[k] & 0xc0) == 0x80; i++)
		k--;
	int32_t cp;
	if (k + (size_t)ustr_decode(d->data + k, d->len - k, &cp) != off)
		return off - 1;
	return k;
}

/* The body starts after the header and after the title line's paragraph. */
static size_t body_start(struct app *a)
{
	struct doc *d = a->r.doc;
	if (d->skip_para != SIZE_MAX) {
		const struct art_para *p = doc_para(d, d->skip_para);
		if (p)
			return p->end;
	}
	return d->body;
}

static size_t word_end(const struct doc *d, size_t off)
{
	if (!word_at(d, off))
		return fwd1(d, off);
	while (off < d->len && word_at(d, off))
		off = fwd1(d, off);
	return off;
}

static size_t next_word(struct app *a, size_t off)
{
	const struct doc *d = a->r.doc;
	size_t s = body_start(a);
	if (off < s || off == SIZE_MAX) {
		off = s;
		if (word_at(d, off))
			return off;
	}
	size_t i = off;
	while (i < d->len && word_at(d, i))
		i = fwd1(d, i);
	while (i < d->len && !word_at(d, i))
		i = fwd1(d, i);
	return i < d->len ? i : off;
}

static size_t prev_word(struct app *a, size_t off)
{
	const struct doc *d = a->r.doc;
	size_t s = body_start(a);
	if (off == SIZE_MAX || off <= s)
		return next_word(a, SIZE_MAX);
	size_t i = back1(d, off);
	while (i > s && !word_at(d, i))
		i = back1(d, i);
	if (!word_at(d, i))
		return off;
	while (i > s && word_at(d, back1(d, i)))
		i = back1(d, i);
	return i;
}

/* A full stop after an initial ("J.", the "S." of "U.S.") or a common
 * abbreviation ("Mr.", "Jr.") does not end a sentence. */
static int abbreviation(const char *d, size_t start, size_t dot)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col",
		"sen", "rep", "gov", "prof", "no", "vs", "etc", "inc", "co", "corp", "mt", "ft", "sgt", "capt", "adm" };
	size_t w = dot;
	while (w > start && (((d[w - 1] | 32) >= 'a' && (d[w - 1] | 32) <= 'z')))
		w--;
	size_t n = dot - w;
	if (n == 1 && d[w] >= 'A' && d[w] <= 'Z')
		return 1;
	for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
		if (strlen(abbr[k]) == n && ascii_ncasecmp(d + w, abbr[k], n) == 0)
			return 1;
	return 0;
}

static int closer(char c)
{
	return c == ')' || c == '"' || c == '\'' || c == ']';
}

/* Sentence starts in paragraph p: with after == 0 the last one before
 * off (the paragraph start when none), else the first one after off
 * (SIZE_MAX when none). A sentence ends at . ! or ? with closing quotes or
 * brackets, followed by a blank. */
static size_t sentence_scan(const struct doc *d, const struct art_para *p, size_t off, int after)
{
	size_t last = p->start;
	if (after && p->start > off)
		return p->start;
	for (size_t i = p->start; i < p->end; i++) {
		char c = d->data[i];
		if (c != '.' && c != '!' && c != '?')
			continue;
		if (c == '.' && abbreviation(d->data, p->start, i))
			continue;
		size_t j = i + 1;
		for (;;) {
			if (j < p->end && closer(d->data[j]))
				j++;
			else if (p->end - j >= 3 && memcmp(d->data + j, "\xe2\x80", 2) == 0 &&
				 ((unsigned char)d->data[j + 2] == 0x99 || (unsigned char)d->data[j + 2] == 0x9d))
				j += 3;   /* ’ ” */
			else
				break;
		}
		if (j >= p->end || (d->data[j] != ' ' && d->data[j] != '\n' && d->data[j] != '\t' && d->data[j] != '\r'))
			continue;
		while (j < p->end && (d->data[j] == ' ' || d->data[j] == '\n' || d->data[j] == '\t' || d->data[j] == '\r'))
			j++;
		if (j >= p->end)
			break;
		if (after && j > off)
			return j;
		if (!after && j >= off)
			break;
		last = j;
		i = j - 1;
	}
	return after ? SIZE_MAX : last;
}

static size_t para_of(struct app *a, size_t off)
{
	struct doc *d = a->r.doc;
	size_t i = doc_para_at(d, off);
	if (i == d->skip_para && doc_para(d, i + 1))
		i++;
	return i;
}

static size_t next_sentence(struct app *a, size_t off)
{
	struct doc *d = a->r.doc;
	if (off == SIZE_MAX || off < body_start(a))
		return next_word(a, SIZE_MAX);
	size_t i = para_of(a, off);
	const struct art_para *p = &d->para[i];
	size_t best = sentence_scan(d, p, off, 1);
	if (best != SIZE_MAX)
		return best;
	const struct art_para *n = doc_para(d, i + 1);
	if (n && i + 1 == d->skip_para)
		n = doc_para(d, i + 2);
	return n ? n->start : off;
}

static size_t prev_sentence(struct app *a, size_t off)
{
	struct doc *d = a->r.doc;
	if (off == SIZE_MAX || off <= body_start(a))
		return next_word(a, SIZE_MAX);
	size_t i = para_of(a, off);
	const struct art_para *p = &d->para[i];
	size_t s = sentence_scan(d, p, off, 0);
	if (s < off)
		return s;
	if (i == 0 || (i - 1 == d->skip_para && i < 2))
		return off;
	size_t j = i - 1 == d->skip_para ? i - 2 : i - 1;
	p = &d->para[j];
	return sentence_scan(d, p, p->end, 0);
}

static size_t next_paragraph(struct app *a, size_t off)
{
	struct doc *d = a->r.doc;
	if (off == SIZE_MAX || off < body_start(a))
		return next_word(a, SIZE_MAX);
	size_t i = para_of(a, off) + 1;
	if (i == d->skip_para)
		i++;
	const struct art_para *p = doc_para(d, i);
	return p ? p->start : off;
}

static size_t prev_paragraph(struct app *a, size_t off)
{
	struct doc *d = a->r.doc;
	if (off == SIZE_MAX || off <= body_start(a))
		return next_word(a, SIZE_MAX);
	size_t i = para_of(a, off);
	if (off > d->para[i].start)
		return d->para[i].start;
	while (i > 0) {
		i--;
		if (i != d->skip_para)
			return d->para[i].start;
	}
	return off;
}

/* ---- the cursor on screen ---- */

static void cursor_into_view(struct app *a, int from_top)
{
	struct reader *r = &a->r;
	struct vrow rows[512];
	int h = r->height < 512 ? r->height : 512;
	int n = collect_rows(a, rows, h);
	if (n == 0)
		return;
	size_t cb = 0, cl = 0;
	if (r->cur != SIZE_MAX && r->cur >= body_start(a)) {
		row_of(a, r->cur, &cb, &cl);
		if (row_cmp(cb, cl, rows[0].block, rows[0].line) >= 0 &&
		    row_cmp(cb, cl, rows[n - 1].block, rows[n - 1].line) <= 0)
			return;
	}
	/* The first word of the first (or last) text row on screen. */
	for (int k = 0; k < n; k++) {
		struct vrow *v = &rows[from_top ? k : n - 1 - k];
		if (v->block == 0)
			continue;
		const struct wrap_lines *w = para_lines(a, v->block - 1);
		if (!w || v->line >= w->n)
			continue;
		size_t off = r->doc->para[v->block - 1].start + w->v[v->line].start;
		r->cur = word_at(r->doc, off) ? off : next_word(a, off);
		return;
	}
}

/* Scrolls so that byte off is on screen, a third down from the top when it
 * was off screen. */
static void show_offset(struct app *a, size_t off)
{
	struct reader *r = &a->r;
	size_t b, l;
	row_of(a, off, &b, &l);
	struct vrow rows[512];
	int h = r->height < 512 ? r->height : 512;
	int n = collect_rows(a, rows, h);
	if (n > 0) {
		int lo = n > 2 * SCROLLOFF + 1 ? SCROLLOFF : 0;
		int hi = n > 2 * SCROLLOFF + 1 ? n - 1 - SCROLLOFF : n - 1;
		if (row_cmp(b, l, rows[lo].block, rows[lo].line) >= 0 &&
		    row_cmp(b, l, rows[hi].block, rows[hi].line) <= 0)
			return;
		if (n < h && row_cmp(b, l, rows[0].block, rows[0].line) >= 0)
			return;
	}
	r->top_block = b;
	r->top_line = l;
	for (int k = 0; k < r->height / 3; k++)
		if (!row_prev(a, &r->top_block, &r->top_line))
			break;
	clamp_end(a);
}

void reader_goto(struct app *a, size_t off, size_t end)
{
	(void)end;
	a->r.cur = off;
	show_offset(a, off);
}

int reader_scroll(struct app *a, int n)
{
	struct reader *r = &a->r;
	if (!r->doc)
		return R_NONE;
	int moved = 0;
	for (; n > 0; n--, moved++)
		if (!more_below(a) || !row_next(a, &r->top_block, &r->top_line))
			break;
	for (; n < 0; n++, moved++)
		if (!row_prev(a, &r->top_block, &r->top_line))
			break;
	if (!moved)
		return R_NONE;
	cursor_into_view(a, 1);
	return R_READER | R_STATUS;
}

/* ---- set-up ---- */

void reader_reset(struct reader *r)
{
	for (size_t i = 0; i < r->pcap; i++)
		wrap_lines_clear(&r->plines[i]);
	free(r->plines);
	r->plines = NULL;
	r->pcap = 0;
	wrap_lines_clear(&r->title);
	wrap_lines_clear(&r->meta);
}

void reader_restore(struct app *a, size_t pos)
{
	struct reader *r = &a->r;
	r->top_block = 0;
	r->top_line = 0;
	if (!r->doc)
		return;
	if (pos > r->doc->body && pos <= r->doc->len && r->doc->npara + !r->doc->complete > 0 && doc_para(r->doc, 0)) {
		row_of(a, pos, &r->top_block, &r->top_line);
		clamp_end(a);
	}
	cursor_into_view(a, 1);
}

void reader_setup(struct app *a)
{
	struct reader *r = &a->r;
	struct pane *p = &a->reader;
	int pw = p->win ? p->w : COLS;
	int h = (p->win ? p->h : LINES - 1) - 1;
	int tw = pw - 2;
	if (a->max_width > 0 && tw > a->max_width)
		tw = a->max_width;
	if (tw < 1)
		tw = 1;
	r->left = (pw - tw) / 2;
	r->height = h < 1 ? 1 : h;
	if (tw != r->width) {
		size_t pos = r->doc && r->width ? reader_position(a) : 0;
		size_t cur = r->cur;
		reader_reset(r);
		r->width = tw;
		if (r->doc) {
			reader_restore(a, pos);
			if (cur != SIZE_MAX) {
				r->cur = cur;
				show_offset(a, cur);
			}
		}
	}
}

/* ---- entities and search ---- */

static int span_on(struct app *a, const struct hl_span *s)
{
	return s->type < HL_NTYPES && a->r.hl_on[s->type];
}

/* The span under byte off, or NULL. */
static const struct hl_span *span_at(struct app *a, size_t off)
{
	if (off == SIZE_MAX)
		return NULL;
	const struct hl_span *v;
	size_t n;
	doc_spans(a->r.doc, para_of(a, off), &v, &n);
	for (size_t k = 0; k < n; k++)
		if (v[k].start <= off && off < v[k].end && span_on(a, &v[k]))
			return &v[k];
	return NULL;
}

#define SCAN_PARAS 100000

/* The next (dir > 0) or previous span after/before off whose key is key
 * (any span when key is NULL). */
static const struct hl_span *span_find(struct app *a, size_t off, int dir, const char *key)
{
	struct doc *d = a->r.doc;
	size_t i = off == SIZE_MAX ? 0 : para_of(a, off);
	for (size_t steps = 0; steps < SCAN_PARAS; steps++) {
		const struct hl_span *v;
		size_t n;
		if (!doc_para(d, i))
			return NULL;
		doc_spans(d, i, &v, &n);
		for (size_t k = 0; k < n; k++) {
			const struct hl_span *s = dir > 0 ? &v[k] : &v[n - 1 - k];
			if (!span_on(a, s) || (key && strcmp(s->key, key) != 0))
				continue;
			if (off == SIZE_MAX || (dir > 0 ? s->start > off : s->start < off))
				return s;
		}
		if (dir < 0) {
			if (i == 0)
				return NULL;
			i--;
		} else {
			i++;
		}
	}
	return NULL;
}

static int smartcase(const char *pat)
{
	for (const char *p = pat; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			return 1;
	return 0;
}

static int match_at(const char *s, const char *pat, size_t m, int cs)
{
	return cs ? memcmp(s, pat, m) == 0 : ascii_ncasecmp(s, pat, m) == 0;
}

/* The next match at or after from (dir > 0), or before from (dir < 0), in
 * the body; SIZE_MAX when none. */
static size_t search_find(struct app *a, const char *pat, size_t from, int dir)
{
	struct doc *d = a->r.doc;
	size_t m = strlen(pat), s = body_start(a);
	int cs = smartcase(pat);
	if (m == 0 || d->len < m)
		return SIZE_MAX;
	if (dir > 0) {
		if (from < s)
			from = s;
		if (cs) {
			const char *f = from <= d->len - m ? memmem(d->data + from, d->len - from, pat, m) : NULL;
			return f ? (size_t)(f - d->data) : SIZE_MAX;
		}
		for (size_t i = from; i + m <= d->len; i++)
			if (match_at(d->data + i, pat, m, cs))
				return i;
		return SIZE_MAX;
	}
	if (from > d->len - m + 1)
		from = d->len - m + 1;
	for (size_t i = from; i > s;) {
		i--;
		if (match_at(d->data + i, pat, m, cs))
			return i;
	}
	return SIZE_MAX;
}

static int search_step(struct app *a, int dir)
{
	struct reader *r = &a->r;
	if (!r->search) {
		app_msg(a, 1, _("No previous search"));
		return R_STATUS;
	}
	size_t from = r->cur == SIZE_MAX ? body_start(a) : dir > 0 ? r->cur + 1 : r->cur;
	size_t hit = search_find(a, r->search, from, dir);
	if (hit == SIZE_MAX) {
		hit = search_find(a, r->search, dir > 0 ? 0 : r->doc->len, dir);
		if (hit == SIZE_MAX) {
			app_msg(a, 1, _("Pattern not found"));
			return R_STATUS | R_READER;
		}
		app_msg(a, 0, dir > 0 ? _("Search hit BOTTOM, continuing at TOP") : _("Search hit TOP, continuing at BOTTOM"));
	}
	reader_goto(a, hit, hit + strlen(r->search));
	return R_READER | R_STATUS;
}

int reader_search(struct app *a, const char *pattern)
{
	struct reader *r = &a->r;
	if (!r->doc)
		return R_NONE;
	free(r->search);
	r->search = pattern[0] ? xstrdup(pattern) : NULL;
	if (!r->search)
		return R_READER;
	/* From the top of the screen, like less. */
	size_t top = reader_position(a);
	if (r->cur != SIZE_MAX && r->cur > top)
		top = r->cur;
	r->cur = top > 0 ? top - 1 : top;
	return search_step(a, 1);
}

/* Past the last (before the first) mention in this article, `*` (`#`)
 * goes on into the next (previous) article of the list that mentions the
 * entity, from the library's index; only when no other article does, it
 * wraps round inside this one. */
static int mention_other_article(struct app *a, const struct hl_span *s, int dir, int *react)
{
	struct reader *r = &a->r;
	if (!a->lib || r->entry >= a->nents)
		return 0;
	struct ops_mention m;
	memset(&m, 0, sizeof m);
	int64_t from = a->ents[r->entry].id;
	int found = ops_mention_next_article(a->lib, a->hl, s->key, (int)s->type, from, dir, 1, &m);
	if (found < 0) {
		app_msg(a, 1, "%s", err_msg());
		*react = R_STATUS;
		return 1;
	}
	if (found == 0 || m.article_id == from) {
		ops_mention_clear(&m);
		return 0;
	}
	int64_t id = m.article_id;
	size_t start = m.start, end = m.end;
	char *title = xstrdup(m.title ? m.title : m.path);
	ops_mention_clear(&m);
	int rc = app_open_at(a, id, start, end);
	if (rc < 0) {
		free(title);
		return 0;   /* not in the list (a filter hides it): stay here */
	}
	app_msg(a, 0, dir > 0 ? _("Next mention in: %s") : _("Previous mention in: %s"), title);
	free(title);
	*react = rc | R_STATUS | R_SIDE;
	return 1;
}

static int mention_step(struct app *a, int dir)
{
	struct reader *r = &a->r;
	const struct hl_span *s = span_at(a, r->cur);
	if (!s) {
		app_msg(a, 1, r->doc->hl_ok ? _("No entity under the cursor") : _("No highlights (the highlight engine is not built in)"));
		return R_STATUS;
	}
	const char *key = s->key;
	const struct hl_span *t = span_find(a, s->start, dir, key);
	if (!t) {
		int react;
		if (mention_other_article(a, s, dir, &react))
			return react;
		t = span_find(a, SIZE_MAX, dir, key);
		if (dir < 0) {
			/* The last mention: walk from the end. */
			doc_para_all(r->doc);
			size_t last = r->doc->npara ? r->doc->para[r->doc->npara - 1].end : 0;
			t = span_find(a, last, -1, key);
		}
		if (!t || t == s) {
			app_msg(a, 0, _("The only mention of this entity"));
			return R_STATUS;
		}
		app_msg(a, 0, dir > 0 ? _("Last mention: continuing at the top") : _("First mention: continuing at the bottom"));
	}
	reader_goto(a, t->start, t->end);
	return R_READER | R_STATUS | R_SIDE;
}

static int entity_step(struct app *a, int dir)
{
	struct reader *r = &a->r;
	if (!r->doc->hl_ok) {
		app_msg(a, 1, _("No highlights (the highlight engine is not built in)"));
		return R_STATUS;
	}
	const struct hl_span *t = span_find(a, r->cur, dir, NULL);
	if (!t) {
		app_msg(a, 0, dir > 0 ? _("No more entities below") : _("No more entities above"));
		return R_STATUS;
	}
	reader_goto(a, t->start, t->end);
	return R_READER | R_STATUS | R_SIDE;
}

const struct article *reader_article(struct app *a)
{
	struct doc *d = a->r.doc;
	return d && !d->map ? d->art : NULL;
}

const struct hl_span *reader_span(struct app *a)
{
	return a->r.doc ? span_at(a, a->r.cur) : NULL;
}

int reader_selection(struct app *a, size_t *s, size_t *e)
{
	struct reader *r = &a->r;
	if (!r->doc || r->sel_anchor == SIZE_MAX || r->cur == SIZE_MAX)
		return 0;
	size_t lo = r->sel_anchor < r->cur ? r->sel_anchor : r->cur;
	size_t hi = r->sel_anchor < r->cur ? r->cur : r->sel_anchor;
	*s = lo;
	*e = word_end(r->doc, hi);
	return *e > *s;
}

int reader_sentence(struct app *a, size_t *s, size_t *e)
{
	struct reader *r = &a->r;
	struct doc *d = r->doc;
	if (!d || r->cur == SIZE_MAX || r->cur < body_start(a) || r->cur >= d->len)
		return 0;
	const struct art_para *p = &d->para[para_of(a, r->cur)];
	size_t from = sentence_scan(d, p, r->cur + 1, 0);
	size_t to = sentence_scan(d, p, r->cur, 1);
	if (to == SIZE_MAX || to > p->end)
		to = p->end;
	while (to > from && (d->data[to - 1] == ' ' || d->data[to - 1] == '\n' || d->data[to - 1] == '\t' || d->data[to - 1] == '\r'))
		to--;
	*s = from;
	*e = to;
	return to > from;
}

static int move_cursor(struct app *a, size_t to)
{
	struct reader *r = &a->r;
	if (to == SIZE_MAX || to == r->cur)
		return R_NONE;
	r->cur = to;
	show_offset(a, to);
	return R_READER | R_STATUS;
}

int reader_action(struct app *a, enum action act)
{
	struct reader *r = &a->r;
	if (!r->doc)
		return R_NONE;
	int page = r->height > 2 ? r->height - 1 : 1;
	switch (act) {
	case ACT_MOVE_DOWN: return reader_scroll(a, 1);
	case ACT_MOVE_UP: return reader_scroll(a, -1);
	case ACT_PAGE_DOWN: return reader_scroll(a, page);
	case ACT_PAGE_UP: return reader_scroll(a, -page);
	case ACT_HALF_DOWN: return reader_scroll(a, (r->height + 1) / 2);
	case ACT_HALF_UP: return reader_scroll(a, -(r->height + 1) / 2);
	case ACT_TOP:
		r->top_block = r->top_line = 0;
		r->cur = next_word(a, SIZE_MAX);
		return R_READER | R_STATUS;
	case ACT_BOTTOM:
		doc_para_all(r->doc);
		if (r->doc->npara > 0) {
			r->top_block = r->doc->npara;
			r->top_line = 0;
			size_t n = block_rows(a, r->top_block);
			if (n != SIZE_MAX && n > 1)
				r->top_line = n - 2;   /* the last line of text */
			for (int k = 1; k < r->height; k++)
				if (!row_prev(a, &r->top_block, &r->top_line))
					break;
			cursor_into_view(a, 0);
		}
		return R_READER | R_STATUS;
	case ACT_NEXT_WORD: return move_cursor(a, next_word(a, r->cur));
	case ACT_PREV_WORD: return move_cursor(a, prev_word(a, r->cur));
	case ACT_NEXT_SENTENCE: return move_cursor(a, next_sentence(a, r->cur));
	case ACT_PREV_SENTENCE: return move_cursor(a, prev_sentence(a, r->cur));
	case ACT_NEXT_PARAGRAPH: return move_cursor(a, next_paragraph(a, r->cur));
	case ACT_PREV_PARAGRAPH: return move_cursor(a, prev_paragraph(a, r->cur));
	case ACT_SEARCH_NEXT: return search_step(a, 1);
	case ACT_SEARCH_PREV: return search_step(a, -1);
	case ACT_NEXT_ENTITY: return entity_step(a, 1);
	case ACT_PREV_ENTITY: return entity_step(a, -1);
	case ACT_NEXT_MENTION: return mention_step(a, 1);
	case ACT_PREV_MENTION: return mention_step(a, -1);
	default:
		return R_NONE;
	}
}

int reader_click(struct app *a, int row, int col)
{
	struct reader *r = &a->r;
	if (!r->doc || row < 1)
		return R_NONE;
	struct vrow rows[512];
	int n = collect_rows(a, rows, r->height < 512 ? r->height : 512);
	if (row - 1 >= n || rows[row - 1].block == 0)
		return R_NONE;
	struct vrow *v = &rows[row - 1];
	const struct wrap_lines *w = para_lines(a, v->block - 1);
	if (!w || v->line >= w->n)
		return R_NONE;
	const struct art_para *p = &r->doc->para[v->block - 1];
	size_t i = p->start + w->v[v->line].start, e = p->start + w->v[v->line].end;
	int c = 0, x = col - r->left;
	while (i < e) {
		struct san_unit u;
		size_t len = wrap_unit(r->doc->data + i, e - i, c, &u);
		if (c + u.width > x)
			break;
		c += u.width;
		i += len;
	}
	if (i >= e)
		i = e > 0 ? back1(r->doc, e) : e;
	/* The start of the word clicked, or the next word. */
	if (word_at(r->doc, i)) {
		while (i > p->start && word_at(r->doc, back1(r->doc, i)))
			i = back1(r->doc, i);
	} else {
		i = next_word(a, i);
	}
	r->cur = i;
	return R_READER | R_STATUS | R_SIDE;
}

/* ---- drawing ---- */

struct match {
	size_t start, end;
};

/* Whether byte i is inside an attached note. */
static int in_note(struct app *a, size_t i)
{
	for (size_t k = 0; k < a->notes.n; k++) {
		const struct store_note *n = &a->notes.v[k];
		if (!n->orphan && n->start <= i && i < n->end)
			return 1;
	}
	return 0;
}

static int note_on_line(struct app *a, size_t start, size_t end)
{
	for (size_t k = 0; k < a->notes.n; k++) {
		const struct store_note *n = &a->notes.v[k];
		if (!n->orphan && n->start < end && start < n->end)
			return 1;
	}
	return 0;
}

static void draw_line(struct app *a, WINDOW *w, int y, size_t start, size_t end,
		      const struct hl_span *sv, size_t sn, const struct match *mv, size_t mn)
{
	struct reader *r = &a->r;
	const char *data = r->doc->data;
	size_t cur_end = r->cur != SIZE_MAX ? word_end(r->doc, r->cur) : 0;
	int show_cursor = r->cur != SIZE_MAX;
	attr_t text = theme_attr(EL_TEXT);
	size_t ss = 0, se = 0;
	int sel = reader_selection(a, &ss, &se);
	int notes = a->notes.n > 0 && note_on_line(a, start, end);
	/* The margin mark: left of the text, in the column the centring leaves. */
	if (notes && r->left > 0) {
		wmove(w, y, r->left - 1);
		wattrset(w, theme_attr(EL_NOTE_MARK));
		waddstr(w, MB_CUR_MAX > 1 ? "\xe2\x96\x8e" : "|");   /* ▎ */
	}
	int col = 0;
	size_t si = 0, mi = 0;
	wmove(w, y, r->left);
	for (size_t i = start; i < end;) {
		struct san_unit u;
		size_t len = wrap_unit(data + i, end - i, col, &u);
		if (col + u.width > r->width)
			break;
		attr_t at = text;
		while (si < sn && sv[si].end <= i)
			si++;
		int noted = notes && in_note(a, i);
		if (noted)
			at = theme_attr(EL_NOTE);
		/* An entity keeps its colour inside a note and takes the note's
		 * attributes: two colour pairs cannot be or'ed. */
		if (si < sn && sv[si].start <= i && span_on(a, &sv[si]))
			at = theme_attr((enum elem)(EL_PERSON + sv[si].type)) | (noted ? theme_attr(EL_NOTE) & ~A_COLOR : 0);
		while (mi < mn && mv[mi].end <= i)
			mi++;
		if (mi < mn && mv[mi].start <= i)
			at = theme_attr(EL_SEARCH);
		if (u.kind == SAN_CONTROL || u.kind == SAN_FORMAT || u.kind == SAN_INVALID)
			at = theme_attr(EL_PLACEHOLDER);
		/* The cursor keeps the colour of what it is on (an entity, a
		 * match) and adds the cursor's attributes: two colour pairs
		 * cannot be or'ed. */
		if (sel && i >= ss && i < se)
			at = theme_attr(EL_SELECTION);
		if (show_cursor && i >= r->cur && i < cur_end)
			at |= (theme_attr(EL_CURSOR) & ~A_COLOR) | (sel ? A_BOLD | A_UNDERLINE : 0);
		wattrset(w, at);
		if (u.show_len)
			waddnstr(w, u.show, (int)u.show_len);
		col += u.width;
		i += len;
	}
	wattrset(w, A_NORMAL);
}

static void para_matches(struct app *a, const struct art_para *p, struct match **mv, size_t *mn, size_t *mcap)
{
	struct reader *r = &a->r;
	*mn = 0;
	if (!r->search)
		return;
	size_t m = strlen(r->search);
	int cs = smartcase(r->search);
	for (size_t i = p->start; i + m <= p->end; i++)
		if (match_at(r->doc->data + i, r->search, m, cs)) {
			XGROW(*mv, *mcap, *mn + 1);
			(*mv)[*mn].start = i;
			(*mv)[*mn].end = i + m;
			(*mn)++;
			i += m - 1;
		}
}

void reader_draw(struct app *a)
{
	struct pane *p = &a->reader;
	struct reader *r = &a->r;
	WINDOW *w = p->win;
	if (!w)
		return;
	werase(w);
	if (!r->doc) {
		draw_bar(a, p, "gloss", 5, NULL, a->focus == FOCUS_READER);
		if (p->h > 2 && a->nents > 0) {
			wmove(w, 2, 2);
			draw_textz(w, _("Select an article and press Enter."), p->w - 3, theme_attr(EL_META));
		} else if (p->h > 4) {
			/* An empty library: say where articles go. The folder name
			 * is untrusted like any other: draw_textz sanitizes. */
			wmove(w, 2, 2);
			draw_textz(w, a->filter ? _("No article has this tag (:filter alone shows all).")
						: _("No articles here yet. Put .txt or .md files in"),
				   p->w - 3, theme_attr(EL_META));
			if (!a->filter) {
				wmove(w, 3, 2);
				draw_textz(w, a->dir, p->w - 3, theme_attr(EL_META));
			}
		}
		wnoutrefresh(w);
		return;
	}
	struct vrow rows[512];
	int n = collect_rows(a, rows, r->height < 512 ? r->height : 512);
	/* Where we are: Top, End, All or a percentage of the bytes. */
	char where[16];
	int below = more_below(a);
	if (r->top_block == 0 && r->top_line == 0)
		snprintf(where, sizeof where, "%s", below ? _("Top") : _("All"));
	else if (!below)
		snprintf(where, sizeof where, "%s", _("End"));
	else
		snprintf(where, sizeof where, "%d%%", (int)((double)reader_position(a) * 100.0 / (double)(r->doc->len ? r->doc->len : 1)));
	const char *title = r->doc->art->title;
	draw_bar(a, p, title, strlen(title), where, a->focus == FOCUS_READER);
	struct match *mv = NULL;
	size_t mn = 0, mcap = 0, mpara = SIZE_MAX;
	for (int k = 0; k < n; k++) {
		struct vrow *v = &rows[k];
		int y = k + 1;
		if (v->block == 0) {
			if (v->line < r->title.n) {
				struct wrap_line *l = &r->title.v[v->line];
				wmove(w, y, r->left);
				draw_text(w, r->title_s + l->start, l->end - l->start, r->width, theme_attr(EL_TITLE));
			} else if (v->line < r->title.n + r->meta.n) {
				struct wrap_line *l = &r->meta.v[v->line - r->title.n];
				wmove(w, y, r->left);
				draw_text(w, r->meta_s + l->start, l->end - l->start, r->width, theme_attr(EL_META));
			}
			continue;
		}
		size_t pi = v->block - 1;
		const struct wrap_lines *wl = para_lines(a, pi);
		if (!wl || v->line >= wl->n)
			continue;
		const struct art_para *pp = &r->doc->para[pi];
		if (mpara != pi) {
			para_matches(a, pp, &mv, &mn, &mcap);
			mpara = pi;
		}
		const struct hl_span *sv;
		size_t sn;
		doc_spans(r->doc, pi, &sv, &sn);
		pp = &r->doc->para[pi];   /* doc_spans may have grown the array */
		draw_line(a, w, y, pp->start + wl->v[v->line].start, pp->start + wl->v[v->line].end, sv, sn, mv, mn);
	}
	free(mv);
	wnoutrefresh(w);
}
