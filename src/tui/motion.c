/* motion.c -- words, sentences and paragraphs for the reading cursor
 * (motion.h): text.h's rules over the body of the doc, and search. */
#include "system.h"

#include <string.h>

#include "motion.h"
#include "text.h"
#include "util.h"

size_t motion_body_start(struct doc *d)
{
	if (d->skip_para != SIZE_MAX) {
		const struct art_para *p = doc_para(d, d->skip_para);
		if (p)
			return p->end;
	}
	return d->body;
}

/* The body as text.h sees it. */
static struct text body(struct doc *d)
{
	struct text t = { d->data, motion_body_start(d), d->len, d->line_paras };
	return t;
}

size_t motion_para_of(struct doc *d, size_t off)
{
	size_t i = doc_para_at(d, off);
	if (i == d->skip_para && doc_para(d, i + 1))
		i++;
	return i;
}

int motion_word_at(struct doc *d, size_t off)
{
	struct text t = body(d);
	return off >= t.lo && off < t.len && text_is_word(&t, off);
}

size_t motion_back1(struct doc *d, size_t off)
{
	struct text t = body(d);
	return text_grapheme_prev(&t, off);
}

size_t motion_word_end(struct doc *d, size_t off)
{
	struct text t = body(d);
	return text_word_end(&t, off);
}

size_t motion_next_word(struct doc *d, size_t off)
{
	struct text t = body(d);
	size_t to = off == SIZE_MAX || off < t.lo ? text_word_first(&t) : text_word_next(&t, off);
	if (to != TEXT_NONE)
		return to;
	return off == SIZE_MAX || off < t.lo ? t.lo : off;
}

/* One step of a text.h motion from off: the body's first word when off is
 * SIZE_MAX or before the body (at its start, for a step back), off itself
 * when there is nowhere to go. */
static size_t step(struct doc *d, size_t off, int back, size_t (*fn)(const struct text *, size_t))
{
	struct text t = body(d);
	if (off == SIZE_MAX || (back ? off <= t.lo : off < t.lo))
		return motion_next_word(d, SIZE_MAX);
	size_t to = fn(&t, off);
	return to != TEXT_NONE ? to : off;
}

static size_t para_next_start(const struct text *t, size_t off)
{
	struct text_para p;
	return text_para_next(t, off, &p) ? p.start : TEXT_NONE;
}

static size_t para_prev_start(const struct text *t, size_t off)
{
	struct text_para p;
	return text_para_prev(t, off, &p) ? p.start : TEXT_NONE;
}

size_t motion_prev_word(struct doc *d, size_t off)
{
	return step(d, off, 1, text_word_prev);
}

size_t motion_next_sentence(struct doc *d, size_t off)
{
	return step(d, off, 0, text_sentence_next);
}

size_t motion_prev_sentence(struct doc *d, size_t off)
{
	return step(d, off, 1, text_sentence_prev);
}

/* Markdown: the first word of block i, or SIZE_MAX when it has none (a
 * rule) or is the title's. */
static size_t block_word(struct doc *d, size_t i)
{
	const struct art_para *p = doc_para(d, i);
	if (!p || i == d->skip_para)
		return SIZE_MAX;
	size_t w = motion_word_at(d, p->start) ? p->start : motion_next_word(d, p->start);
	return w >= p->start && w < p->end && motion_word_at(d, w) ? w : SIZE_MAX;
}

/* Markdown's paragraphs are its blocks (a list item, a table row, a
 * heading): the first word of the next one, or of the previous one (of
 * off's own when off is past it). */
static size_t block_step(struct doc *d, size_t off, int dir)
{
	if (off == SIZE_MAX || off < motion_body_start(d))
		return motion_next_word(d, SIZE_MAX);
	size_t i = motion_para_of(d, off);
	if (dir < 0) {
		size_t w = block_word(d, i);
		if (w != SIZE_MAX && w < off)
			return w;
	}
	for (size_t j = i; dir > 0 ? j + 1 < d->npara : j > 0;) {
		j = dir > 0 ? j + 1 : j - 1;
		size_t w = block_word(d, j);
		if (w != SIZE_MAX && (dir > 0 ? w > off : w < off))
			return w;
	}
	return off;
}

size_t motion_next_paragraph(struct doc *d, size_t off)
{
	if (d->md)
		return block_step(d, off, 1);
	return step(d, off, 0, para_next_start);
}

size_t motion_prev_paragraph(struct doc *d, size_t off)
{
	if (d->md)
		return block_step(d, off, -1);
	return step(d, off, 1, para_prev_start);
}

int motion_sentence_at(struct doc *d, size_t off, size_t *s, size_t *e)
{
	struct text t = body(d);
	if (off == SIZE_MAX || off < t.lo || off >= t.len)
		return 0;
	size_t from = text_sentence_start(&t, off), to = text_sentence_end(&t, off);
	if (from == TEXT_NONE || to == TEXT_NONE || to <= from)
		return 0;
	*s = from;
	*e = to;
	return 1;
}

int motion_smartcase(const char *pat)
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

size_t motion_search(struct doc *d, const char *pat, size_t from, int dir)
{
	size_t m = strlen(pat), s = motion_body_start(d);
	int cs = motion_smartcase(pat);
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

/* A scan for the next entity gives up after this many paragraphs. */
#define SCAN_PARAS 100000

const struct hl_span *motion_span(struct doc *d, size_t off, int dir, const char *key, const int on[HL_NTYPES])
{
	size_t i = off == SIZE_MAX ? 0 : motion_para_of(d, off);
	for (size_t steps = 0; steps < SCAN_PARAS; steps++) {
		const struct hl_span *v;
		size_t n;
		if (!doc_para(d, i))
			return NULL;
		doc_spans(d, i, &v, &n);
		for (size_t k = 0; k < n; k++) {
			const struct hl_span *s = dir > 0 ? &v[k] : &v[n - 1 - k];
			if (s->type >= HL_NTYPES || !on[s->type] || (key && strcmp(s->key, key) != 0))
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
