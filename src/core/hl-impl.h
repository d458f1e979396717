/* hl-impl.h -- what the parts of the highlight engine share (hl.c,
 * hl-date.c, hl-name.c, gazetteer.c); not for use outside them.
 *
 * A paragraph is cut into tokens once (hl.c); the date grammar runs first
 * and claims its tokens, then the name rules see what is left. Every
 * lexicon question is one lookup of a 64-bit hash of the token's folded
 * form (ASCII lower case, dots dropped), so the scan never touches a string
 * table at run time. */
#ifndef GLOSS_HL_IMPL_H
#define GLOSS_HL_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "hl.h"

/* ---- the lexicon (gazetteer.c) ---- */

enum {
	LX_COMMON = 1u << 0,    /* hunspell has a lower-case entry: a common word */
	LX_PROPER = 1u << 1,    /* hunspell has a capitalised entry */
	LX_GIVEN = 1u << 2,     /* a given name */
	LX_COUNTRY = 1u << 3,   /* ISO 3166-1/-3 name or a hand-listed place */
	LX_SUBDIV = 1u << 4,    /* ISO 3166-2 subdivision */
	LX_CITY = 1u << 5,      /* libgeonames city */
	LX_BIGCITY = 1u << 6,   /* ... with 250,000 people or more */
	LX_DEMONYM = 1u << 7,   /* "Japanese": never a place */
	LX_TITLE = 1u << 8,     /* "President": before a name, not part of it */
	LX_ORG = 1u << 9,       /* "Department": the phrase is an organisation */
	LX_ORGSTART = 1u << 10, /* "Bank of": an organisation when it starts one */
	LX_NOTNAME = 1u << 11,  /* "The", "It": never a name alone */
	LX_SAID = 1u << 12,     /* "said": a name before it is a person */
	LX_PERSONCTX = 1u << 13,/* "spokesman", "who" */
	LX_PLACEHEAD = 1u << 14,/* "Lake", "Mount" */
	LX_PLACETAIL = 1u << 15,/* "River", "Sea" */
	LX_PREFIX = 1u << 16,   /* the start of a longer phrase in the lexicon */
	LX_DATE = 1u << 17,     /* a date word; hl_lex.date says which */
	LX_CONNECT = 1u << 18,  /* "de", "van", "bin": inside a name, lower case */
	LX_PREP_PLACE = 1u << 19, /* "in", "at", "near": a name after it is a place */
	LX_ABBR = 1u << 20,     /* "Mr", "Gen", "Jan": a period after it is part of it */
	LX_DIRECTION = 1u << 21,/* "North", "Western": before a nationality word, not a place */
	LX_PLACENOUN = 1u << 22,/* "town", "village": "the town of X" makes X a place */
	LX_PLACEABBR = 1u << 23,/* "Fla.", "Calif.": a state after "Town," (and only there) */
	LX_PLACE = LX_COUNTRY | LX_SUBDIV | LX_CITY,
};

/* Date words: what a token means to the date grammar. */
enum hl_dw {
	DW_NONE,
	DW_MONTH,       /* num = 1..12 */
	DW_WEEKDAY,     /* num = 1 (Monday) .. 7 */
	DW_UNIT,        /* num: 1 day, 2 week, 3 month, 4 year, 5 quarter, 6 decade, 7 century, 8 weekend, 9 hour, 10 minute */
	DW_REL,         /* last/next/this/...; num: -1 past, 0 this, +1 next */
	DW_DEICTIC,     /* today, yesterday, tomorrow, tonight: num = day offset */
	DW_NOW,         /* now, currently, nowadays */
	DW_VAGUE,       /* recently, recent, future, past, soon, once, previously */
	DW_PART,        /* morning, afternoon, evening, night, noon, midnight */
	DW_SEASON,      /* spring .. winter */
	DW_ORDINAL,     /* first .. fourth (quarters), num = n */
	DW_NUMWORD,     /* one .. twenty, a, an, several, few: num = n (0 vague) */
	DW_AGO,         /* ago, earlier, later, before, after (with a count) */
	DW_EDGE,        /* early, late, mid, middle, end, beginning, start */
	DW_FISCAL,      /* fiscal */
	DW_DECADEWORD,  /* twenties .. nineties: num = 2..9 */
};

struct hl_lex {
	uint64_t h;         /* folded-key hash; 0 marks an empty slot */
	uint32_t flags;     /* LX_* */
	uint8_t date;       /* enum hl_dw */
	int8_t num;         /* the date word's number */
	uint16_t alias;     /* 1 + index into canon[] for a place's canonical key, or 0 */
};  /* 16 bytes: four to a cache line */

/* The lexicon as the program uses it: two read-only open-addressing tables
 * generated at build time (gaz-gen.c -> hl-table.c), so start-up costs
 * nothing and untouched pages are never read. "small" holds only the
 * closed classes (date words, titles, prepositions, ...) that lower-case
 * words are looked up in; it stays in the CPU cache. */
struct hl_gaz {
	const struct hl_lex *slot;
	size_t mask;          /* slots - 1 (a power of two minus one) */
	const struct hl_lex *small;
	size_t small_mask;
	const uint64_t *small_bits; /* 65536 bits by h >> 48: might h be in small? (8 KB, stays in L1) */
	const char *const *canon;  /* canonical place keys ("united states") */
	size_t ncanon;
};

/* Hash of the folded key: the token's bytes with ASCII lower-cased, '.'
 * dropped, a curly apostrophe made straight and Latin-1 capitals lowered
 * (so "U.S." == "US" == "us" and "Gen." == "gen"), hashed eight bytes at a
 * time. A phrase is the join of its words' hashes, so a longest match never
 * reads the text again: hl_hash_join(hl_hash("new"), hl_hash("york")).
 * Words made only of ASCII letters, digits, '-', '\'', ',', ':' and '/'
 * fold by OR-ing 0x20 into every byte; hl_hash_plain() is that fast path
 * and gives the same value as hl_hash() on them. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define HL_LE64(w) __builtin_bswap64(w)
#else
#define HL_LE64(w) (w)
#endif
#define HL_HASH_INIT 0xcbf29ce484222325ULL
#define HL_HASH_MUL 0x9E3779B97F4A7C15ULL
uint64_t hl_hash(const char *s, size_t n);
static inline uint64_t hl_hash_step(uint64_t h, uint64_t w)
{
	h = (h ^ w) * HL_HASH_MUL;
	return h ^ (h >> 29);
}
static inline uint64_t hl_hash_final(uint64_t h, size_t n)
{
	h ^= (uint64_t)n;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 32;
	return h ? h : 1;  /* 0 marks an empty slot */
}
static inline uint64_t hl_hash_join(uint64_t a, uint64_t b)
{
	uint64_t h = (a * 0xc4ceb9fe1a85ec53ULL) ^ (b + 0x2545F4914F6CDD1DULL);
	h *= HL_HASH_MUL;
	h ^= h >> 31;
	return h ? h : 1;
}
/* n bytes of s that fold by OR 0x20; end is the end of the readable text,
 * so that whole 8-byte loads are used when they stay inside it. */
static inline uint64_t hl_hash_plain(const char *s, size_t n, const char *end)
{
	const uint64_t low = 0x2020202020202020ULL;
	uint64_t h = HL_HASH_INIT, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = hl_hash_step(h, HL_LE64(w) | low);
	}
	if (i < n) {
		size_t r = n - i;
		if (s + i + 8 <= end) {
			memcpy(&w, s + i, 8);
			w = HL_LE64(w) & (~0ULL >> (8 * (8 - r)));
		} else {
			w = 0;
			for (size_t k = 0; k < r; k++)
				w |= (uint64_t)(unsigned char)s[i + k] << (8 * k);
		}
		h = hl_hash_step(h, w | (low >> (8 * (8 - r))));
	}
	return hl_hash_final(h, n);
}

/* Flags that put an entry in the small table too. */
#define LX_SMALL_FLAGS (LX_COUNTRY | LX_DEMONYM | LX_TITLE | LX_ORG | LX_ORGSTART | LX_NOTNAME | \
			LX_SAID | LX_PERSONCTX | LX_PLACEHEAD | LX_PLACETAIL | LX_DATE | LX_CONNECT | \
			LX_PREP_PLACE | LX_ABBR | LX_DIRECTION | LX_PLACENOUN | LX_PLACEABBR)

int gaz_load(struct hl_gaz *g);
static inline size_t gaz_slot_of(uint64_t h, size_t mask)
{
	return (size_t)((h ^ (h >> 29)) * 0x9E3779B97F4A7C15ULL >> 20) & mask;
}
/* h is never 0 (hl_hash and hl_hash_join see to it). */
static inline const struct hl_lex *gaz_lookup(const struct hl_lex *slot, size_t mask, uint64_t h)
{
	for (size_t i = gaz_slot_of(h, mask);; i = (i + 1) & mask) {
		const struct hl_lex *x = &slot[i];
		if (x->h == h)
			return x;
		if (!x->h)
			return NULL;
	}
}
static inline const struct hl_lex *gaz_get(const struct hl_gaz *g, uint64_t h)
{
	return gaz_lookup(g->slot, g->mask, h);
}
#define HL_SMALL_BIT(h) ((unsigned)((h) >> 48))
static inline const struct hl_lex *gaz_get_small(const struct hl_gaz *g, uint64_t h)
{
	unsigned b = HL_SMALL_BIT(h);
	if (!((g->small_bits[b >> 6] >> (b & 63)) & 1))
		return NULL;  /* most lower-case words: not a closed-class word */
	return gaz_lookup(g->small, g->small_mask, h);
}

/* Are the n bytes at s the lower-case word w of wn bytes, ASCII case
 * ignored? end is the end of the readable text. A literal of up to 8
 * bytes is compared in one 8-byte load: OR-ing 0x20 folds the text's
 * capitals, and the literal's bytes (letters, digits, '-', '.', '\'')
 * already have that bit, so only control bytes, which no token holds,
 * could compare equal by mistake. */
static inline int hl_text_is(const char *s, size_t n, const char *end, const char *w, size_t wn)
{
	if (n != wn)
		return 0;
	if (wn <= 8 && s + 8 <= end) {
		const uint64_t low = 0x2020202020202020ULL;
		uint64_t a, b = 0, m = wn == 8 ? ~0ULL : (1ULL << (8 * wn)) - 1;
		memcpy(&a, s, 8);
		memcpy(&b, w, wn);
		return ((HL_LE64(a) | low) & m) == ((HL_LE64(b) | low) & m);
	}
	for (size_t i = 0; i < wn; i++) {
		unsigned ch = (unsigned char)s[i];
		if (ch - 'A' < 26u)
			ch += 32;
		if (ch != (unsigned char)w[i])
			return 0;
	}
	return 1;
}

/* ---- tokens of one paragraph (hl.c) ---- */

enum {
	TK_WORD = 1,     /* starts with a letter */
	TK_NUM = 2,      /* starts with a digit */
	TK_PUNCT = 3,
};

enum {
	TF_CAP = 1u << 0,      /* first letter upper case */
	TF_ALLCAP = 1u << 1,   /* every letter upper case (and at least one) */
	TF_LOWER = 1u << 2,    /* first letter lower case */
	TF_DOT = 1u << 3,      /* an abbreviation's period follows, included in the span */
	TF_SENT = 1u << 4,     /* first word of a sentence */
	TF_HEAD = 1u << 5,     /* in a line written all in capitals (a headline) */
	TF_USED = 1u << 6,     /* claimed by a span or a correction */
	TF_SPACE = 1u << 7,    /* white space follows */
	TF_NL = 1u << 8,       /* a line break follows */
	TF_ACRO = 1u << 9,     /* letters with inner dots: "U.S" */
	TF_DATEW = 1u << 10,   /* a number, a date word or "mid-...": a date may start here */
};

struct hl_tok {
	size_t s, e;           /* byte range in the text (e excludes TF_DOT's period) */
	uint64_t h;            /* folded-key hash */
	const struct hl_lex *lx; /* lexicon entry or NULL */
	uint32_t f;            /* TF_* */
	uint8_t kind;          /* TK_* */
	char c0;               /* first byte (punctuation tests) */
};

/* A span found by a rule, before keys are made. */
struct hl_cand {
	size_t s, e;           /* byte range in the text */
	enum hl_type type;
	char *key;             /* owned, or NULL: made from the text */
	char *value;           /* owned; DATE only */
};

struct hl_ctx {
	const struct hl_engine *e;
	const char *text;
	size_t len;
	int year, month, day;  /* the document date, year 0 when unknown */
	struct hl_tok *tok;
	size_t ntok, captok;
	size_t *dwi;           /* indices of the line's TF_DATEW tokens, in order (room for captok) */
	size_t ndw;
	size_t *capi;          /* indices of the line's TF_CAP tokens, in order (room for captok) */
	size_t ncap;
	uint32_t line_f;       /* TF_* of all the line's tokens or-ed: skips the rules with nothing to do */
	struct hl_cand *cand;
	size_t ncand, capcand;
	/* names met so far in this document: part -> full key (hl-name.c) */
	struct hl_pmap *pmap;
	/* names the rules made places by where they stand ("Aisby is a
	 * village", "Paxton, Illinois"): a later mention alone is one too */
	struct hl_pmap *plmap;
	/* capitalised words the first pass left unmarked or made a place; the
	 * second pass (hl_names_finish) makes them a person when a full name met
	 * anywhere in the document holds them: "Yoon ... Yoon Suk Yeol" */
	struct hl_unres {
		size_t s;          /* byte offset in the text */
		uint64_t h;        /* folded hash of the word or phrase */
		uint32_t len;      /* its length in bytes */
		uint16_t nw;       /* words in it */
		uint16_t place;    /* 1: it is already a PLACE span */
	} *unres;
	size_t nunres, capunres;
	struct hl_span *add;   /* people found by the second pass, merged in at the end */
	size_t nadd, capadd;
};

/* The second pass remembers at most this many words; on a longer text the
 * ones met so far are resolved with the names met so far. */
#define HL_UNRES_MAX 65536

struct hl_engine {
	struct hl_gaz gaz;
	struct hl_lex *corr;   /* corrections: hash of the folded phrase -> type in num */
	size_t corr_mask, corr_used;
	int corr_maxtok;       /* longest correction in tokens */
	uint64_t corr_sum;     /* sum of corr_mix() of every correction: their fingerprint */
	char stamp[64];        /* hl_engine_stamp(): the version and corr_sum */
};

/* hl.c */
void hl_cand_add(struct hl_ctx *c, size_t s, size_t e, enum hl_type t, char *key, char *value);
/* Folded phrase hash of tokens [i, j), joined by single spaces. */
uint64_t hl_tok_hash(const struct hl_ctx *c, size_t i, size_t j);
/* Lower-cased key of text [s, e) with white space runs made one space. */
char *hl_key(const char *s, size_t n);

/* hl-date.c: claims date tokens of the paragraph. */
void hl_dates(struct hl_ctx *c);
/* hl-name.c: people and places in what is left. */
void hl_names(struct hl_ctx *c);
void hl_pmap_free(struct hl_pmap **m);
/* After the whole text, the second pass: gives every mention of a person
 * the key of the fullest name met anywhere in the document, and makes the
 * words the first pass left or called a place a person when such a name
 * holds them. out[from..] are this document's spans, base its offset. */
void hl_names_finish(struct hl_ctx *c, struct hl_spans *out, size_t from, size_t base);
/* Resolves the remembered words now (a long text: bounds the memory). */
void hl_names_resolve(struct hl_ctx *c, struct hl_spans *out, size_t from, size_t base);

#endif
