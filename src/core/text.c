/* text.c -- paragraphs, sentences, words and grapheme clusters (text.h).
 *
 * The one home of these rules: article.c builds its paragraph list and
 * finds its title sentence with them. Each function reads outward from
 * the offset it is given, line by line (memchr, memrchr) for paragraphs
 * and within one paragraph for sentences and words, so a big mapped file
 * costs what the paragraph around the offset costs. It must never read
 * the whole text to answer about one place, never allocate, and never
 * read outside [t->lo, t->len). Abbreviations are the highlight engine's
 * (hl_abbrev), so that a sentence and the engine agree on where "Jan. 20"
 * belongs. */
#include "system.h"

#include <string.h>

#include "hl.h"
#include "text.h"
#include "ustr.h"

/* ---- lines and paragraphs ---- */

int text_blank_line(const char *s, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

/* The end of the line that holds p (its '\n', or lim). */
static size_t eol(const char *s, size_t lim, size_t p)
{
	const char *nl = p < lim ? memchr(s + p, '\n', lim - p) : NULL;
	return nl ? (size_t)(nl - s) : lim;
}

/* The start of the line that holds p, no lower than lo. memrchr looks in
 * windows that grow from the end: a sanitizer checks every byte of the
 * range it is given, which from a far lo would be the whole text. */
static size_t bol(const char *s, size_t lo, size_t p)
{
	for (size_t win = 256; p > lo; win *= 2) {
		size_t a = p - lo > win ? p - win : lo;
		const char *nl = memrchr(s + a, '\n', p - a);
		if (nl)
			return (size_t)(nl - s) + 1;
		p = a;
	}
	return lo;
}

/* The line that ends just before pos (pos > t->lo, a line start or the
 * end): [*ls, *le), *le at its newline or at pos. */
static void line_before(const struct text *t, size_t pos, size_t *ls, size_t *le)
{
	*le = t->s[pos - 1] == '\n' ? pos - 1 : pos;
	*ls = bol(t->s, t->lo, *le);
}

static size_t trim_end(const char *s, size_t start, size_t end)
{
	while (end > start && (s[end - 1] == '\r' || s[end - 1] == ' ' || s[end - 1] == '\t'))
		end--;
	return end;
}

static size_t skip_indent(const char *s, size_t start, size_t end)
{
	while (start < end && (s[start] == ' ' || s[start] == '\t'))
		start++;
	return start;
}

int text_line_paras(const char *s, size_t len, size_t from)
{
	for (size_t q = from; q < len;) {
		size_t e = eol(s, len, q);
		if (e < len && text_blank_line(s, q, e)) {
			/* A blank line counts only with text after it. */
			size_t r = e + 1;
			while (r < len) {
				size_t e2 = eol(s, len, r);
				if (!text_blank_line(s, r, e2))
					return 0;
				r = e2 + 1;
			}
			return 1;
		}
		q = e + 1;
	}
	return 1;
}

/* The paragraph whose first line starts at ls (a line with text). */
static void para_from(const struct text *t, size_t ls, struct text_para *p)
{
	const char *s = t->s;
	size_t pos = ls, last_s = ls, last_e = eol(s, t->len, ls);
	p->from = ls;
	p->start = skip_indent(s, ls, last_e);
	for (;;) {
		pos = last_e < t->len ? last_e + 1 : t->len;
		if (t->line_paras || pos >= t->len)
			break;
		size_t e = eol(s, t->len, pos);
		if (text_blank_line(s, pos, e))
			break;
		last_s = pos;
		last_e = e;
	}
	p->end = trim_end(s, last_s, last_e);
	p->to = pos;
}

int text_para_at(const struct text *t, size_t off, struct text_para *p)
{
	const char *s = t->s;
	if (off < t->lo)
		off = t->lo;
	if (off >= t->len)
		return 0;
	size_t ls = bol(s, t->lo, off), le = eol(s, t->len, off);
	if (text_blank_line(s, ls, le)) {
		/* On a blank line: the first line with text after it. */
		do {
			if (le >= t->len)
				return 0;
			ls = le + 1;
			le = eol(s, t->len, ls);
		} while (text_blank_line(s, ls, le));
	} else if (!t->line_paras) {
		/* Back to the paragraph's first line. */
		while (ls > t->lo) {
			size_t pls, ple;
			line_before(t, ls, &pls, &ple);
			if (text_blank_line(s, pls, ple))
				break;
			ls = pls;
		}
	}
	para_from(t, ls, p);
	return 1;
}

int text_para_next(const struct text *t, size_t off, struct text_para *p)
{
	if (!text_para_at(t, off, p))
		return 0;
	if (off < t->lo || p->start > off)
		return 1;
	return text_para_at(t, p->to, p);
}

int text_para_prev(const struct text *t, size_t off, struct text_para *p)
{
	const char *s = t->s;
	if (off > t->len)
		off = t->len;
	if (off <= t->lo)
		return 0;
	size_t pos;
	if (text_para_at(t, off, p)) {
		if (p->start < off)
			return 1;
		pos = p->from;
	} else {
		pos = off;
	}
	/* Backward from pos: over blank lines, then over the lines of the
	 * paragraph before them. */
	size_t ls, le;
	for (;;) {
		if (pos <= t->lo)
			return 0;
		line_before(t, pos, &ls, &le);
		if (!text_blank_line(s, ls, le))
			break;
		pos = ls;
	}
	size_t last_s = ls, last_e = le;
	while (!t->line_paras && ls > t->lo) {
		size_t pls, ple;
		line_before(t, ls, &pls, &ple);
		if (text_blank_line(s, pls, ple))
			break;
		ls = pls;
		le = ple;
	}
	p->from = ls;
	p->start = skip_indent(s, ls, eol(s, t->len, ls));
	p->end = trim_end(s, last_s, last_e);
	p->to = last_e < t->len && s[last_e] == '\n' ? last_e + 1 : last_e;
	return 1;
}

/* ---- sentences ---- */

/* Bytes of the sentence terminator at i ('.', '!', '?' or '…'), or 0. */
static size_t terminator(const char *s, size_t i, size_t end)
{
	if (s[i] == '.' || s[i] == '!' || s[i] == '?')
		return 1;
	if (end - i >= 3 && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0xa6)
		return 3;
	return 0;
}

/* Bytes of the closing quote or bracket at i, or 0. */
static size_t closer(const char *s, size_t i, size_t end)
{
	if (s[i] == ')' || s[i] == ']' || s[i] == '"' || s[i] == '\'')
		return 1;
	if (end - i >= 3 && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9d))
		return 3;   /* ’ ” */
	return 0;
}

static int white(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int ascii_letter(char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* The longest abbreviation the engine's lists hold is shorter. */
#define ABBR_MAX 16

/* Does the word at k only ever start a sentence when capitalised ("The",
 * "He", "It")? After an acronym such a word says the acronym ended one. */
static int opens_sentence(const char *s, size_t k, size_t end)
{
	static const char *const w[] = {
		"The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These",
		"Those", "His", "Her", "Its", "Their", "Our", "There", "But", "And", "In", "On",
		"At", "When", "After", "Meanwhile", "However",
	};
	size_t n = 0;
	while (k + n < end && ascii_letter(s[k + n]))
		n++;
	if (k + n < end && (unsigned char)s[k + n] >= 0x80)
		return 0;
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (strlen(w[i]) == n && memcmp(s + k, w[i], n) == 0)
			return 1;
	return 0;
}

/* Does the single '.' at dot end a sentence, the next one starting with
 * the character at k? (p: the paragraph.) */
static int dot_ends(const char *s, const struct text_para *p, size_t dot, size_t k)
{
	size_t w = dot;
	while (w > p->start && dot - w <= ABBR_MAX && ascii_letter(s[w - 1]))
		w--;
	size_t n = dot - w;
	if (n == 0 || n > ABBR_MAX)
		return 1;
	if (w > p->start && ((unsigned char)s[w - 1] >= 0x80 || (s[w - 1] >= '0' && s[w - 1] <= '9') || s[w - 1] == '_'))
		return 1;   /* the end of a longer word */
	if (n == 1 && s[w] >= 'A' && s[w] <= 'Z')
		/* an initial, or the last letter of "U.S.", go on; but "in
		 * Washington, D.C. The talks" ends at the acronym */
		return w > p->start && s[w - 1] == '.' && opens_sentence(s, k, p->end);
	if (n == 1 && w >= p->start + 2 && s[w - 1] == '.' && ascii_letter(s[w - 2]))
		return 0;   /* "e.g.", "p.m." */
	unsigned a = hl_abbrev(s + w, n);
	if (!(a & HL_ABBR))
		return 1;
	if (s[k] >= '0' && s[k] <= '9')
		return 0;   /* "Jan. 20", "No. 5" */
	return (a & (HL_ABBR_MONTH | HL_ABBR_STATE)) != 0;
}

/* Does a sentence start with the character at k? Not with a lower-case
 * letter. */
static int starts_sentence(const char *s, size_t k, size_t end)
{
	int32_t cp;
	ustr_decode(s + k, end - k, &cp);
	return !ustr_is_lower(cp);
}

/* The first sentence end in paragraph p at or after i: *stop is the end of
 * its terminators and closers, *next the next sentence's start. Returns 0
 * when the paragraph ends first. */
static int sentence_end_from(const struct text *t, const struct text_para *p, size_t i, size_t *stop, size_t *next)
{
	const char *s = t->s;
	while (i < p->end) {
		size_t n = terminator(s, i, p->end);
		if (!n) {
			i++;
			continue;
		}
		size_t g = i, k = i;
		while (k < p->end && (n = terminator(s, k, p->end)) != 0)
			k += n;
		int one_dot = k == g + 1 && s[g] == '.';
		while (k < p->end && (n = closer(s, k, p->end)) != 0)
			k += n;
		size_t c = k;
		while (k < p->end && white(s[k]))
			k++;
		if (k > c && k < p->end && starts_sentence(s, k, p->end) && (!one_dot || dot_ends(s, p, g, k))) {
			*stop = c;
			*next = k;
			return 1;
		}
		i = c;
	}
	return 0;
}

/* The last sentence start before lim, and its paragraph in *p. */
static size_t start_before(const struct text *t, size_t lim, struct text_para *p)
{
	if (!text_para_prev(t, lim, p))
		return TEXT_NONE;
	size_t j = p->start, stop, next;
	while (sentence_end_from(t, p, j, &stop, &next) && next < lim)
		j = next;
	return j;
}

size_t text_sentence_start(const struct text *t, size_t off)
{
	struct text_para p;
	return start_before(t, off < t->len ? off + 1 : t->len, &p);
}

size_t text_sentence_end(const struct text *t, size_t off)
{
	struct text_para p;
	size_t j = start_before(t, off < t->len ? off + 1 : t->len, &p), stop, next;
	if (j == TEXT_NONE)
		return TEXT_NONE;
	return sentence_end_from(t, &p, j, &stop, &next) ? stop : p.end;
}

size_t text_sentence_next(const struct text *t, size_t off)
{
	struct text_para p;
	if (!text_para_at(t, off, &p))
		return TEXT_NONE;
	if (off < t->lo || p.start > off)
		return p.start;
	size_t j = p.start, stop, next;
	while (sentence_end_from(t, &p, j, &stop, &next))
		if ((j = next) > off)
			return j;
	return text_para_at(t, p.to, &p) ? p.start : TEXT_NONE;
}

size_t text_sentence_prev(const struct text *t, size_t off)
{
	struct text_para p;
	return start_before(t, off, &p);
}

/* ---- words ---- */

static int apostrophe(const char *s, size_t i, size_t end)
{
	return s[i] == '\'' || (end - i >= 3 && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
				(unsigned char)s[i + 2] == 0x99);
}

/* A letter, a digit or '_' starts the cluster at off. */
static int word_char(const struct text *t, size_t off)
{
	unsigned char c = (unsigned char)t->s[off];
	if (c < 0x80)
		return ascii_letter((char)c) || (c >= '0' && c <= '9') || c == '_';
	int32_t cp;
	ustr_decode(t->s + off, t->len - off, &cp);
	return cp > 0 && (ustr_is_alpha(cp) || ustr_is_digit(cp));
}

int text_is_word(const struct text *t, size_t off)
{
	if (off < t->lo || off >= t->len)
		return 0;
	if (word_char(t, off))
		return 1;
	if (!apostrophe(t->s, off, t->len) || off == t->lo)
		return 0;
	size_t after = text_grapheme_next(t, off);
	return after < t->len && word_char(t, after) && word_char(t, text_grapheme_prev(t, off));
}

size_t text_word_start(const struct text *t, size_t off)
{
	off = off < t->lo ? t->lo : off > t->len ? t->len : off;
	if (!text_is_word(t, off))
		return off;
	while (off > t->lo) {
		size_t b = text_grapheme_prev(t, off);
		if (!text_is_word(t, b))
			break;
		off = b;
	}
	return off;
}

size_t text_word_end(const struct text *t, size_t off)
{
	if (off >= t->len)
		return t->len;
	if (!text_is_word(t, off))
		return text_grapheme_next(t, off);
	while (off < t->len && text_is_word(t, off))
		off = text_grapheme_next(t, off);
	return off;
}

/* The first word start at or after off (a cluster start). */
static size_t word_from(const struct text *t, size_t off)
{
	while (off < t->len && !text_is_word(t, off))
		off = text_grapheme_next(t, off);
	return off < t->len ? off : TEXT_NONE;
}

size_t text_word_first(const struct text *t)
{
	return word_from(t, t->lo);
}

size_t text_word_next(const struct text *t, size_t off)
{
	if (off < t->lo)
		return text_word_first(t);
	if (off >= t->len)
		return TEXT_NONE;
	return word_from(t, text_word_end(t, off));
}

size_t text_word_prev(const struct text *t, size_t off)
{
	if (off > t->len)
		off = t->len;
	if (off <= t->lo)
		return TEXT_NONE;
	size_t i = text_grapheme_prev(t, off);
	while (i > t->lo && !text_is_word(t, i))
		i = text_grapheme_prev(t, i);
	if (!text_is_word(t, i))
		return TEXT_NONE;
	return text_word_start(t, i);
}

/* ---- grapheme clusters ---- */

size_t text_grapheme_next(const struct text *t, size_t off)
{
	if (off < t->lo)
		return t->lo;
	if (off >= t->len)
		return t->len;
	return (size_t)(ustr_grapheme_next(t->s + off, t->s + t->len) - t->s);
}

size_t text_grapheme_prev(const struct text *t, size_t off)
{
	if (off <= t->lo)
		return t->lo;
	if (off > t->len)
		off = t->len;
	return (size_t)(ustr_grapheme_prev(t->s + t->lo, t->s + off) - t->s);
}
