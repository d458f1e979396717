/* motion.c -- words, sentences and paragraphs for the reading cursor
 * (motion.h). */
#include "system.h"

#include <string.h>

#include "motion.h"
#include "ustr.h"
#include "util.h"

int motion_word_at(const struct doc *d, size_t off)
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

size_t motion_back1(const struct doc *d, size_t off)
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

size_t motion_body_start(struct doc *d)
{
	if (d->skip_para != SIZE_MAX) {
		const struct art_para *p = doc_para(d, d->skip_para);
		if (p)
			return p->end;
	}
	return d->body;
}

size_t motion_word_end(const struct doc *d, size_t off)
{
	if (!motion_word_at(d, off))
		return fwd1(d, off);
	while (off < d->len && motion_word_at(d, off))
		off = fwd1(d, off);
	return off;
}

size_t motion_next_word(struct doc *d, size_t off)
{
	size_t s = motion_body_start(d);
	if (off < s || off == SIZE_MAX) {
		off = s;
		if (motion_word_at(d, off))
			return off;
	}
	size_t i = off;
	while (i < d->len && motion_word_at(d, i))
		i = fwd1(d, i);
	while (i < d->len && !motion_word_at(d, i))
		i = fwd1(d, i);
	return i < d->len ? i : off;
}

size_t motion_prev_word(struct doc *d, size_t off)
{
	size_t s = motion_body_start(d);
	if (off == SIZE_MAX || off <= s)
		return motion_next_word(d, SIZE_MAX);
	size_t i = motion_back1(d, off);
	while (i > s && !motion_word_at(d, i))
		i = motion_back1(d, i);
	if (!motion_word_at(d, i))
		return off;
	while (i > s && motion_word_at(d, motion_back1(d, i)))
		i = motion_back1(d, i);
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

size_t motion_para_of(struct doc *d, size_t off)
{
	size_t i = doc_para_at(d, off);
	if (i == d->skip_para && doc_para(d, i + 1))
		i++;
	return i;
}

size_t motion_next_sentence(struct doc *d, size_t off)
{
	if (off == SIZE_MAX || off < motion_body_start(d))
		return motion_next_word(d, SIZE_MAX);
	size_t i = motion_para_of(d, off);
	const struct art_para *p = &d->para[i];
	size_t best = sentence_scan(d, p, off, 1);
	if (best != SIZE_MAX)
		return best;
	const struct art_para *n = doc_para(d, i + 1);
	if (n && i + 1 == d->skip_para)
		n = doc_para(d, i + 2);
	return n ? n->start : off;
}

size_t motion_prev_sentence(struct doc *d, size_t off)
{
	if (off == SIZE_MAX || off <= motion_body_start(d))
		return motion_next_word(d, SIZE_MAX);
	size_t i = motion_para_of(d, off);
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

size_t motion_next_paragraph(struct doc *d, size_t off)
{
	if (off == SIZE_MAX || off < motion_body_start(d))
		return motion_next_word(d, SIZE_MAX);
	size_t i = motion_para_of(d, off) + 1;
	if (i == d->skip_para)
		i++;
	const struct art_para *p = doc_para(d, i);
	return p ? p->start : off;
}

size_t motion_prev_paragraph(struct doc *d, size_t off)
{
	if (off == SIZE_MAX || off <= motion_body_start(d))
		return motion_next_word(d, SIZE_MAX);
	size_t i = motion_para_of(d, off);
	if (off > d->para[i].start)
		return d->para[i].start;
	while (i > 0) {
		i--;
		if (i != d->skip_para)
			return d->para[i].start;
	}
	return off;
}

int motion_sentence_at(struct doc *d, size_t off, size_t *s, size_t *e)
{
	if (off == SIZE_MAX || off < motion_body_start(d) || off >= d->len)
		return 0;
	const struct art_para *p = &d->para[motion_para_of(d, off)];
	size_t from = sentence_scan(d, p, off + 1, 0);
	size_t to = sentence_scan(d, p, off, 1);
	if (to == SIZE_MAX || to > p->end)
		to = p->end;
	while (to > from && (d->data[to - 1] == ' ' || d->data[to - 1] == '\n' || d->data[to - 1] == '\t' || d->data[to - 1] == '\r'))
		to--;
	*s = from;
	*e = to;
	return to > from;
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
