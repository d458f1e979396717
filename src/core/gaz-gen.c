/* gaz-gen.c -- builds the highlight engine's lexicon at build time and
 * prints it as C (hl-table.c): two open-addressing tables of 64-bit key
 * hashes with their flags, and the canonical place keys.
 *
 * The lists (the .tsv files and given-names.txt in data/; see
 * data/README.md for their sources and licences) reach this program as
 * strings compiled in by data/embed.awk. The tables keep only hashes of the
 * folded keys, never the strings: two different keys share a hash with odds
 * of about 1 in 10^9 for the whole table, and a lookup is one or two cache
 * lines. Generating them at build time makes the engine's start-up free. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hl-impl.h"
#include "util.h"

extern const char gaz_data_gazetteer[], gaz_data_words[], gaz_data_given_names[],
	gaz_data_lexicon[], gaz_data_wordnet[];

/* The table being built. */
struct hl_gazb {
	struct hl_lex *slot;
	size_t mask, used;
	char **canon;
	size_t ncanon, capcanon;
};
#define hl_gaz hl_gazb
#define slot_of gaz_slot_of

static void rehash(struct hl_gaz *g, size_t nslots)
{
	struct hl_lex *old = g->slot;
	size_t oldn = old ? g->mask + 1 : 0;
	g->slot = xcalloc(nslots, sizeof *g->slot);
	g->mask = nslots - 1;
	for (size_t i = 0; i < oldn; i++) {
		if (!old[i].h)
			continue;
		size_t j = slot_of(old[i].h, g->mask);
		while (g->slot[j].h)
			j = (j + 1) & g->mask;
		g->slot[j] = old[i];
	}
	free(old);
}

static struct hl_lex *gaz_put(struct hl_gaz *g, uint64_t h)
{
	if (!h)
		h = 1;
	if (!g->slot || (g->used + 1) * 2 > g->mask + 1)
		rehash(g, g->slot ? (g->mask + 1) * 2 : 1u << 12);
	size_t i = slot_of(h, g->mask);
	while (g->slot[i].h && g->slot[i].h != h)
		i = (i + 1) & g->mask;
	if (!g->slot[i].h) {
		g->slot[i].h = h;
		g->used++;
	}
	return &g->slot[i];
}

/* Adds a phrase with its flags, and LX_PREFIX for each of its shorter
 * word prefixes so that a longest match knows when to keep going. Leading
 * "the " is dropped: "the Philippines" is found as "Philippines". */
static struct hl_lex *put_phrase(struct hl_gaz *g, const char *s, size_t n, uint32_t flags)
{
	if (n > 4 && ascii_ncasecmp(s, "the ", 4) == 0) {
		s += 4;
		n -= 4;
	}
	uint64_t h = 0;
	size_t from = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != ' ')
			continue;
		if (i > from) {
			uint64_t w = hl_hash(s + from, i - from);
			h = h ? hl_hash_join(h, w) : w;
			if (i < n)
				gaz_put(g, h)->flags |= LX_PREFIX;
		}
		from = i + 1;
	}
	struct hl_lex *x = gaz_put(g, h);
	x->flags |= flags;
	return x;
}

static uint32_t alias_of(struct hl_gaz *g, const char *canon, size_t n)
{
	for (size_t i = 0; i < g->ncanon; i++)
		if (strlen(g->canon[i]) == n && memcmp(g->canon[i], canon, n) == 0)
			return (uint32_t)i + 1;
	XGROW(g->canon, g->capcanon, g->ncanon + 1);
	g->canon[g->ncanon++] = xstrndup(canon, n);
	return (uint32_t)g->ncanon;
}

static const struct {
	const char *name;
	uint32_t flag;
} lexclass[] = {
	{ "place", LX_COUNTRY }, { "demonym", LX_DEMONYM }, { "title", LX_TITLE },
	{ "org", LX_ORG }, { "orgstart", LX_ORGSTART }, { "notname", LX_NOTNAME },
	{ "saidverb", LX_SAID }, { "personctx", LX_PERSONCTX },
	{ "placehead", LX_PLACEHEAD }, { "placetail", LX_PLACETAIL },
	{ "connect", LX_CONNECT }, { "prepplace", LX_PREP_PLACE }, { "placeabbr", LX_PLACEABBR },
};

/* Calls line() for each line of an embedded list, split at tabs. */
#define MAXF 4
static void each_line(const char *p, void (*line)(struct hl_gaz *, const char **, size_t *, int),
		      struct hl_gaz *g)
{
	while (*p) {
		const char *f[MAXF];
		size_t fl[MAXF];
		int nf = 0;
		const char *start = p;
		for (;; p++) {
			if (*p == '\t' || *p == '\n' || !*p) {
				if (nf < MAXF) {
					f[nf] = start;
					fl[nf] = (size_t)(p - start);
					nf++;
				}
				if (*p != '\t')
					break;
				start = p + 1;
			}
		}
		if (*p)
			p++;
		if (fl[0])
			line(g, f, fl, nf);
	}
}

static void gazetteer_line(struct hl_gaz *g, const char **f, size_t *fl, int nf)
{
	if (nf < 3)
		return;
	uint32_t flags = 0;
	if (fl[1] == 7 && !memcmp(f[1], "country", 7))
		flags = LX_COUNTRY;
	else if (fl[1] == 6 && !memcmp(f[1], "former", 6))
		flags = LX_COUNTRY;
	else if (fl[1] == 11 && !memcmp(f[1], "subdivision", 11))
		flags = LX_SUBDIV;
	else
		flags = LX_CITY;
	if (strtol(f[2], NULL, 10) >= 250000)
		flags |= LX_BIGCITY;
	put_phrase(g, f[0], fl[0], flags);
}

static void words_line(struct hl_gaz *g, const char **f, size_t *fl, int nf)
{
	if (nf < 2)
		return;
	uint32_t flags = 0;
	for (size_t i = 0; i < fl[1]; i++)
		flags |= f[1][i] == 'c' ? LX_COMMON : f[1][i] == 'p' ? LX_PROPER : 0;
	gaz_put(g, hl_hash(f[0], fl[0]))->flags |= flags;
}

static void given_line(struct hl_gaz *g, const char **f, size_t *fl, int nf)
{
	(void)nf;
	gaz_put(g, hl_hash(f[0], fl[0]))->flags |= LX_GIVEN;
}

static void lexicon_line(struct hl_gaz *g, const char **f, size_t *fl, int nf)
{
	if (nf < 2)
		return;
	const char *cls = f[1], *eq = memchr(f[1], '=', fl[1]);
	size_t cl = eq ? (size_t)(eq - cls) : fl[1];
	for (size_t i = 0; i < sizeof lexclass / sizeof *lexclass; i++) {
		if (strlen(lexclass[i].name) != cl || memcmp(lexclass[i].name, cls, cl))
			continue;
		uint32_t fl0 = lexclass[i].flag;
		if (fl0 & LX_PLACEABBR)
			fl0 |= LX_ABBR;  /* "Fla." keeps its period */
		struct hl_lex *x = put_phrase(g, f[0], fl[0], fl0);
		if (eq)
			x->alias = (uint16_t)alias_of(g, eq + 1, fl[1] - cl - 1);
		return;
	}
}

/* A line of data/wordnet.tsv: "Frankfurt<TAB>place".
 * - person: marks the phrase;
 * - place: marks it, and one no other list has becomes a town (the rules
 *   for small towns then apply to it), unless it is a nationality word
 *   ("Canadian", also a river) or one word that is a person's name too
 *   ("Crane");
 * - org, other: mark a phrase of two words or more (one word, "Capital",
 *   says too little);
 * - role: marks the word, unless it has a job in the date or place rules;
 * - given: a given name, when it is no common word or title.
 * Run after the lists whose flags it reads. */
static void wordnet_line(struct hl_gaz *g, const char **f, size_t *fl, int nf)
{
	if (nf < 2)
		return;
	int multi = memchr(f[0], ' ', fl[0]) != NULL;
	if (fl[1] == 6 && !memcmp(f[1], "person", 6)) {
		put_phrase(g, f[0], fl[0], LX_WNPERSON);
	} else if (fl[1] == 5 && !memcmp(f[1], "place", 5)) {
		struct hl_lex *x = put_phrase(g, f[0], fl[0], LX_WNPLACE);
		if (!(x->flags & (LX_PLACE | LX_DEMONYM)) &&
		    (multi || !(x->flags & (LX_GIVEN | LX_WNPERSON))))
			x->flags |= LX_CITY;
	} else if ((fl[1] == 3 && !memcmp(f[1], "org", 3)) || (fl[1] == 5 && !memcmp(f[1], "other", 5))) {
		if (multi)
			put_phrase(g, f[0], fl[0], LX_WNOTHER);
	} else if (fl[1] == 4 && !memcmp(f[1], "role", 4)) {
		struct hl_lex *x = gaz_put(g, hl_hash(f[0], fl[0]));
		if (!(x->flags & (LX_DATE | LX_PREP_PLACE | LX_PLACENOUN | LX_CONNECT)))
			x->flags |= LX_ROLE;
	} else if (fl[1] == 5 && !memcmp(f[1], "given", 5)) {
		struct hl_lex *x = gaz_put(g, hl_hash(f[0], fl[0]));
		if (!(x->flags & (LX_COMMON | LX_TITLE | LX_PLACE | LX_DEMONYM | LX_ORG | LX_NOTNAME)))
			x->flags |= LX_GIVEN;
	}
}

/* Words the date grammar knows, with their numbers. */
static const struct {
	const char *w;
	enum hl_dw dw;
	int num;
} datewords[] = {
	{ "january", DW_MONTH, 1 }, { "jan", DW_MONTH, 1 }, { "february", DW_MONTH, 2 },
	{ "feb", DW_MONTH, 2 }, { "march", DW_MONTH, 3 }, { "mar", DW_MONTH, 3 },
	{ "april", DW_MONTH, 4 }, { "apr", DW_MONTH, 4 }, { "may", DW_MONTH, 5 },
	{ "june", DW_MONTH, 6 }, { "jun", DW_MONTH, 6 }, { "july", DW_MONTH, 7 },
	{ "jul", DW_MONTH, 7 }, { "august", DW_MONTH, 8 }, { "aug", DW_MONTH, 8 },
	{ "september", DW_MONTH, 9 }, { "sept", DW_MONTH, 9 }, { "sep", DW_MONTH, 9 },
	{ "october", DW_MONTH, 10 }, { "oct", DW_MONTH, 10 }, { "november", DW_MONTH, 11 },
	{ "nov", DW_MONTH, 11 }, { "december", DW_MONTH, 12 }, { "dec", DW_MONTH, 12 },
	{ "monday", DW_WEEKDAY, 1 }, { "tuesday", DW_WEEKDAY, 2 }, { "wednesday", DW_WEEKDAY, 3 },
	{ "thursday", DW_WEEKDAY, 4 }, { "friday", DW_WEEKDAY, 5 }, { "saturday", DW_WEEKDAY, 6 },
	{ "sunday", DW_WEEKDAY, 7 },
	{ "day", DW_UNIT, 1 }, { "days", DW_UNIT, 1 }, { "week", DW_UNIT, 2 }, { "weeks", DW_UNIT, 2 },
	{ "month", DW_UNIT, 3 }, { "months", DW_UNIT, 3 }, { "year", DW_UNIT, 4 }, { "years", DW_UNIT, 4 },
	{ "quarter", DW_UNIT, 5 }, { "quarters", DW_UNIT, 5 }, { "decade", DW_UNIT, 6 },
	{ "decades", DW_UNIT, 6 }, { "century", DW_UNIT, 7 }, { "centuries", DW_UNIT, 7 },
	{ "weekend", DW_UNIT, 8 }, { "hour", DW_UNIT, 9 }, { "hours", DW_UNIT, 9 },
	{ "minute", DW_UNIT, 10 }, { "minutes", DW_UNIT, 10 }, { "period", DW_UNIT, 11 },
	{ "half", DW_UNIT, 12 },
	{ "last", DW_REL, -1 }, { "past", DW_REL, -1 }, { "previous", DW_REL, -1 },
	{ "next", DW_REL, 1 }, { "coming", DW_REL, 1 }, { "this", DW_REL, 0 },
	{ "following", DW_REL, 2 }, { "same", DW_REL, 3 }, { "current", DW_REL, 4 },
	{ "today", DW_DEICTIC, 0 }, { "tonight", DW_DEICTIC, 0 }, { "yesterday", DW_DEICTIC, -1 },
	{ "tomorrow", DW_DEICTIC, 1 },
	{ "now", DW_NOW, 0 }, { "currently", DW_NOW, 0 }, { "nowadays", DW_NOW, 0 },
	{ "recently", DW_VAGUE, -1 }, { "recent", DW_VAGUE, -1 }, { "previously", DW_VAGUE, -1 },
	{ "formerly", DW_VAGUE, -1 }, { "soon", DW_VAGUE, 1 }, { "future", DW_VAGUE, 1 },
	{ "lately", DW_VAGUE, -1 },
	{ "morning", DW_PART, 1 }, { "afternoon", DW_PART, 2 }, { "evening", DW_PART, 3 },
	{ "night", DW_PART, 4 }, { "noon", DW_PART, 5 }, { "midnight", DW_PART, 6 },
	{ "midday", DW_PART, 5 }, { "overnight", DW_PART, 4 },
	{ "spring", DW_SEASON, 1 }, { "summer", DW_SEASON, 2 }, { "fall", DW_SEASON, 3 },
	{ "autumn", DW_SEASON, 3 }, { "winter", DW_SEASON, 4 },
	{ "first", DW_ORDINAL, 1 }, { "second", DW_ORDINAL, 2 }, { "third", DW_ORDINAL, 3 },
	{ "fourth", DW_ORDINAL, 4 },
	{ "a", DW_NUMWORD, 1 }, { "an", DW_NUMWORD, 1 }, { "one", DW_NUMWORD, 1 },
	{ "two", DW_NUMWORD, 2 }, { "three", DW_NUMWORD, 3 }, { "four", DW_NUMWORD, 4 },
	{ "five", DW_NUMWORD, 5 }, { "six", DW_NUMWORD, 6 }, { "seven", DW_NUMWORD, 7 },
	{ "eight", DW_NUMWORD, 8 }, { "nine", DW_NUMWORD, 9 }, { "ten", DW_NUMWORD, 10 },
	{ "eleven", DW_NUMWORD, 11 }, { "twelve", DW_NUMWORD, 12 }, { "fifteen", DW_NUMWORD, 15 },
	{ "twenty", DW_NUMWORD, 20 }, { "thirty", DW_NUMWORD, 30 }, { "fifty", DW_NUMWORD, 50 },
	{ "hundred", DW_NUMWORD, 100 }, { "several", DW_NUMWORD, 0 }, { "few", DW_NUMWORD, 0 },
	{ "many", DW_NUMWORD, 0 }, { "some", DW_NUMWORD, 0 },
	{ "ago", DW_AGO, -1 }, { "earlier", DW_AGO, -2 }, { "later", DW_AGO, 2 },
	{ "early", DW_EDGE, 1 }, { "late", DW_EDGE, 3 }, { "mid", DW_EDGE, 2 },
	{ "middle", DW_EDGE, 2 }, { "end", DW_EDGE, 3 }, { "beginning", DW_EDGE, 1 },
	{ "start", DW_EDGE, 1 },
	{ "fiscal", DW_FISCAL, 0 },
	/* words that may start a date but mean nothing alone */
	{ "the", DW_NONE, 0 }, { "christmas", DW_NONE, 0 }, { "thanksgiving", DW_NONE, 0 },
	{ "halloween", DW_NONE, 0 }, { "easter", DW_NONE, 0 }, { "independence", DW_NONE, 0 },
	{ "labor", DW_NONE, 0 }, { "memorial", DW_NONE, 0 }, { "valentine", DW_NONE, 0 },
	{ "new", DW_NONE, 0 }, { "first-quarter", DW_NONE, 0 }, { "second-quarter", DW_NONE, 0 },
	{ "third-quarter", DW_NONE, 0 }, { "fourth-quarter", DW_NONE, 0 },
	{ "fiscal-first", DW_NONE, 0 }, { "fiscal-second", DW_NONE, 0 },
	{ "fiscal-third", DW_NONE, 0 }, { "fiscal-fourth", DW_NONE, 0 },
	{ "year-end", DW_NONE, 0 }, { "year-ago", DW_NONE, 0 }, { "year-earlier", DW_NONE, 0 },
	{ "nineteen", DW_NONE, 0 }, { "eighteen", DW_NONE, 0 }, { "these", DW_NONE, 0 },
	{ "present", DW_NONE, 0 },
	{ "latest", DW_REL, 5 }, { "comparable", DW_REL, 5 }, { "corresponding", DW_REL, 5 },
	{ "prior", DW_REL, 5 },
	{ "twenties", DW_DECADEWORD, 2 }, { "thirties", DW_DECADEWORD, 3 },
	{ "forties", DW_DECADEWORD, 4 }, { "fifties", DW_DECADEWORD, 5 },
	{ "sixties", DW_DECADEWORD, 6 }, { "seventies", DW_DECADEWORD, 7 },
	{ "eighties", DW_DECADEWORD, 8 }, { "nineties", DW_DECADEWORD, 9 },
};

/* Small closed classes: glue inside names, and words that put a place after them. */
static const char *const connectors[] = {
	"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le",
	"bin", "ibn", "al", "el", "dos", "das", "ben", "ter", "zu", "y", "st",
};
static const char *const place_preps[] = {
	"in", "at", "near", "from", "across", "outside", "throughout", "toward", "towards",
	"via", "into", "visit", "visited", "visiting", "visits", "arrived", "landed", "reached",
	"around", "inside", "northern", "southern", "eastern", "western", "central", "downtown",
	"capital", "city", "town", "village", "province", "region", "state", "suburb", "neighboring",
	"neighbouring",
};

/* Directions: "South Korean" is a nationality word, not a place. */
static const char *const directions[] = {
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"central", "northern", "southern", "eastern", "western", "latin",
};

/* Nouns for a kind of place: "the town of X", "the village of X". */
static const char *const place_nouns[] = {
	"town", "city", "village", "hamlet", "parish", "municipality", "commune", "county",
	"district", "province", "region", "state", "suburb", "capital", "borough", "township",
	"island", "port", "outskirts", "neighbourhood", "neighborhood", "seat", "prefecture",
	"canton", "department", "governorate", "oblast", "emirate", "kingdom",
};

/* Words whose period is part of them ("Gen. Lee" is one sentence). */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
	"cpl", "pvt", "brig", "gov", "sen", "sens", "rep", "reps", "rev", "st", "mt", "ft",
	"jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
	"thu", "thur", "thurs", "fri", "sat", "sun", "est", "edt", "pst", "pdt", "gmt", "approx",
	"dept", "univ", "assn", "ave", "blvd", "rd", "fig", "vol", "pp", "ed", "eds", "cf", "al",
};

static int gaz_build(struct hl_gaz *g)
{
	memset(g, 0, sizeof *g);
	rehash(g, 1u << 18);
	each_line(gaz_data_words, words_line, g);
	each_line(gaz_data_given_names, given_line, g);
	each_line(gaz_data_gazetteer, gazetteer_line, g);
	each_line(gaz_data_lexicon, lexicon_line, g);
	each_line(gaz_data_wordnet, wordnet_line, g);
	for (size_t i = 0; i < sizeof datewords / sizeof *datewords; i++) {
		struct hl_lex *x = gaz_put(g, hl_hash(datewords[i].w, strlen(datewords[i].w)));
		x->flags |= LX_DATE;
		x->date = (uint8_t)datewords[i].dw;
		x->num = (int8_t)datewords[i].num;
	}
	for (size_t i = 0; i < sizeof connectors / sizeof *connectors; i++)
		gaz_put(g, hl_hash(connectors[i], strlen(connectors[i])))->flags |= LX_CONNECT;
	for (size_t i = 0; i < sizeof place_preps / sizeof *place_preps; i++)
		gaz_put(g, hl_hash(place_preps[i], strlen(place_preps[i])))->flags |= LX_PREP_PLACE;
	for (size_t i = 0; i < sizeof place_nouns / sizeof *place_nouns; i++)
		gaz_put(g, hl_hash(place_nouns[i], strlen(place_nouns[i])))->flags |= LX_PLACENOUN;
	for (size_t i = 0; i < sizeof directions / sizeof *directions; i++)
		gaz_put(g, hl_hash(directions[i], strlen(directions[i])))->flags |= LX_DIRECTION;
	for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		gaz_put(g, hl_hash(abbrevs[i], strlen(abbrevs[i])))->flags |= LX_ABBR;
	return g->used < 1000 ? -1 : 0;
}

static void dump(const char *name, const struct hl_lex *v, size_t n)
{
	printf("static const struct hl_lex %s[%zu] = {\n", name, n);
	for (size_t i = 0; i < n; i++) {
		if (!v[i].h)
			fputs("{0},\n", stdout);
		else
			printf("{0x%llxULL,0x%xu,%u,%d,%u},\n", (unsigned long long)v[i].h, v[i].flags,
			       v[i].date, v[i].num, v[i].alias);
	}
	puts("};");
}

/* The bit filter over the main table's entries with any of flags: bit
 * h >> shift of 1 << (64 - shift), set for each such entry's hash h. */
static void dump_bits(const char *name, const struct hl_gaz *g, uint32_t flags, unsigned shift)
{
	size_t nw = ((size_t)1 << (64 - shift)) / 64;
	uint64_t *bits = xcalloc(nw, sizeof *bits);
	for (size_t i = 0; i <= g->mask; i++) {
		if (!g->slot[i].h || !(g->slot[i].flags & flags))
			continue;
		size_t b = (size_t)(g->slot[i].h >> shift);
		bits[b >> 6] |= 1ULL << (b & 63);
	}
	printf("static const uint64_t %s[%zu] = {\n", name, nw);
	for (size_t i = 0; i < nw; i++)
		printf("0x%llxULL,%s", (unsigned long long)bits[i], i % 4 == 3 ? "\n" : "");
	puts("};");
	free(bits);
}

int main(void)
{
	struct hl_gaz g;
	if (gaz_build(&g) < 0) {
		fputs("gaz-gen: the word lists are empty\n", stderr);
		return 1;
	}
	/* the small table: closed classes only, at most half full */
	size_t n = 0;
	for (size_t i = 0; i <= g.mask; i++)
		n += g.slot[i].h && (g.slot[i].flags & LX_SMALL_FLAGS);
	size_t sn = 64;
	while (sn < n * 3)
		sn *= 2;
	struct hl_lex *small = xcalloc(sn, sizeof *small);
	for (size_t i = 0; i <= g.mask; i++) {
		if (!g.slot[i].h || !(g.slot[i].flags & LX_SMALL_FLAGS))
			continue;
		size_t j = gaz_slot_of(g.slot[i].h, sn - 1);
		while (small[j].h)
			j = (j + 1) & (sn - 1);
		small[j] = g.slot[i];
	}
	puts("/* Generated by gaz-gen from the lists in data/: do not edit. */");
	puts("#include \"system.h\"\n#include \"hl-impl.h\"");
	dump("table", g.slot, g.mask + 1);
	dump("small", small, sn);
	/* the small table holds the main table's entries with LX_SMALL_FLAGS */
	dump_bits("small_bits", &g, LX_SMALL_FLAGS, HL_SMALL_SHIFT);
	dump_bits("lead_bits", &g, HL_LEAD_FLAGS, HL_LEAD_SHIFT);
	puts("static const char *const canon[] = {");
	for (size_t i = 0; i < g.ncanon; i++)
		printf("\t\"%s\",\n", g.canon[i]);
	puts("\tNULL,\n};");
	puts("int gaz_load(struct hl_gaz *g)\n{");
	printf("\tg->slot = table;\n\tg->mask = %zu;\n", g.mask);
	printf("\tg->small = small;\n\tg->small_mask = %zu;\n", sn - 1);
	puts("\tg->small_bits = small_bits;");
	puts("\tg->lead_bits = lead_bits;");
	printf("\tg->canon = canon;\n\tg->ncanon = %zu;\n\treturn 0;\n}\n", g.ncanon);
	free(small);
	free(g.slot);
	strv_free(g.canon, g.ncanon);
	return 0;
}
