/* hl.c -- the highlight engine's frame: the engine, user corrections, the
 * tokenizer, and the run that turns candidates into sorted spans with keys.
 *
 * The text is scanned one line at a time: news text keeps a sentence on one
 * line (or wraps it, and names rarely break across a wrap), and a line is a
 * small, bounded unit, so a 100 MB file costs the same memory as a short
 * one. Per line: tokens, then user corrections, then dates (hl-date.c),
 * then people and places (hl-name.c). Nothing here prints or allocates per
 * byte; the only per-span allocations are the key and value strings. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl-impl.h"
#include "ustr.h"
#include "util.h"

/* The stamp names what decides the spans: the built-in lists and rules
 * (the version, and the checksum of their sources, hl_digest, made at build
 * time by src/core/hl.mk) and the corrections, as the engine holds them. */
static void set_stamp(struct hl_engine *e)
{
	snprintf(e->stamp, sizeof e->stamp, "gloss %s; rules %s; corrections %016llx", PACKAGE_VERSION,
		 hl_digest, (unsigned long long)e->corr_sum);
}

struct hl_engine *hl_engine_new(void)
{
	struct hl_engine *e = xcalloc(1, sizeof *e);
	if (gaz_load(&e->gaz) < 0 || e->gaz.mask < 1024) {
		free(e);
		err_set(_("highlight engine: the built-in word lists are empty"));
		return NULL;
	}
	set_stamp(e);
	return e;
}

const char *hl_engine_stamp(const struct hl_engine *e)
{
	return e->stamp;
}

void hl_engine_free(struct hl_engine **pe)
{
	struct hl_engine *e = *pe;
	if (!e)
		return;
	free(e->corr);
	free(e);
	*pe = NULL;
}

const char *hl_type_name(enum hl_type t)
{
	switch (t) {
	case HL_PERSON: return "PERSON";
	case HL_PLACE: return "PLACE";
	case HL_DATE: return "DATE";
	default: return NULL;
	}
}

int hl_type_parse(const char *name)
{
	if (!name)
		return -1;
	if (!ascii_casecmp(name, "person"))
		return HL_PERSON;
	if (!ascii_casecmp(name, "place"))
		return HL_PLACE;
	if (!ascii_casecmp(name, "date"))
		return HL_DATE;
	return -1;
}

/* ---- the strings of a list of spans ---- */

/* The keys and values of a list. A long text names the same people,
 * places and dates again and again: a string met lately (a small table by
 * hash, of bounded size, that stays in the CPU cache) is not copied again.
 * The bytes sit in blocks that never move, so a span's pointer stays good
 * until the list is cleared. */
struct hl_strs {
	struct str_ent {
		uint32_t h;        /* the high half of str_hash() */
		uint32_t n;
		const char *s;     /* NULL: an empty slot */
	} *seen;
	size_t mask;               /* seen has mask + 1 slots */
	size_t nstr;               /* strings copied */
	struct str_blk {
		struct str_blk *prev;
		size_t size, fill;
		char b[];
	} *blk;                    /* the block strings go to now */
	struct sb tmp;             /* hl_spans_key()'s key before it is looked up */
};

/* seen grows with the strings to this many slots; blocks grow to this size */
enum { STR_SEEN_MIN = 16, STR_SEEN_MAX = 4096, STR_BLOCK_MIN = 128, STR_BLOCK_MAX = 16384 };

static uint64_t str_hash(const char *s, size_t n)
{
	uint64_t h = HL_HASH_INIT, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = hl_hash_step(h, w);
	}
	if (i < n) {
		if (n >= 8) {  /* the last 8 bytes, read again in part */
			memcpy(&w, s + n - 8, 8);
		} else if (n >= 4) {
			uint32_t a, b;
			memcpy(&a, s, 4);
			memcpy(&b, s + n - 4, 4);
			w = a | (uint64_t)b << 32;
		} else {
			w = (unsigned char)s[0] | (unsigned)(unsigned char)s[n / 2] << 8 |
			    (unsigned)(unsigned char)s[n - 1] << 16;
		}
		h = hl_hash_step(h, w);
	}
	return hl_hash_final(h, n);
}

/* Are the n bytes at a and at b the same? Short strings (keys mostly
 * are) in two loads each rather than a call. */
static int str_same(const char *a, const char *b, size_t n)
{
	uint64_t x, y, u, v;
	if (n >= 8 && n <= 16) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		memcpy(&u, a + n - 8, 8);
		memcpy(&v, b + n - 8, 8);
		return ((x ^ y) | (u ^ v)) == 0;
	}
	if (n >= 4 && n < 8) {
		uint32_t p, q, r, t;
		memcpy(&p, a, 4);
		memcpy(&q, b, 4);
		memcpy(&r, a + n - 4, 4);
		memcpy(&t, b + n - 4, 4);
		return ((p ^ q) | (r ^ t)) == 0;
	}
	return memcmp(a, b, n) == 0;
}

static void strs_free(struct hl_strs *t)
{
	if (!t)
		return;
	for (struct str_blk *b = t->blk, *p; b; b = p) {
		p = b->prev;
		free(b);
	}
	free(t->seen);
	sb_release(&t->tmp);
	free(t);
}

/* A copy of s in t's blocks. */
static const char *strs_copy(struct hl_strs *t, const char *s, size_t n)
{
	struct str_blk *b = t->blk;
	if (!b || b->size - b->fill < n + 1) {
		size_t size = b ? b->size * 2 : STR_BLOCK_MIN;
		if (size > STR_BLOCK_MAX)
			size = STR_BLOCK_MAX;
		if (size < n + 1)
			size = n + 1;
		struct str_blk *nb = xmalloc(sizeof *nb + size);
		nb->prev = b;
		nb->size = size;
		nb->fill = 0;
		b = t->blk = nb;
	}
	char *o = b->b + b->fill;
	memcpy(o, s, n);
	o[n] = '\0';
	b->fill += n + 1;
	t->nstr++;
	return o;
}

/* A larger seen table, up to STR_SEEN_MAX slots, as the strings grow. */
static void strs_grow(struct hl_strs *t)
{
	size_t n = t->seen ? (t->mask + 1) * 2 : STR_SEEN_MIN;
	struct str_ent *old = t->seen;
	size_t oldn = old ? t->mask + 1 : 0;
	t->seen = xcalloc(n, sizeof *t->seen);
	t->mask = n - 1;
	for (size_t i = 0; i < oldn; i++)
		if (old[i].s)
			t->seen[str_hash(old[i].s, old[i].n) & t->mask] = old[i];
	free(old);
}

static struct hl_strs *strs_of(struct hl_spans *sp)
{
	if (!sp->strs) {
		sp->strs = xcalloc(1, sizeof *sp->strs);
		sb_init(&sp->strs->tmp);
	}
	return sp->strs;
}

const char *hl_spans_str(struct hl_spans *sp, const char *s, size_t n)
{
	struct hl_strs *t = strs_of(sp);
	if (!t->seen || (t->nstr > 2 * (t->mask + 1) && t->mask + 1 < STR_SEEN_MAX))
		strs_grow(t);
	uint64_t h = str_hash(s, n);
	struct str_ent *e = &t->seen[h & t->mask];
	if (e->s && e->h == (uint32_t)(h >> 32) && e->n == n && str_same(e->s, s, n))
		return e->s;
	*e = (struct str_ent){ (uint32_t)(h >> 32), (uint32_t)n, strs_copy(t, s, n) };
	return e->s;
}

void hl_spans_clear(struct hl_spans *s)
{
	free(s->v);
	strs_free(s->strs);
	s->v = NULL;
	s->n = s->cap = 0;
	s->strs = NULL;
}

int hl_span_shown(const struct hl_span *s, int deictic)
{
	return s->type < HL_NTYPES && (deictic || !s->deictic);
}

void hl_spans_keep_shown(struct hl_spans *s, size_t from, int deictic)
{
	size_t o = from;
	for (size_t i = from; i < s->n; i++) {
		if (hl_span_shown(&s->v[i], deictic))
			s->v[o++] = s->v[i];
	}
	s->n = o;
}

unsigned hl_abbrev(const char *word, size_t n)
{
	struct hl_gaz g;
	if (n == 0 || gaz_load(&g) < 0)
		return 0;
	/* LX_ABBR is one of the small table's classes (LX_SMALL_FLAGS). */
	const struct hl_lex *x = gaz_get_small(&g, hl_hash(word, n));
	if (!x || !(x->flags & LX_ABBR))
		return 0;
	return HL_ABBR | (x->date == DW_MONTH ? HL_ABBR_MONTH : 0) | (x->flags & LX_PLACEABBR ? HL_ABBR_STATE : 0);
}

/* ---- tokens ---- */

/* What a byte starts: the tokenizer's first question, one table load. */
enum { C_OTHER, C_SPACE, C_UP, C_LOW, C_DIG, C_HIGH };
static const unsigned char cls[256] = {
	[' '] = C_SPACE, ['\t'] = C_SPACE, ['\r'] = C_SPACE, ['\f'] = C_SPACE, ['\v'] = C_SPACE,
	['A' ... 'Z'] = C_UP, ['a' ... 'z'] = C_LOW, ['0' ... '9'] = C_DIG,
	[0x80 ... 0xFF] = C_HIGH,
};

static int is_digit(unsigned c)
{
	return c - '0' < 10u;
}

/* A letter at p? Sets *len and *upper (1 upper, 0 lower/other). */
static int letter_slow(const char *p, const char *end, int *len, int *upper)
{
	int32_t cp;
	*len = ustr_decode(p, (size_t)(end - p), &cp);
	if (cp < 0 || !ustr_is_alpha(cp))
		return 0;
	*upper = ustr_is_upper(cp);
	return 1;
}

static inline int letter_at(const char *p, const char *end, int *len, int *upper)
{
	unsigned k = cls[(unsigned char)*p];
	if (k != C_HIGH) {
		*len = 1;
		*upper = k == C_UP;
		return k == C_UP || k == C_LOW;
	}
	return letter_slow(p, end, len, upper);
}

static int is_apostrophe(const char *p, const char *end, int *len)
{
	if (*p == '\'') {
		*len = 1;
		return 1;
	}
	if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0x99 || (unsigned char)p[2] == 0x98)) {
		*len = 3;
		return 1;
	}
	return 0;
}

static int is_alnum_at(const char *p, const char *end)
{
	int l, u;
	return p < end && (is_digit((unsigned char)*p) || letter_at(p, end, &l, &u));
}

/* Scans a word starting at p (a letter). Returns its end; clears *plain
 * when the word has a byte that hl_hash_plain() would not fold. */
/* The high bit of each byte of w that is an ASCII letter. Bytes are
 * raised to 0x80 and up first, so no subtraction borrows from the next. */
static inline uint64_t swar_letters(uint64_t w)
{
	const uint64_t H = 0x8080808080808080ULL, L = 0x0101010101010101ULL;
	uint64_t x = (w | 0x20 * L) | H;
	uint64_t ge_a = x - 0x61 * L, ge_brace = x - 0x7B * L;
	return ge_a & ~ge_brace & ~w & H;
}

static const char *scan_word(const char *p, const char *end, const char *tend, struct hl_tok *t,
			     int *plain)
{
	int nup = 0, nlow = 0, seg = 0;
	/* the first letter */
	unsigned k0 = cls[(unsigned char)*p];
	if (k0 == C_UP || k0 == C_LOW) {
		t->f |= k0 == C_UP ? TF_CAP : TF_LOWER;
	} else {
		int l, up = 0;
		letter_slow(p, end, &l, &up);
		t->f |= up ? TF_CAP : TF_LOWER;
	}
	while (p < end) {
		/* eight bytes at a time while they are ASCII letters; loads stay
		 * inside the text, and the line end is never a letter */
		while (p + 8 <= tend) {
			const uint64_t H = 0x8080808080808080ULL;
			uint64_t w;
			memcpy(&w, p, 8);
			w = HL_LE64(w);
			uint64_t let = swar_letters(w), up8 = let & ~(w << 2), stop = ~let & H;
			int n = stop ? __builtin_ctzll(stop) >> 3 : 8;
			if (n < 8) {
				uint64_t m = (1ULL << (8 * n)) - 1;
				up8 &= m;
				let &= m;
			}
			if (up8)
				nup += (up8 & (up8 - 1)) ? 2 : 1;
			if (let != up8)
				nlow++;
			seg += n;
			p += n;
			if (n < 8)
				break;
		}
		if (p >= end)
			break;
		unsigned c = (unsigned char)*p, k = cls[c];
		if (k == C_SPACE || (k == C_OTHER && c != '-' && c != '\'' && c != '.'))
			break;  /* the usual end of a word */
		if (k == C_LOW) {
			nlow++;
			seg++;
			p++;
			continue;
		}
		if (k == C_UP) {
			nup++;
			seg++;
			p++;
			continue;
		}
		if (k == C_DIG) {
			p++;
			continue;
		}
		int l, up;
		if (k == C_HIGH && letter_slow(p, end, &l, &up)) {
			*plain = 0;
			if (up)
				nup++;
			else
				nlow++;
			seg++;
			p += l;
			continue;
		}
		if (c == '-' && is_alnum_at(p + 1, end)) {
			p++;
			seg = 0;
			continue;
		}
		if (is_apostrophe(p, end, &l) && p + l < end && letter_at(p + l, end, &up, &up)) {
			/* "O'Neill" and "don't" are one word; a possessive 's is not */
			const char *q = p + l;
			if ((*q == 's' || *q == 'S') && !is_alnum_at(q + 1, end))
				break;
			if (l > 1)
				*plain = 0;
			p = q;
			seg = 0;
			continue;
		}
		if (c == '.' && seg == 1 && p + 1 < end && letter_at(p + 1, end, &l, &up) &&
		    (p + 1 + l >= end || !letter_at(p + 1 + l, end, &l, &up))) {
			/* "U.S", "A.L": single letters joined by dots */
			t->f |= TF_ACRO;
			*plain = 0;
			p++;
			seg = 0;
			continue;
		}
		break;
	}
	if (nup && !nlow && (nup > 1 || (t->f & TF_ACRO)))
		t->f |= TF_ALLCAP;
	return p;
}

/* Does the byte after a run of ASCII letters end the word for fast_word()?
 * 1: yes (white space or punctuation); 2: yes unless the word is one letter
 * (an initial's period, "U.S"); 0: no (a digit, a letter beyond ASCII, '-'
 * or '\'', which the careful path reads). */
static const unsigned char word_end[256] = {
	[0x00 ... 0x26] = 1, [0x28 ... 0x2C] = 1, ['.'] = 2, ['/'] = 1,
	[0x3A ... 0x40] = 1, [0x5B ... 0x60] = 1, [0x7B ... 0x7F] = 1,
};

/* Is q a straight apostrophe and 's' that end the word before them, as
 * scan_word() cuts "Obama's": not followed by a letter or a digit? */
static __attribute__((noinline)) int possessive_at(const char *q, const char *tend)
{
	if (*q != '\'' || q + 2 >= tend || (q[1] | 32) != 's')
		return 0;
	unsigned k = cls[(unsigned char)q[2]];
	return k == C_SPACE || k == C_OTHER;
}

/* The common word, read and hashed in one go: ASCII letters only, ended by
 * white space, by punctuation that cannot continue it or by a possessive
 * "'s". Loads 8 bytes at a time and hashes each load as it goes, giving
 * what scan_word() and hl_hash_plain() would. Returns the word's end, or
 * NULL when the word needs the careful path (a digit, a hyphen, another
 * apostrophe, a non-ASCII byte, "U.S", or the text's last 8 bytes); *h
 * and *f are set on success. */
static inline const char *fast_word(const char *p, const char *tend, unsigned k0, uint64_t *ph,
				    uint32_t *pf)
{
	const uint64_t H = 0x8080808080808080ULL, low = 0x2020202020202020ULL;
	const char *s = p;
	uint64_t h = HL_HASH_INIT, anylow = 0;
	for (;;) {
		if (__builtin_expect(p + 8 > tend, 0))
			return NULL;
		uint64_t w;
		memcpy(&w, p, 8);
		w = HL_LE64(w);
		uint64_t let = swar_letters(w), stop = ~let & H;
		if (!stop) {
			anylow |= let & (w << 2);  /* bit 5 set: lower case */
			h = hl_hash_step(h, w | low);
			p += 8;
			continue;
		}
		unsigned n = (unsigned)__builtin_ctzll(stop) >> 3;
		unsigned e = word_end[(unsigned char)p[n]];
		if ((!e || (e == 2 && p + n - s == 1)) && !possessive_at(p + n, tend))
			return NULL;
		if (n) {
			uint64_t m = ~0ULL >> (8 * (8 - n));
			anylow |= let & (w << 2) & m;
			h = hl_hash_step(h, (w & m) | (low & m));
		}
		p += n;
		break;
	}
	size_t len = (size_t)(p - s);
	*ph = hl_hash_final(h, len);
	/* letters only: every letter a capital and two or more of them */
	*pf = (k0 == C_UP ? TF_CAP : TF_LOWER) | (!anylow && len > 1 ? TF_ALLCAP : 0);
	return p;
}

/* Does the period after the abbreviation [s, s+n) belong to it? "No." only
 * before a number ("No. 10"; in "Semtex? No. Islam" it ends a sentence). */
static int abbr_dot(const char *text, size_t s, size_t n, size_t le)
{
	if (n != 2 || (text[s] | 32) != 'n' || (text[s + 1] | 32) != 'o')
		return 1;
	size_t i = s + 4;  /* past "No", the period and one space */
	return i < le && text[i - 1] == ' ' && text[i] >= '0' && text[i] <= '9';
}

/* What tokenize() keeps while it cuts a line. */
struct tkline {
	const char *text;
	size_t le;                /* the line's end */
	const struct hl_gaz *g;
	const struct hl_ctx *c;   /* for its memo of the main table */
	size_t *capi, *dwi;       /* c->capi and c->dwi, filled */
	size_t ncap, ndw;
	int sent;                 /* the next word starts a sentence */
	int ncapwords;            /* words in capitals */
};

/* Word token t, number k, is read (s, e, h, c0, kind) with flags f: its
 * lexicon entry, the lists it goes in, its sentence flag, and the period
 * and single space after it. Returns where the next token starts. */
HL_INLINE size_t word_done(struct tkline *w, struct hl_tok *t, size_t k, uint32_t f)
{
	size_t n = t->e - t->s, i = t->e;
	/* lower-case words only matter when they are in a closed class */
	const struct hl_lex *x;
	uint32_t xf;
	if (f & TF_LOWER) {
		x = gaz_get_small(w->g, t->h);
		xf = x ? x->flags : 0;
	} else {
		x = hl_lookup(w->c, t->h, &xf);
	}
	t->lx = x;
	t->xf = xf;
	t->dw = (xf & LX_DATE) ? x->date : DW_NONE;
	t->dnum = (xf & LX_DATE) ? x->num : 0;
	if (f & TF_CAP)
		w->capi[w->ncap++] = k;
	if (__builtin_expect(f & TF_ALLCAP, 0))
		w->ncapwords++;
	if ((xf & LX_DATE) || (f & TF_DATEW)) {
		f |= TF_DATEW;
		w->dwi[w->ndw++] = k;
	}
	if (w->sent) {
		f |= TF_SENT;
		w->sent = 0;
	}
	/* the period belongs to an initial, an acronym or an abbreviation */
	if (i < w->le && w->text[i] == '.' &&
	    ((f & TF_ACRO) || (n == 1 && (f & TF_CAP)) ||
	     ((xf & LX_ABBR) && abbr_dot(w->text, t->s, n, w->le)))) {
		f |= TF_DOT;
		i++;
	}
	if (i < w->le && w->text[i] == ' ') {
		f |= TF_SPACE;  /* the usual single space, without a trip round the loop */
		i++;
	}
	t->f = f;
	return i;
}

/* Word token t, number k, starting at t->s, that fast_word() did not
 * take: "O'Neill", "U.S", "São", "mid-1990s", a word with a digit.
 * Returns where the next token starts. Kept out of tokenize(), whose
 * loop over plain words then keeps more of what it needs in registers. */
static __attribute__((noinline)) size_t careful_word(struct tkline *w, struct hl_tok *t, size_t k,
						     const char *tend)
{
	const char *p = w->text + t->s, *end = w->text + w->le;
	t->kind = TK_WORD;
	t->f = 0;
	int plain = 1;
	t->e = (size_t)(scan_word(p, end, tend, t, &plain) - w->text);
	size_t n = t->e - t->s;
	t->h = plain ? hl_hash_plain(p, n, tend) : hl_hash(p, n);
	uint32_t f = t->f;
	if (n > 4 && (*p | 32) == 'm' && ascii_ncasecmp(p, "mid-", 4) == 0)
		f |= TF_DATEW;  /* "mid-1990s" */
	return word_done(w, t, k, f);
}

/* Cuts one line into tokens, each with its folded hash and, for words, its
 * lexicon entry; marks sentence starts and headlines. */
static void tokenize(struct hl_ctx *c, size_t ls, size_t le)
{
	const char *text = c->text, *end = text + le, *tend = text + c->len;
	struct tkline w = { text, le, &c->e->gaz, c, c->capi, c->dwi, 0, 0, 1, 0 };
	size_t i = ls;
	int nother = 0;  /* numbers and punctuation */
	/* locals, not c->: stores through t must not make the compiler reload them */
	struct hl_tok *tok = c->tok, *t = NULL;
	size_t nt = 0, cap = c->captok;
	while (i < le) {
		unsigned ch = (unsigned char)text[i], k = cls[ch];
		/* the usual stretch: plain words, each read, hashed and looked up
		 * in one pass with the space after it (an inner loop, so that what
		 * it needs stays in registers) */
		while ((k == C_UP || k == C_LOW) && nt < cap) {
			uint64_t h;
			uint32_t f;
			const char *fe = fast_word(text + i, tend, k, &h, &f);
			if (!fe)
				break;  /* the careful path below */
			t = &tok[nt++];
			t->s = i;
			t->e = (size_t)(fe - text);
			t->h = h;
			t->c0 = (char)ch;
			t->kind = TK_WORD;
			i = word_done(&w, t, nt - 1, f);
			if (i >= le)
				break;
			ch = (unsigned char)text[i];
			k = cls[ch];
		}
		if (i >= le)
			break;
		if (k == C_SPACE) {
			if (t)
				t->f |= TF_SPACE;
			i++;
			continue;
		}
		if (__builtin_expect(k == C_HIGH, 0) && ch == 0xC2 && i + 1 < le &&
		    (unsigned char)text[i + 1] == 0xA0) {
			if (t)  /* no-break space */
				t->f |= TF_SPACE;
			i += 2;
			continue;
		}
		if (__builtin_expect(nt == cap, 0)) {
			XGROW(tok, cap, nt + 1);
			c->tok = tok;
			c->captok = cap;
			w.dwi = c->dwi = xrealloc(c->dwi, cap * sizeof *c->dwi);
			w.capi = c->capi = xrealloc(c->capi, cap * sizeof *c->capi);
			continue;  /* a plain word goes round the inner loop */
		}
		t = &tok[nt++];
		t->s = i;
		t->c0 = (char)ch;
		int l, up;
		if (k == C_UP || k == C_LOW || (k == C_HIGH && letter_slow(text + i, end, &l, &up))) {
			i = careful_word(&w, t, nt - 1, tend);
		} else if (k == C_DIG) {
			uint32_t f = TF_DATEW;
			t->kind = TK_NUM;
			t->lx = NULL;
			t->xf = 0;
			t->dw = DW_NONE;
			t->dnum = 0;
			nother++;
			size_t j = i + 1;
			while (j < le) {
				unsigned d = (unsigned char)text[j], kd = cls[d];
				if (kd == C_DIG || kd == C_UP || kd == C_LOW) {
					j++;
				} else if ((d == ',' || d == '.' || d == ':' || d == '/' || d == '-') &&
					   j + 1 < le && is_digit((unsigned char)text[j + 1])) {
					if (d == ':' || d == '/')
						f |= TF_NUMSEP;
					j++;
				} else {
					break;
				}
			}
			t->e = j;
			t->h = 0;  /* made when asked (tok_h): few phrases hold a number */
			w.dwi[w.ndw++] = nt - 1;
			if (w.sent) {
				f |= TF_SENT;
				w.sent = 0;
			}
			/* "OSLO 2019-04-02 Snow fell": a dateline's date ends it */
			if (nt <= 6 && j - i == 10 && text[i + 4] == '-' && text[i + 7] == '-')
				w.sent = 1;
			t->f = f;
			i = j;
		} else {
			t->kind = TK_PUNCT;
			t->lx = NULL;
			t->xf = 0;
			t->dw = DW_NONE;
			t->dnum = 0;
			t->h = 0;
			t->f = 0;
			nother++;
			if (k == C_HIGH) {
				int32_t cp;
				t->e = i + (size_t)ustr_decode(text + i, le - i, &cp);
			} else {
				t->e = i + 1;
			}
			i = t->e;
			if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == ':')
				w.sent = 1;
			else if (ch == '-' && (t->s == ls || text[t->s - 1] == ' '))
				w.sent = 1;  /* "SOCCER - JAPAN ...", a dash between phrases */
			if (i < le && text[i] == ' ') {
				t->f = TF_SPACE;
				i++;
			}
		}
	}
	c->ntok = nt;
	c->ndw = w.ndw;
	c->ncap = w.ncap;
	if (nt)
		tok[nt - 1].f |= TF_NL;
	/* a line of capitals is a headline: case tells nothing there */
	int nwords = (int)nt - nother;
	if (nwords >= 2 && w.ncapwords * 10 >= nwords * 7)
		for (size_t k2 = 0; k2 < nt; k2++)
			tok[k2].f |= TF_HEAD;
}

static uint64_t tok_h(const struct hl_ctx *c, size_t k)
{
	const struct hl_tok *t = &c->tok[k];
	return t->h ? t->h : hl_hash(c->text + t->s, t->e - t->s);
}

uint64_t hl_tok_hash(const struct hl_ctx *c, size_t i, size_t j)
{
	uint64_t h = tok_h(c, i);
	for (size_t k = i + 1; k < j; k++)
		h = hl_hash_join(h, tok_h(c, k));
	return h;
}

size_t hl_possessive(const struct hl_ctx *c, size_t b)
{
	if (b + 1 >= c->ntok || c->tok[b].kind != TK_PUNCT || (c->tok[b].f & TF_SPACE) ||
	    !(c->tok[b].c0 == '\'' || c->tok[b].c0 == (char)0xE2))
		return 0;
	const struct hl_tok *s = &c->tok[b + 1];
	if (s->kind != TK_WORD || !hl_text_is(c->text + s->s, s->e - s->s, c->text + c->len, "s", 1))
		return 0;
	return b + 2;
}

/* The key of text [s, s + n) into k, emptied first. */
static void key_into(struct sb *k, const char *s, size_t n)
{
	k->len = 0;
	sb_grow(k, n);
	/* the common case: ASCII with single spaces, lower-cased as it is
	 * read and copied in the same pass */
	char *o = k->s;
	size_t i = 0;
	for (; i < n; i++) {
		unsigned ch = (unsigned char)s[i];
		if (ch >= 0x80 || (ch <= ' ' && (ch != ' ' || i == 0 || s[i - 1] == ' ')))
			break;
		o[i] = (char)(ch - 'A' < 26u ? ch + 32 : ch);
	}
	if (i == n && (n == 0 || s[n - 1] != ' ')) {
		o[n] = '\0';
		k->len = n;
		return;
	}
	sb_reset(k);
	struct sb b = SB_INIT;
	int space = 0;
	for (i = 0; i < n; i++) {
		unsigned ch = (unsigned char)s[i];
		if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
			space = 1;
			continue;
		}
		if (space && b.len)
			sb_addc(&b, ' ');
		space = 0;
		sb_addc(&b, (int)ch);
	}
	char *low = ustr_lower(b.s, b.len);
	sb_release(&b);
	sb_adds(k, low);
	free(low);
}

const char *hl_spans_key(struct hl_spans *sp, const char *s, size_t n)
{
	struct sb *k = &strs_of(sp)->tmp;
	key_into(k, s, n);
	return hl_spans_str(sp, k->s, k->len);
}

void hl_cand_add(struct hl_ctx *c, size_t s, size_t e, enum hl_type t, const char *key, char *value)
{
	if (__builtin_expect(c->ncand == c->capcand, 0))
		XGROW(c->cand, c->capcand, c->ncand + 1);
	struct hl_cand *x = &c->cand[c->ncand++];
	x->s = s;
	x->e = e;
	x->type = t;
	x->key = key;
	x->value = value;
	x->deictic = 0;
}

/* ---- corrections ---- */

/* The hash of a correction's text: cut into tokens as an article would be,
 * so that "U.S.", "Gen. Lee" and "Washington, D.C." match as they read. */
static uint64_t phrase_hash(const struct hl_engine *e, const char *text, int *ntok)
{
	struct hl_ctx c;
	memset(&c, 0, sizeof c);
	c.e = e;
	c.text = text;
	c.len = strlen(text);
	const char *nl = memchr(text, '\n', c.len);
	tokenize(&c, 0, nl ? (size_t)(nl - text) : c.len);
	uint64_t h = c.ntok ? hl_tok_hash(&c, 0, c.ntok) : 0;
	*ntok = (int)c.ntok;
	free(c.tok);
	free(c.dwi);
	free(c.capi);
	return h;
}

/* One correction's share of corr_sum. A sum does not depend on the order
 * the corrections came in, and a replaced one is taken out again. */
static uint64_t corr_mix(uint64_t h, int type)
{
	uint64_t v[2] = { h, (uint64_t)type };
	return hash64(v, sizeof v);
}

int hl_correct(struct hl_engine *e, const char *text, enum hl_type type)
{
	if (!e || !text || (int)type < 0 || type > HL_IGNORE)
		return err_set("hl_correct: bad arguments");
	int ntok;
	uint64_t h = phrase_hash(e, text, &ntok);
	if (!ntok)
		return err_set(_("an empty text cannot be corrected"));
	if (!h)
		h = 1;
	if (!e->corr || (e->corr_used + 1) * 2 > e->corr_mask + 1) {
		size_t n = e->corr ? (e->corr_mask + 1) * 2 : 64;
		struct hl_lex *old = e->corr;
		size_t oldn = old ? e->corr_mask + 1 : 0;
		e->corr = xcalloc(n, sizeof *e->corr);
		e->corr_mask = n - 1;
		for (size_t i = 0; i < oldn; i++) {
			if (!old[i].h)
				continue;
			size_t j = (size_t)old[i].h & e->corr_mask;
			while (e->corr[j].h)
				j = (j + 1) & e->corr_mask;
			e->corr[j] = old[i];
		}
		free(old);
	}
	size_t j = (size_t)h & e->corr_mask;
	while (e->corr[j].h && e->corr[j].h != h)
		j = (j + 1) & e->corr_mask;
	if (!e->corr[j].h)
		e->corr_used++;
	else
		e->corr_sum -= corr_mix(h, e->corr[j].num);
	e->corr[j].h = h;
	e->corr[j].num = (int8_t)type;
	e->corr_sum += corr_mix(h, type);
	set_stamp(e);
	if (ntok > e->corr_maxtok)
		e->corr_maxtok = ntok;
	return 0;
}

static const struct hl_lex *corr_get(const struct hl_engine *e, uint64_t h)
{
	if (!h)
		h = 1;
	for (size_t j = (size_t)h & e->corr_mask;; j = (j + 1) & e->corr_mask) {
		if (e->corr[j].h == h)
			return &e->corr[j];
		if (!e->corr[j].h)
			return NULL;
	}
}

/* The user's corrections claim their tokens before any rule runs. */
static void corrections(struct hl_ctx *c)
{
	const struct hl_engine *e = c->e;
	for (size_t i = 0; i < c->ntok; i++) {
		if (c->tok[i].kind == TK_PUNCT)
			continue;
		size_t maxn = (size_t)e->corr_maxtok;
		if (maxn > c->ntok - i)
			maxn = c->ntok - i;
		for (size_t n = maxn; n >= 1; n--) {
			const struct hl_lex *x = corr_get(e, hl_tok_hash(c, i, i + n));
			if (!x)
				continue;
			size_t endb = c->tok[i + n - 1].e + ((c->tok[i + n - 1].f & TF_DOT) ? 1 : 0);
			if (x->num != HL_IGNORE)
				hl_cand_add(c, c->tok[i].s, endb, (enum hl_type)x->num, NULL,
					    NULL);
			for (size_t k = i; k < i + n; k++)
				c->tok[k].f |= TF_USED;
			i += n - 1;
			break;
		}
	}
}

/* ---- the run ---- */

static int cand_cmp(const void *a, const void *b)
{
	const struct hl_cand *x = a, *y = b;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return x->e > y->e ? -1 : x->e < y->e;
}

static int parse_date(const char *d, int *y, int *m, int *day)
{
	if (!d || strlen(d) < 10 || d[4] != '-' || d[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_digit((unsigned char)d[i]))
			return 0;
	*y = atoi(d);
	*m = atoi(d + 5);
	*day = atoi(d + 8);
	return *m >= 1 && *m <= 12 && *day >= 1 && *day <= 31;
}

/* Moves the line's candidates to out: sorted, overlaps dropped, keys made. */
static void flush(struct hl_ctx *c, size_t base, struct hl_spans *out)
{
	/* a line's candidates come as a few sorted runs (corrections, dates,
	 * names), mostly short: insertion sort, which keeps ties in the order
	 * they came, as glibc's merge-sort qsort does; a long line goes to qsort */
	if (c->ncand > 64) {
		qsort(c->cand, c->ncand, sizeof *c->cand, cand_cmp);
	} else {
		for (size_t i = 1; i < c->ncand; i++) {
			if (cand_cmp(&c->cand[i - 1], &c->cand[i]) <= 0)
				continue;
			struct hl_cand x = c->cand[i];
			size_t j = i;
			while (j > 0 && cand_cmp(&c->cand[j - 1], &x) > 0) {
				c->cand[j] = c->cand[j - 1];
				j--;
			}
			c->cand[j] = x;
		}
	}
	size_t last_end = 0;
	int any = 0;
	for (size_t i = 0; i < c->ncand; i++) {
		struct hl_cand *x = &c->cand[i];
		if ((any && x->s < last_end) || x->e <= x->s) {
			free(x->value);
			continue;
		}
		if (__builtin_expect(out->n == out->cap, 0))
			XGROW(out->v, out->cap, out->n + 1);
		struct hl_span *sp = &out->v[out->n++];
		sp->start = x->s + base;
		sp->end = x->e + base;
		sp->type = x->type;
		sp->value = x->value ? hl_spans_str(out, x->value, strlen(x->value)) : NULL;
		sp->key = x->key ? x->key : sp->value ? sp->value
				 : hl_spans_key(out, c->text + x->s, x->e - x->s);
		sp->deictic = x->deictic;
		free(x->value);
		last_end = x->e;
		any = 1;
	}
	c->ncand = 0;
}

int hl_run(const struct hl_engine *e, const struct hl_doc *doc, struct hl_spans *out)
{
	if (!e || !doc || !out || (!doc->text && doc->len))
		return err_set("hl_run: bad arguments");
	struct hl_ctx c;
	memset(&c, 0, sizeof c);
	c.e = e;
	c.text = doc->text;
	c.len = doc->len;
	c.out = out;
	if (!parse_date(doc->date, &c.year, &c.month, &c.day))
		c.year = c.month = c.day = 0;
	if (c.len >= HL_MEMO_MIN_TEXT) {
		c.memo = xcalloc(HL_MEMO_SLOTS, sizeof *c.memo);
		c.memo_mask = HL_MEMO_SLOTS - 1;
	}
	size_t first = out->n;
	size_t ls = 0;
	while (ls < c.len) {
		const char *nl = memchr(c.text + ls, '\n', c.len - ls);
		size_t le = nl ? (size_t)(nl - c.text) : c.len;
		tokenize(&c, ls, le);
		if (c.ntok) {
			if (e->corr_used)
				corrections(&c);
			if (c.ndw)  /* a number or a date word: a date may start there */
				hl_dates(&c);
			if (c.ncap)  /* a capital: a name may start there */
				hl_names(&c);
			flush(&c, doc->base, out);
			if (c.nunres >= HL_UNRES_MAX)
				hl_names_resolve(&c, out, first, doc->base);
		}
		ls = le + 1;
	}
	hl_names_finish(&c, out, first, doc->base);
	hl_pmap_free(&c.pmap);
	hl_pmap_free(&c.plmap);
	free(c.unres);
	free(c.add);
	free(c.tok);
	free(c.dwi);
	free(c.capi);
	free(c.cand);
	free(c.memo);
	return 0;
}
