/* hl-name.c -- people and places: capitalised runs of words, cut into
 * titles, nationality words, known places, organisations and names, and
 * decided by the words around them.
 *
 * A run is a stretch of capitalised words (with name glue such as "van" or
 * "bin", and "of"/"and" inside a known phrase). Each run is cut by longest
 * match against the lexicon into segments; a title ("Foreign Minister")
 * makes the following name a person and is not part of it; a nationality
 * word ("Japanese") is never a place; an organisation word ("Department",
 * "Talks") makes the whole phrase an organisation, which gloss does not
 * mark. What is left is a name, decided by given names, the dictionary
 * (a word hunspell knows only capitalised is a proper noun), WordNet's
 * named people and places and its words for kinds of people ("the pianist
 * X"), names already seen in the document, and context ("said", "in",
 * "visit"). A lone proper noun with nothing around it that says person is
 * left unmarked.
 *
 * One sense per document: every full person name met registers its words,
 * so a later "Iwaya" gets the key of "Takeshi Iwaya", as does a one-word
 * name a title or a role word made a person's; a town shown to be a place
 * once ("from Harwick") is one in its other mentions. Places get the
 * canonical key of their lexicon entry ("U.S." and "United States" are
 * one). */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "hl-impl.h"
#include "util.h"

/* ---- names met in this document: folded part -> full key ---- */

struct hl_pmap {
	struct pent {
		uint64_t h;
		const char *key;  /* held by the list of spans (c->out) or static */
		int nwords;
	} *v;
	size_t mask, used;
};

void hl_pmap_free(struct hl_pmap **pm)
{
	struct hl_pmap *m = *pm;
	if (!m)
		return;
	free(m->v);
	free(m);
	*pm = NULL;
}

static struct pent *pmap_find(const struct hl_pmap *m, uint64_t h)
{
	if (!m || !m->v)
		return NULL;
	if (!h)
		h = 1;
	for (size_t i = (size_t)(h ^ (h >> 31)) & m->mask;; i = (i + 1) & m->mask) {
		if (m->v[i].h == h)
			return &m->v[i];
		if (!m->v[i].h)
			return NULL;
	}
}

static void map_put(struct hl_pmap **pm, uint64_t h, const char *key, int nwords)
{
	if (!*pm)
		*pm = xcalloc(1, sizeof **pm);
	struct hl_pmap *m = *pm;
	if (!h)
		h = 1;
	if (!m->v || (m->used + 1) * 2 > m->mask + 1) {
		size_t n = m->v ? (m->mask + 1) * 2 : 256;
		struct pent *old = m->v;
		size_t oldn = old ? m->mask + 1 : 0;
		m->v = xcalloc(n, sizeof *m->v);
		m->mask = n - 1;
		for (size_t i = 0; i < oldn; i++) {
			if (!old[i].h)
				continue;
			size_t j = (size_t)(old[i].h ^ (old[i].h >> 31)) & m->mask;
			while (m->v[j].h)
				j = (j + 1) & m->mask;
			m->v[j] = old[i];
		}
		free(old);
	}
	size_t j = (size_t)(h ^ (h >> 31)) & m->mask;
	while (m->v[j].h && m->v[j].h != h)
		j = (j + 1) & m->mask;
	if (m->v[j].h) {
		/* a longer name wins: "Yoon" -> "yoon suk yeol" over "president yoon" */
		if (m->v[j].nwords >= nwords)
			return;
	} else {
		m->used++;
	}
	m->v[j].h = h;
	m->v[j].key = key;
	m->v[j].nwords = nwords;
}

/* ---- token questions ---- */

HL_INLINE uint32_t lxf(const struct hl_ctx *c, size_t i)
{
	return c->tok[i].xf;
}

HL_INLINE int namey(const struct hl_ctx *c, size_t i)
{
	if (i >= c->ntok)
		return 0;
	const struct hl_tok *t = &c->tok[i];
	if (t->kind != TK_WORD || (t->f & TF_USED) || !(t->f & (TF_CAP | TF_ALLCAP)))
		return 0;
	if (t->e - t->s == 1 && !(t->f & TF_DOT))
		return 0;  /* "A", "I", "Group C" */
	return 1;
}

/* Tokens i and i+1 are next to each other with only a space between. */
HL_INLINE int joined(const struct hl_ctx *c, size_t i)
{
	return i + 1 < c->ntok && (c->tok[i].f & TF_SPACE);
}

HL_INLINE int is_word_n(const struct hl_ctx *c, size_t i, const char *w, size_t n)
{
	if (i >= c->ntok)
		return 0;
	const struct hl_tok *t = &c->tok[i];
	return hl_text_is(c->text + t->s, t->e - t->s, c->text + c->len, w, n);
}
#define is_word(c, i, w) is_word_n((c), (i), "" w, sizeof(w) - 1)

HL_INLINE size_t tok_end(const struct hl_ctx *c, size_t i)
{
	return c->tok[i].e + ((c->tok[i].f & TF_DOT) ? 1 : 0);
}

/* "Jr.", "Sr.": part of the name before them, never a name alone. */
static int is_suffix(const struct hl_ctx *c, size_t i)
{
	const struct hl_tok *t = &c->tok[i];
	return t->e - t->s == 2 && ((t->c0 | 32) == 'j' || (t->c0 | 32) == 's') &&
	       (c->text[t->s + 1] | 32) == 'r';
}

/* Remembers tokens [a, b) for the second pass (hl_names_finish). A word
 * that is only a common word in the dictionary, inside a sentence, or an
 * acronym, is not part of a person's name: left out, which keeps the list
 * short on long texts. */
static void unres_add(struct hl_ctx *c, size_t a, size_t b, int place)
{
	if (b - a == 1) {
		const struct hl_tok *t = &c->tok[a];
		uint32_t f = lxf(c, a);
		if ((t->f & (TF_ALLCAP | TF_HEAD)) == TF_ALLCAP)
			return;
		if (!(t->f & (TF_SENT | TF_HEAD)) && (f & LX_COMMON) && !(f & (LX_PROPER | LX_GIVEN)))
			return;
	}
	if (__builtin_expect(c->nunres == c->capunres, 0))
		XGROW(c->unres, c->capunres, c->nunres + 1);
	uint64_t h = b - a == 1 && c->tok[a].h ? c->tok[a].h : hl_tok_hash(c, a, b);
	c->unres[c->nunres++] = (struct hl_unres){ c->tok[a].s, h, (uint32_t)(tok_end(c, b - 1) - c->tok[a].s),
						   (uint16_t)(b - a), (uint16_t)place };
}

/* ---- segments ---- */

enum seg_kind {
	SG_NAME, SG_PLACE, SG_TITLE, SG_DEMONYM, SG_ORG, SG_PERSON,
	SG_GAP,    /* "and", "of" that joined the run but no phrase of the lexicon holds */
};

struct seg {
	size_t a, b;          /* tokens [a, b) */
	enum seg_kind kind;
	const struct hl_lex *lx;  /* the lexicon entry of a matched phrase */
};

static int is_direction(const struct hl_ctx *c, size_t i)
{
	return i < c->ntok && (lxf(c, i) & LX_DIRECTION);
}

/* The lexicon entry of token k alone as longest() sees it (the
 * tokenizer's, or the main table's for a lower-case word), and its flags
 * in *f; NULL when none. */
HL_INLINE const struct hl_lex *tok_entry(const struct hl_ctx *c, size_t k, uint32_t *f)
{
	const struct hl_tok *t = &c->tok[k];
	*f = t->xf;
	if (t->lx)
		return t->lx;  /* the tokenizer looked the word up already */
	if (t->f & TF_LOWER)
		return hl_lookup(c, t->h, f);
	return NULL;
}

/* tok_entry() for a question about HL_LEAD_FLAGS only: NULL (and *f 0)
 * for a lower-case word that the filter says has none of them. */
HL_INLINE const struct hl_lex *lead_entry(const struct hl_ctx *c, size_t k, uint32_t *f)
{
	const struct hl_tok *t = &c->tok[k];
	if (!t->lx && (t->f & TF_LOWER) && !gaz_maybe_lead(&c->e->gaz, t->h)) {
		*f = 0;
		return NULL;
	}
	return tok_entry(c, k, f);
}

/* The lexicon phrases at i within [i, b), one walk for nw masks: best[m]
 * is the length of the longest whose flags meet want[m] (0: none) and
 * out[m] its entry (left alone when none). The walk does not depend on
 * the masks, so one walk answers several questions about the same i. */
HL_INLINE void longest_n(const struct hl_ctx *c, size_t i, size_t b, size_t nw, const uint32_t *want,
			 size_t *best, const struct hl_lex **out)
{
	uint64_t h = 0;
	for (size_t m = 0; m < nw; m++)
		best[m] = 0;
	for (size_t k = i; k < b; k++) {
		const struct hl_tok *t = &c->tok[k];
		const struct hl_lex *x;
		uint32_t f;
		if (k == i) {
			h = t->h;
			x = tok_entry(c, k, &f);
		} else {
			h = hl_hash_join(h, t->h ? t->h : hl_tok_hash(c, k, k + 1));
			x = hl_lookup(c, h, &f);
		}
		if (!x)
			break;
		for (size_t m = 0; m < nw; m++) {
			if (f & want[m]) {
				best[m] = k + 1 - i;
				out[m] = x;
			}
		}
		if (!(f & LX_PREFIX))
			break;
	}
}

/* Longest lexicon phrase at i within [i, b) whose flags meet want. */
static size_t longest(const struct hl_ctx *c, size_t i, size_t b, uint32_t want,
		      const struct hl_lex **out)
{
	size_t best;
	longest_n(c, i, b, 1, &want, &best, out);
	return best;
}

static void emit(struct hl_ctx *c, size_t a, size_t b, enum hl_type type, const struct hl_lex *lx)
{
	size_t s = c->tok[a].s, e = tok_end(c, b - 1);
	const char *key = NULL;
	if (type == HL_PLACE && lx && lx->alias)
		key = c->e->gaz.canon[lx->alias - 1];
	else if (type == HL_PERSON) {
		/* "Ferdinand Marcos Jr.": the key and the parts leave the suffix out */
		size_t kb = b;
		while (kb - a > 1 && is_suffix(c, kb - 1))
			kb--;
		struct pent *p = pmap_find(c->pmap, hl_tok_hash(c, a, kb));
		if (p)
			key = p->key;
		else if (kb - a == 1 && (p = pmap_find(c->pmap, c->tok[a].h)) != NULL)
			key = p->key;
		if (!key) {
			key = hl_spans_key(c->out, c->text + s, tok_end(c, kb - 1) - s);
			if (kb - a >= 2) {
				for (size_t k = a; k < kb; k++)
					if (!(lxf(c, k) & LX_CONNECT) && c->tok[k].e - c->tok[k].s > 1)
						map_put(&c->pmap, c->tok[k].h, key, (int)(kb - a));
				map_put(&c->pmap, hl_tok_hash(c, a, kb), key, (int)(kb - a));
			}
		}
	}
	hl_cand_add(c, s, e, type, key, NULL);
	for (size_t k = a; k < b; k++)
		c->tok[k].f |= TF_USED;
}

/* A one-word name that a title, a word for a kind of person or WordNet
 * makes a person's ("the pianist András"): its other mentions alone in
 * the document are that person's ("András falls"), which "Norilsk said"
 * is too weak a sign to claim. */
static void emit_person_sure(struct hl_ctx *c, size_t a, size_t b)
{
	emit(c, a, b, HL_PERSON, NULL);
	if (b - a == 1 && c->tok[a].e - c->tok[a].s > 1 && !(c->tok[a].f & TF_ALLCAP) &&
	    !pmap_find(c->pmap, c->tok[a].h))
		map_put(&c->pmap, c->tok[a].h, c->cand[c->ncand - 1].key, 1);
}

/* "Brighton and Southampton", "Fareham or Milton": a town in a pair with
 * a place that is sure of itself (before it, already marked; after it, a
 * country, a state or a town that is no common word or name) is a place. */
static int paired_with_place(const struct hl_ctx *c, size_t a, size_t b)
{
	if (a >= 2 && (is_word(c, a - 1, "and") || is_word(c, a - 1, "or")) && c->ncand) {
		const struct hl_cand *q = &c->cand[c->ncand - 1];
		if (q->type == HL_PLACE && q->e == tok_end(c, a - 2))
			return 1;
	}
	if (b + 1 < c->ntok && (is_word(c, b, "and") || is_word(c, b, "or")) &&
	    (c->tok[b + 1].f & TF_CAP) && !(c->tok[b + 1].f & TF_ALLCAP)) {
		uint32_t f = lxf(c, b + 1);
		return (f & (LX_COUNTRY | LX_SUBDIV | LX_BIGCITY)) ||
		       ((f & LX_CITY) && !(f & (LX_COMMON | LX_GIVEN | LX_WNPERSON)));
	}
	return 0;
}

/* Is the place at segment g weak (a small town that is also a common word
 * or a given name) so that it needs a preposition before it? */
static int weak_place(const struct hl_ctx *c, const struct seg *g)
{
	uint32_t f = g->lx ? g->lx->flags : 0;
	/* "the two Mara scripts": a province WordNet knows only as a person */
	if ((f & (LX_SUBDIV | LX_COUNTRY | LX_BIGCITY | LX_WNPLACE | LX_WNPERSON)) == (LX_SUBDIV | LX_WNPERSON) &&
	    g->b - g->a == 1)
		return 1;
	if (f & (LX_COUNTRY | LX_SUBDIV | LX_BIGCITY))
		return (g->b - g->a == 1) && (c->tok[g->a].f & TF_SENT) && (f & LX_COMMON) &&
		       !(f & LX_PROPER) && !(f & LX_COUNTRY);
	if (g->b - g->a > 1)
		return 0;
	/* "meant Geneva": a given name too, but WordNet knows it only as a
	 * place, and inside a sentence its capital says it is not the gin */
	if ((f & (LX_WNPLACE | LX_WNPERSON)) == LX_WNPLACE &&
	    (!(f & LX_COMMON) || ((f & LX_PROPER) && !(c->tok[g->a].f & TF_SENT))))
		return 0;
	return (f & (LX_COMMON | LX_GIVEN)) != 0;
}

static int place_prep_before(const struct hl_ctx *c, size_t a)
{
	for (size_t k = a; k-- > 0 && a - k <= 2;) {
		uint32_t f = lxf(c, k);
		if (f & LX_PREP_PLACE)
			return 1;
		/* "in 1966 Atessis was": the preposition is the year's */
		if (!(is_word(c, k, "the") || (c->tok[k].f & TF_USED)) || c->tok[k].kind == TK_NUM)
			return 0;
	}
	return 0;
}

static int said_after(const struct hl_ctx *c, size_t b)
{
	if (b < c->ntok && (lxf(c, b) & LX_SAID) && (c->tok[b].f & TF_LOWER))
		return 1;
	/* "Iwaya, who ...", "Smith, a spokesman" */
	if (b + 1 < c->ntok && c->tok[b].kind == TK_PUNCT && c->tok[b].c0 == ',' &&
	    (lxf(c, b + 1) & LX_PERSONCTX))
		return 1;
	return 0;
}

/* "..., said Smith." and "said Smith, who ...": the speaker after the verb
 * ends the clause; in "said Brexit would fail" the name is what was said
 * about. b is the end of the run. */
static int said_before(const struct hl_ctx *c, size_t a, size_t b)
{
	return a > 0 && (lxf(c, a - 1) & LX_SAID) && (c->tok[a - 1].f & TF_LOWER) &&
	       !is_word(c, a - 1, "won") && !is_word(c, a - 1, "beat") &&
	       (b >= c->ntok || c->tok[b].kind == TK_PUNCT || (c->tok[b - 1].f & TF_NL) ||
		is_word(c, b, "on") || is_word(c, b, "in") || is_word(c, b, "at") ||
		is_word(c, b, "after") || is_word(c, b, "when") || is_word(c, b, "told") ||
		is_word(c, b, "and"));
}

/* "Elmdale, Kansas", "SPRINGFIELD, Ill.": a state or country right after
 * a comma that follows the run ending at b. Returns its length in tokens
 * (0: none) and its lexicon entry. */
static size_t comma_place_after(const struct hl_ctx *c, size_t b, const struct hl_lex **out)
{
	if (b + 1 >= c->ntok || c->tok[b].kind != TK_PUNCT || c->tok[b].c0 != ',')
		return 0;
	const struct hl_tok *t = &c->tok[b + 1];
	if (t->kind != TK_WORD || !(t->f & TF_CAP) || (t->f & TF_USED))
		return 0;
	const struct hl_lex *x = NULL;
	size_t n = longest(c, b + 1, c->ntok, LX_COUNTRY | LX_SUBDIV | LX_PLACEABBR, &x);
	if (!n || (n == 1 && (x->flags & LX_GIVEN)))
		return 0;
	*out = x;
	return n;
}

/* "the town of X", "the village of X". */
static int town_of_before(const struct hl_ctx *c, size_t a)
{
	return a >= 2 && is_word(c, a - 1, "of") && (c->tok[a - 1].f & TF_LOWER) &&
	       (lxf(c, a - 2) & LX_PLACENOUN) && (c->tok[a - 2].f & TF_LOWER);
}

/* A wire dateline: "OSLO 2019-04-02", the run starting its line. */
static int dateline(const struct hl_ctx *c, size_t a, size_t b)
{
	if (a != 0 || b >= c->ntok || c->tok[b].kind != TK_NUM)
		return 0;
	for (size_t k = a; k < b; k++)
		if (!(c->tok[k].f & TF_ALLCAP))
			return 0;
	const struct hl_tok *t = &c->tok[b];
	return t->e - t->s == 10 && c->text[t->s + 4] == '-' && c->text[t->s + 7] == '-';
}

/* "Aisby is a village in ...", "X was a small town": the run ending at b
 * is defined as a place, the way encyclopaedia articles open. The place
 * noun must end the phrase ("a city councillor" is not a city). */
static int defined_place_after(const struct hl_ctx *c, size_t b)
{
	if (b + 2 >= c->ntok || !(c->tok[b].f & TF_LOWER) ||
	    !(is_word(c, b, "is") || is_word(c, b, "was")) ||
	    !(is_word(c, b + 1, "a") || is_word(c, b + 1, "an")))
		return 0;
	for (size_t k = b + 2; k < c->ntok && k < b + 6; k++) {
		const struct hl_tok *t = &c->tok[k];
		if (t->kind != TK_WORD || !(t->f & TF_LOWER))
			return 0;
		if (lxf(c, k) & LX_PLACENOUN) {
			if (k + 1 >= c->ntok)
				return 1;
			const struct hl_tok *u = &c->tok[k + 1];
			return u->kind == TK_PUNCT || (lxf(c, k + 1) & LX_PREP_PLACE) ||
			       is_word(c, k + 1, "and") || is_word(c, k + 1, "of") ||
			       is_word(c, k + 1, "located");
		}
	}
	return 0;
}

/* "Mara Lind (Sweden) beat ...", "Owen Price (Wales)": a name followed by a
 * country, state or city in brackets is a player or an official with his
 * country or club, the way results and team lists are written. Returns
 * the index after the closing bracket, or 0. */
HL_INLINE size_t paren_place_after(const struct hl_ctx *c, size_t b)
{
	if (b + 2 >= c->ntok || c->tok[b].kind != TK_PUNCT || c->tok[b].c0 != '(')
		return 0;
	const struct hl_tok *t = &c->tok[b + 1];
	if (t->kind != TK_WORD || !(t->f & TF_CAP))
		return 0;
	const struct hl_lex *x = NULL;
	size_t n = longest(c, b + 1, c->ntok, LX_COUNTRY | LX_SUBDIV | LX_CITY, &x);
	if (n && b + 1 + n < c->ntok && c->tok[b + 1 + n].kind == TK_PUNCT &&
	    c->tok[b + 1 + n].c0 == ')')
		return b + 2 + n;  /* the token after the bracket */
	return 0;
}

/* A place decided by where it stands, remembered for its later mentions. */
static void place_by_position(struct hl_ctx *c, size_t a, size_t b)
{
	emit(c, a, b, HL_PLACE, NULL);
	map_put(&c->plmap, hl_tok_hash(c, a, b), "", (int)(b - a));
}

/* "Catholicism", "Poles", "Protestants": a doctrine (a word in "-ism") or
 * the plural of a nationality or creed word is neither a person nor a place. */
static int creed_or_people(const struct hl_ctx *c, size_t a)
{
	const struct hl_tok *t = &c->tok[a];
	size_t n = t->e - t->s;
	const char *w = c->text + t->s;
	if (n < 4 || (w[n - 1] != 's' && w[n - 1] != 'm'))
		return 0;
	if (n >= 6 && w[n - 3] == 'i' && w[n - 2] == 's' && w[n - 1] == 'm')
		return 1;
	if (w[n - 1] != 's' || w[n - 2] == 's')
		return 0;
	const struct hl_lex *x = gaz_get_small(&c->e->gaz, hl_hash(w, n - 1));
	return x && (x->flags & LX_DEMONYM) && !(x->flags & (LX_PLACE | LX_GIVEN));
}

/* Does the name starting at a stand where a person's name goes?
 * - "Ann Lee, Bo Kim and Tim Cole": next in a list after a person;
 * - "7 - Tim Cole; 8 - Bo Kim": a numbered team list;
 * - "Lee c Cole b Kim": a cricket scorecard's catcher and bowler (the
 *   only one of these that one word (one) may fill). */
static int person_slot(const struct hl_ctx *c, size_t a, int one)
{
	if (a < 2)
		return 0;
	const struct hl_tok *p = &c->tok[a - 1];
	if (p->kind == TK_PUNCT && p->c0 == '-' && c->tok[a - 2].kind == TK_NUM &&
	    (a < 3 || c->tok[a - 3].kind == TK_PUNCT || (c->tok[a - 3].f & TF_NL)))
		return 1;
	if (p->kind == TK_WORD && (p->f & TF_LOWER) && p->e - p->s == 1 &&
	    (p->c0 == 'c' || p->c0 == 'b') && (c->tok[a - 2].f & (TF_CAP | TF_USED)) &&
	    c->tok[a - 2].kind == TK_WORD)
		return 1;
	if (one)
		return 0;  /* a list of one-word names: crops, towns, clubs as often */
	size_t k = a - 1;
	if (is_word(c, k, "and"))
		k--;
	if (c->tok[k].kind == TK_PUNCT && c->tok[k].c0 == ',' && k > 0)
		k--;
	if (k == a - 1 || !(c->tok[k].f & TF_USED) || !c->ncand)
		return 0;
	const struct hl_cand *q = &c->cand[c->ncand - 1];
	return q->type == HL_PERSON && q->e == tok_end(c, k);
}

/* "the Clinton administration", "a second Trump presidency": a name
 * before one of these words is a leader's. */
static int person_era_after(const struct hl_ctx *c, size_t b)
{
	return b < c->ntok && (c->tok[b].f & TF_LOWER) &&
	       (is_word(c, b, "administration") || is_word(c, b, "presidency") ||
		is_word(c, b, "campaign") || is_word(c, b, "era") || is_word(c, b, "cabinet") ||
		is_word(c, b, "dynasty"));
}

/* "30th", "89th" right after a name and before ",", ")" or "pen": the
 * minute a goal was scored in. */
static int minute_after(const struct hl_ctx *c, size_t b)
{
	if (b + 1 >= c->ntok || c->tok[b].kind != TK_NUM || (c->tok[b].f & TF_USED))
		return 0;
	const struct hl_tok *t = &c->tok[b];
	size_t n = t->e - t->s;
	const char *w = c->text + t->s;
	if (n < 3 || n > 5 || w[0] < '0' || w[0] > '9' ||
	    !((w[n - 2] == 't' && w[n - 1] == 'h') || (w[n - 2] == 's' && w[n - 1] == 't') ||
	      (w[n - 2] == 'n' && w[n - 1] == 'd') || (w[n - 2] == 'r' && w[n - 1] == 'd')))
		return 0;
	const struct hl_tok *u = &c->tok[b + 1];
	return (u->kind == TK_PUNCT && (u->c0 == ',' || u->c0 == ')')) || is_word(c, b + 1, "pen") ||
	       is_word(c, b + 1, "and");
}

/* Is token i a bare whole number of up to three digits, a score or a
 * column of a table ("2", "17"), not "9-2", "18th" or "23:58.6"? */
static int score_num(const struct hl_ctx *c, size_t i)
{
	if (i >= c->ntok || c->tok[i].kind != TK_NUM || (c->tok[i].f & TF_USED) ||
	    c->tok[i].e - c->tok[i].s > 3)
		return 0;
	for (size_t k = c->tok[i].s; k < c->tok[i].e; k++)
		if (c->text[k] < '0' || c->text[k] > '9')
			return 0;
	return (c->tok[i].f & (TF_SPACE | TF_NL)) || i + 1 == c->ntok;
}

/* "Bochum 2 Hansa Rostock 0", "Rovers 16 9 6 1 26 14 33": a name between
 * scores, or starting a line of figures, is a side in a results line or
 * a table; a person's name there starts with a given name. */
static int team_in_scores(const struct hl_ctx *c, size_t a, size_t b)
{
	if (!score_num(c, b) || (lxf(c, a) & LX_GIVEN))
		return 0;
	int line_start = a == 0 || (c->tok[a - 1].f & TF_NL);
	if (!line_start)
		return score_num(c, a - 1);
	/* a table's row of figures, or the first side and the next one */
	return score_num(c, b + 1) ||
	       (b + 1 < c->ntok && c->tok[b + 1].kind == TK_WORD && (c->tok[b + 1].f & TF_CAP));
}

/* Is the phrase at a written in another script than Latin (Greek, Cyrillic, ...)?
 * In an English text such a phrase is more often the original name of a
 * firm, a work or a society than a person's, without more to go on. */
static int non_latin(const struct hl_ctx *c, size_t a)
{
	return (unsigned char)c->text[c->tok[a].s] >= 0xCD;  /* U+0340 on: past the Latin letters */
}

/* Does word a only look like a name, so that a name segment drops it
 * from its start: "The", "Jr.", or a common word that no name met so far
 * holds, capitalised by the sentence or the headline? */
static int looks_name_only(const struct hl_ctx *c, size_t a)
{
	const struct hl_tok *t = &c->tok[a];
	uint32_t f = lxf(c, a);
	if ((f & LX_NOTNAME) || is_suffix(c, a))
		return 1;
	return (t->f & (TF_SENT | TF_HEAD)) && (f & LX_COMMON) && !(f & (LX_PROPER | LX_GIVEN)) &&
	       !pmap_find(c->pmap, t->h);
}

/* Decides a name segment [a, b): emits PERSON or PLACE or nothing. */
static void decide_name1(struct hl_ctx *c, size_t a, size_t b, int person_next, size_t run_b)
{
	/* two words or more: "Benfica (Portugal)" is a club */
	if (b == run_b && !(c->tok[a].f & TF_HEAD) && paren_place_after(c, b)) {
		size_t a1 = a;
		while (a1 < b && ((lxf(c, a1) & LX_NOTNAME) || is_suffix(c, a1)))
			a1++;
		if (b - a1 >= 2 && !(c->tok[a1].f & TF_ALLCAP)) {
			emit(c, a1, b, HL_PERSON, NULL);
			return;
		}
	}
	if (b == run_b && team_in_scores(c, a, b))
		return;
	/* "Acme Toys president to retire": a name before a lower-case title
	 * is the firm or body the title belongs to */
	if (b == run_b && b < c->ntok && (c->tok[b].f & TF_LOWER) && (lxf(c, b) & LX_TITLE) &&
	    !(c->tok[a].f & TF_HEAD))
		return;
	/* "(Kerwin 30th pen, Dunmore 89th)": a scorer and the minute */
	if (b == run_b && minute_after(c, b) && !(lxf(c, a) & (LX_PLACE | LX_NOTNAME))) {
		emit(c, a, b, HL_PERSON, NULL);
		return;
	}
	while (a < b && looks_name_only(c, a))
		a++;
	/* "Centre Tom Reddy", "Attorney Ruth B. Kamen": a common word that
	 * is no given name before a given name and a surname is a role */
	if (b - a >= 3 && !person_next && (lxf(c, a + 1) & LX_GIVEN) &&
	    (lxf(c, a) & (LX_GIVEN | LX_COMMON | LX_DEMONYM)) && !(lxf(c, a) & LX_GIVEN) &&
	    c->tok[a].e - c->tok[a].s > 1 &&
	    !(c->tok[a].f & (TF_ALLCAP | TF_HEAD)) && (c->tok[a + 1].f & TF_CAP) &&
	    !(c->tok[a + 1].f & TF_ALLCAP) && !((lxf(c, a) | lxf(c, a + 1)) & LX_CONNECT) &&
	    (lxf(c, b - 1) & (LX_COMMON | LX_PROPER | LX_GIVEN)) != LX_COMMON &&
	    !pmap_find(c->pmap, c->tok[a].h))
		a++;
	if (a >= b)
		return;
	size_t n = b - a;
	const struct hl_tok *t0 = &c->tok[a];
	uint32_t f0 = lxf(c, a);
	if (person_next) {
		/* "St. Johnsbury, Vermont": a saint's name before a state is a town */
		const struct hl_lex *x = NULL;
		size_t np = b == run_b && a > 0 && (is_word(c, a - 1, "st") || is_word(c, a - 1, "saint")) ?
			    comma_place_after(c, b, &x) : 0;
		if (np) {
			place_by_position(c, a - 1, b);
			emit(c, b + 1, b + 1 + np, HL_PLACE, x);
			return;
		}
		emit_person_sure(c, a, b);
		return;
	}
	/* "B-25 Mitchell": a model's letters and figures make a thing */
	for (size_t k = a; k < b; k++)
		if (c->tok[k].kind == TK_WORD && c->text[c->tok[k].e - 1] >= '0' && c->text[c->tok[k].e - 1] <= '9' &&
		    memchr(c->text + c->tok[k].s, '-', c->tok[k].e - c->tok[k].s))
			return;
	if (pmap_find(c->pmap, hl_tok_hash(c, a, b)) ||
	    (n == 1 && pmap_find(c->pmap, t0->h))) {
		emit(c, a, b, HL_PERSON, NULL);
		return;
	}
	/* where it stands says place: "Elmdale, Kansas", "the town of
	 * Harwick", "North Harwick", "OSLO 2019-04-02" */
	if (b == run_b) {
		const struct hl_lex *x = NULL;
		size_t np = comma_place_after(c, b, &x);
		/* "Louis Carr, Santiago newsroom": a given name and a surname
		 * before a comma are a person, not a town */
		if (np && !(n >= 2 && (f0 & LX_GIVEN) && !(f0 & LX_PLACE) && !(t0->f & TF_ALLCAP))) {
			place_by_position(c, a, b);
			emit(c, b + 1, b + 1 + np, HL_PLACE, x);
			return;
		}
		if (dateline(c, a, b)) {
			emit(c, a, b, HL_PLACE, NULL);
			return;
		}
		if ((t0->f & TF_SENT) && !(t0->f & TF_HEAD) && defined_place_after(c, b)) {
			place_by_position(c, a, b);
			return;
		}
	}
	if (town_of_before(c, a) ||
	    (n >= 2 && (f0 & LX_DIRECTION) && !(lxf(c, a + 1) & (LX_DEMONYM | LX_COMMON)))) {
		place_by_position(c, a, b);
		return;
	}
	if (c->plmap && pmap_find(c->plmap, hl_tok_hash(c, a, b))) {
		emit(c, a, b, HL_PLACE, NULL);
		return;
	}
	/* "the Confederate army", "the Boy Scouts": people go without "the" */
	int the = a > 0 && is_word(c, a - 1, "the");
	int head = (t0->f & TF_HEAD) != 0;
	if (n >= 2) {
		uint32_t fl = lxf(c, b - 1);
		if (fl & LX_PLACETAIL) {
			emit(c, a, b, HL_PLACE, NULL);
			return;
		}
		if (f0 & LX_PLACEHEAD) {
			emit(c, a, b, HL_PLACE, NULL);  /* "Lake Tana" */
			return;
		}
		if (head)
			return;
		/* "Boy Scouts", "the Blue Jays": a plural common noun at the end is a group */
		const struct hl_tok *tl = &c->tok[b - 1];
		if (tl->e - tl->s > 3 && c->text[tl->e - 1] == 's' && (fl & LX_COMMON) &&
		    !(fl & (LX_PROPER | LX_GIVEN)) && !((f0 & (LX_GIVEN | LX_COMMON)) == LX_GIVEN && n == 2))
			return;  /* but "Andrew Blades" is a given name and a surname */
		int common = 0;
		for (size_t k = a; k < b; k++) {
			uint32_t f = lxf(c, k);
			if ((f & LX_COMMON) && !(f & (LX_PROPER | LX_GIVEN)) && !(f & LX_CONNECT))
				common++;
			if (c->tok[k].f & TF_ALLCAP)
				common++;  /* acronyms: organisations */
		}
		/* "P. Reedy", "K. Loft": an initial and a surname, even a common word */
		if (n == 2 && t0->e - t0->s == 1 && (t0->f & (TF_DOT | TF_CAP)) == (TF_DOT | TF_CAP) &&
		    !(c->tok[a + 1].f & TF_ALLCAP) && !(lxf(c, a + 1) & (LX_ORG | LX_PLACETAIL))) {
			if (!the)
				emit(c, a, b, HL_PERSON, NULL);
			return;
		}
		if ((f0 & LX_GIVEN) && (size_t)common <= n / 2) {
			if (!the)
				emit(c, a, b, HL_PERSON, NULL);
			return;
		}
		if ((!common && !non_latin(c, a)) || (b == run_b && said_after(c, run_b)) ||
		    said_before(c, a, run_b) || person_slot(c, a, 0)) {
			if (!the)
				emit(c, a, b, HL_PERSON, NULL);
			return;
		}
		return;
	}
	/* one word */
	if (head || (t0->f & TF_ALLCAP) || creed_or_people(c, a))
		return;
	if ((b == run_b && said_after(c, run_b)) || said_before(c, a, run_b)) {
		if (!(f0 & LX_COMMON) || (f0 & (LX_PROPER | LX_GIVEN)))
			if (!the)
				emit(c, a, b, HL_PERSON, NULL);
		return;
	}
	if ((t0->f & TF_SENT) && (f0 & LX_COMMON) && !(f0 & LX_PROPER))
		return;
	/* "Hitler rose to power": WordNet knows the word as a person and as
	 * nothing else, so the start of a sentence does not hide it */
	if ((f0 & (LX_WNPERSON | LX_WNPLACE | LX_COMMON)) == LX_WNPERSON) {
		if (!the)
			emit_person_sure(c, a, b);
		return;
	}
	if ((place_prep_before(c, a) || paired_with_place(c, a, b)) && !(f0 & LX_COMMON) && !(f0 & LX_GIVEN)) {
		place_by_position(c, a, b);
		return;
	}
	/* a lone proper noun with nothing around it that says person ("voted
	 * for Brexit", "posted on Instagram") is left to the second pass: it
	 * becomes a person when a full name in the document holds it */
	if ((f0 & LX_GIVEN) && !(f0 & LX_COMMON)) {
		if (!the)
				emit(c, a, b, HL_PERSON, NULL);
		return;
	}
	if (((f0 & LX_PROPER) || !(f0 & (LX_COMMON | LX_PLACE))) && !(t0->f & TF_SENT) &&
	    (person_era_after(c, b) || (!the && person_slot(c, a, 1))))
		emit(c, a, b, HL_PERSON, NULL);
}

/* decide_name1(), and what it leaves unmarked is remembered for the
 * second pass: words before the span it made, or the whole segment (word
 * by word in a headline, where case says nothing about where names end). */
static void decide_name(struct hl_ctx *c, size_t a, size_t b, int person_next, size_t run_b)
{
	size_t n0 = c->ncand;
	decide_name1(c, a, b, person_next, run_b);
	size_t u = b;
	if (c->ncand != n0)
		for (u = a; u < b && !(c->tok[u].f & TF_USED); u++)
			;
	while (a < u && ((lxf(c, a) & LX_NOTNAME) || is_suffix(c, a)))
		a++;
	while (u > a && is_suffix(c, u - 1))
		u--;
	if (a >= u)
		return;
	if (u - a == 1 || u < b || (c->tok[a].f & TF_HEAD)) {
		for (size_t k = a; k < u; k++)
			if (!(lxf(c, k) & LX_NOTNAME) && !is_suffix(c, k))
				unres_add(c, k, k + 1, 0);
	} else {
		unres_add(c, a, u, 0);
	}
}

/* The single title a plural stands for: "Presidents Marcos and Biden". */
static int plural_title(const struct hl_ctx *c, size_t i)
{
	const struct hl_tok *t = &c->tok[i];
	size_t n = t->e - t->s;
	/* the plural of a title is a common word: names are not looked at */
	if (t->kind != TK_WORD || !(t->f & TF_CAP) || n < 5 || c->text[t->e - 1] != 's' ||
	    !(lxf(c, i) & LX_COMMON))
		return 0;
	const struct hl_lex *x = gaz_get_small(&c->e->gaz, hl_hash(c->text + t->s, n - 1));
	return x && (x->flags & LX_TITLE);
}

/* "Cowboy" Hale (born 12 June 1912 ...)", "Ada Kemp (b. 1950)": the
 * way a biography opens. */
static int born_after(const struct hl_ctx *c, size_t b)
{
	if (b + 1 >= c->ntok || c->tok[b].kind != TK_PUNCT || c->tok[b].c0 != '(')
		return 0;
	return is_word(c, b + 1, "born") || is_word(c, b + 1, "née") ||
	       (is_word(c, b + 1, "b") && (c->tok[b + 1].f & TF_DOT));
}

/* The flags that make a one-word run more than a name segment in do_run():
 * longest_n()'s first mask. */
#define LONE_SEG_FLAGS (LX_TITLE | LX_COUNTRY | LX_SUBDIV | LX_CITY | LX_DEMONYM | LX_ORG | LX_ORGSTART)

/* Cuts run [a, b) into segments and decides them. */
static void do_run(struct hl_ctx *c, size_t a, size_t b, int person_next)
{
	if (born_after(c, b)) {
		while (a < b && (lxf(c, a) & LX_NOTNAME))
			a++;
		if (a < b && !(lxf(c, a) & (LX_COUNTRY | LX_ORG | LX_ORGSTART)) && !(c->tok[a].f & TF_HEAD)) {
			emit_person_sure(c, a, b);
			return;
		}
	}
	/* "Stuart Law", "Tyrone Power": a given name and an organisation word
	 * that is a surname too are a person's name, not a firm */
	if (b - a == 2 && (lxf(c, a) & (LX_GIVEN | LX_COMMON | LX_COUNTRY | LX_SUBDIV)) == LX_GIVEN &&
	    (lxf(c, a + 1) & (LX_ORG | LX_ORGSTART | LX_PLACE)) == LX_ORG &&
	    (lxf(c, a + 1) & (LX_PROPER | LX_WNPERSON)) && !(c->tok[a].f & (TF_ALLCAP | TF_HEAD)) &&
	    !(c->tok[a + 1].f & TF_ALLCAP)) {
		decide_name(c, a, b, 1, b);
		return;
	}
	struct seg sg[64];
	size_t ns = 0;
	for (size_t i = a; i < b && ns < 64;) {
		const struct hl_lex *x = NULL;
		size_t n;
		if (is_direction(c, i) && i + 1 < b && (lxf(c, i + 1) & LX_DEMONYM) &&
		    !longest(c, i, b, LX_COUNTRY, &x)) {
			sg[ns++] = (struct seg){ i, i + 2, SG_DEMONYM, NULL };
			i += 2;
			continue;
		}
		/* the phrase at i as a place, title or organisation; as a place
		 * head; as what WordNet names: one walk */
		static const uint32_t want[3] = { LONE_SEG_FLAGS, LX_PLACEHEAD, LX_WNPERSON | LX_WNOTHER };
		size_t len[3];
		const struct hl_lex *lx3[3] = { NULL, NULL, NULL };
		longest_n(c, i, b, 3, want, len, lx3);
		n = len[0];
		if (n)
			x = lx3[0];
		if ((c->tok[i].f & TF_LOWER) && !(lxf(c, i) & LX_CONNECT)) {
			/* "Brighton and Southampton" joined because "Brighton and Hove" is
			 * a place: what no longer phrase held is two names */
			sg[ns++] = (struct seg){ i, i + 1, SG_GAP, NULL };
			i++;
			continue;
		}
		/* "Bay of Pigs", "Gulf of Aden": a place head ending in "of" and
		 * what follows it in the run are one place */
		const struct hl_lex *hx = lx3[1];
		size_t ph = len[1];
		if (ph >= 2 && i + ph < b && is_word(c, i + ph - 1, "of")) {
			sg[ns++] = (struct seg){ i, b, SG_PLACE, hx };
			i = b;
			continue;
		}
		/* a person, an organisation or an event WordNet names in two words
		 * or more is one unit: "Bill Clinton", "Black September" */
		const struct hl_lex *wx = lx3[2];
		size_t wn = len[2];
		if (wn >= 2 && wn > n && !(wx->flags & LX_WNPLACE)) {
			enum seg_kind k = (wx->flags & LX_WNPERSON) ? SG_PERSON : SG_ORG;
			sg[ns++] = (struct seg){ i, i + wn, k, wx };
			i += wn;
			continue;
		}
		if (n) {
			uint32_t f = x->flags;
			/* "Fairmont State College": a town's name ending in an
			 * organisation word is the organisation's here */
			if (n >= 2 && (f & LX_CITY) && !(f & (LX_COUNTRY | LX_SUBDIV)) && i + n == b &&
			    (lxf(c, i + n - 1) & LX_ORG) && i > a)
				f = LX_ORG;
			enum seg_kind k = (f & LX_ORGSTART) ? SG_ORG
				: (f & LX_TITLE) ? SG_TITLE
				/* "Eastern leaders": a province's name that is a nationality
				 * or regional word is that word */
				: (f & (LX_DEMONYM | LX_COUNTRY)) == LX_DEMONYM && n == 1 ? SG_DEMONYM
				/* "U.N.": an organisation's name before a small town's */
				: (f & LX_ORG) && !(f & (LX_COUNTRY | LX_SUBDIV | LX_BIGCITY)) &&
				  !(n >= 2 && (f & LX_WNPLACE)) ? SG_ORG
				: (f & (LX_COUNTRY | LX_SUBDIV | LX_CITY)) ? SG_PLACE
				: (f & LX_DEMONYM) ? SG_DEMONYM : SG_ORG;
			/* a title word that is also a surname-like proper word is a title
			 * only before another name */
			if (k == SG_TITLE && i + n >= b && n == 1 && ns && sg[ns - 1].kind == SG_NAME)
				k = SG_NAME;
			/* a town that is also a given name, after a title or before
			 * another name word, is a name: "Secretary Antony Blinken" */
			if (k == SG_PLACE && n == 1 && !(f & LX_COUNTRY) &&
			    ((f & LX_GIVEN) || (!(f & LX_BIGCITY) &&
						 (f & (LX_SUBDIV | LX_PROPER)) != (LX_SUBDIV | LX_PROPER))) &&
			    ((ns && sg[ns - 1].kind == SG_TITLE) ||
			     (i + 1 < b && !(lxf(c, i + 1) & (LX_COUNTRY | LX_SUBDIV | LX_BIGCITY | LX_ORG |
								   LX_PLACETAIL | LX_TITLE | LX_PLACENOUN)) &&
			      ((lxf(c, i + 1) & (LX_PROPER | LX_GIVEN | LX_WNPERSON)) ||
			       !(lxf(c, i + 1) & (LX_PLACE | LX_COMMON))))))
				k = SG_NAME;
			if (k == SG_NAME) {
				if (ns && sg[ns - 1].kind == SG_NAME)
					sg[ns - 1].b = i + n;
				else
					sg[ns++] = (struct seg){ i, i + n, SG_NAME, NULL };
				i += n;
				continue;
			}
			/* "Michael Jordan", "George Washington", "K. Adams": a lone given
			 * name (or a small town's) or an initial before a one-word place
			 * is a person's first name */
			if (ns && sg[ns - 1].kind == SG_NAME && k == SG_PLACE && n == 1 &&
			    sg[ns - 1].b - sg[ns - 1].a == 1 && sg[ns - 1].b == i &&
			    (((lxf(c, i - 1) & (LX_GIVEN | LX_COMMON)) == LX_GIVEN &&
			      !(lxf(c, i - 1) & (LX_COUNTRY | LX_SUBDIV | LX_BIGCITY))) ||
			     (c->tok[i - 1].e - c->tok[i - 1].s == 1 && (c->tok[i - 1].f & (TF_DOT | TF_CAP)) ==
			      (TF_DOT | TF_CAP))) &&
			    !(c->tok[i].f & (TF_HEAD | TF_ALLCAP))) {
				sg[ns - 1].b = i + 1;
				i++;
				continue;
			}
			if (ns && sg[ns - 1].kind == SG_NAME && k != SG_ORG && k != SG_TITLE &&
			    !(f & (LX_COUNTRY | LX_BIGCITY | LX_SUBDIV)) &&
			    ((lxf(c, i) & (LX_PROPER | LX_GIVEN)) || !(lxf(c, i) & LX_COMMON)) &&
			    !(f & LX_DEMONYM)) {
				sg[ns - 1].b = i + n;  /* "Michael Jordan": a name word that is also a town */
				i += n;
				continue;
			}
			sg[ns++] = (struct seg){ i, i + n, k, x };
			i += n;
			continue;
		}
		if (i + 1 < b && plural_title(c, i))
			sg[ns++] = (struct seg){ i, i + 1, SG_TITLE, NULL };
		else if (ns && sg[ns - 1].kind == SG_NAME)
			sg[ns - 1].b = i + 1;
		else
			sg[ns++] = (struct seg){ i, i + 1, SG_NAME, NULL };
		i++;
	}
	/* "Denver Broncos", "Oregon Ducks": a town or state and a plural
	 * that is a common word or no word at all is a team */
	for (size_t k = 0; k + 1 < ns; k++) {
		if (sg[k].kind != SG_PLACE || (sg[k].lx->flags & LX_COUNTRY) || sg[k + 1].kind != SG_NAME)
			continue;
		size_t last = sg[k + 1].b - 1;
		const struct hl_tok *t = &c->tok[last];
		uint32_t f = lxf(c, last);
		if (t->e - t->s > 3 && c->text[t->e - 1] == 's' && !(f & (LX_GIVEN | LX_PROPER)))
			sg[k].kind = sg[k + 1].kind = SG_ORG;
	}
	/* "Real Betis", "Dynamo Kyiv", "Sporting Lisbon": one word that is no
	 * given name, title or direction right before a city is a club or a
	 * firm named after the city */
	for (size_t k = 0; k + 1 < ns; k++) {
		if (sg[k].kind != SG_NAME || sg[k].b - sg[k].a != 1 || sg[k + 1].kind != SG_PLACE ||
		    sg[k + 1].b - sg[k + 1].a != 1)
			continue;
		size_t w = sg[k].a;
		uint32_t fw = lxf(c, w), fp = sg[k + 1].lx->flags;
		if ((fp & (LX_COUNTRY | LX_SUBDIV)) || !(fp & LX_CITY) ||
		    (fw & (LX_GIVEN | LX_NOTNAME | LX_DIRECTION | LX_PLACEHEAD | LX_TITLE | LX_DEMONYM)) ||
		    (c->tok[w].f & (TF_HEAD | TF_ALLCAP)) || ((c->tok[w].f & TF_SENT) && (fw & LX_COMMON)))
			continue;
		sg[k].kind = sg[k + 1].kind = SG_ORG;
	}
	/* "Davis Gym", "Hudson Bay": a town and a place word after it are one
	 * place; "Atlantic Wall", "Texas Instruments": a place and a common
	 * noun after it are one thing named after the place, neither a place
	 * nor a person */
	for (size_t k = 0; k + 1 < ns; k++) {
		if (sg[k].kind != SG_PLACE || sg[k + 1].kind != SG_NAME || sg[k + 1].a != sg[k].b ||
		    sg[k + 1].b - sg[k + 1].a != 1)
			continue;
		size_t w = sg[k + 1].a;
		uint32_t fw = lxf(c, w), fp = sg[k].lx->flags;
		if (c->tok[w].f & (TF_HEAD | TF_ALLCAP))
			continue;
		if ((fw & LX_PLACETAIL) && !(fp & LX_COUNTRY)) {
			sg[k].b = sg[k + 1].b;
			sg[k].lx = c->tok[w].lx;  /* no canonical key: the town's is not this one's */
			for (size_t m = k + 1; m + 1 < ns; m++)
				sg[m] = sg[m + 1];
			ns--;
		} else if ((fw & LX_COMMON) && !(fw & LX_GIVEN) && !(fp & LX_GIVEN)) {
			sg[k].kind = sg[k + 1].kind = SG_ORG;
		}
	}
	/* "New York City", "Kansas City": a state or town and "City" is one place */
	for (size_t k = 0; k + 1 < ns; k++) {
		if (sg[k].kind != SG_PLACE || (sg[k].lx->flags & LX_COUNTRY) ||
		    (sg[k + 1].kind != SG_NAME && sg[k + 1].kind != SG_PLACE) ||
		    sg[k + 1].b - sg[k + 1].a != 1 || sg[k + 1].a != sg[k].b || !is_word(c, sg[k + 1].a, "city"))
			continue;
		sg[k].b = sg[k + 1].b;
		for (size_t m = k + 1; m + 1 < ns; m++)
			sg[m] = sg[m + 1];
		ns--;
	}
	/* an organisation word spoils the names before it, back to a title */
	for (size_t k = 0; k < ns; k++) {
		if (sg[k].kind != SG_ORG || (sg[k].lx && (sg[k].lx->flags & LX_WNOTHER)))
			continue;  /* a unit WordNet names leaves its neighbours alone */
		/* a headline is one run of capitals: "SPAIN PICK ... FOR WORLD CUP
		 * CLASH" spoils only the words next to the organisation word */
		size_t reach = (c->tok[sg[k].a].f & TF_HEAD) ? 1 : ns;
		for (size_t m = k; m-- > 0 && k - m <= reach && sg[m].kind != SG_TITLE;)
			sg[m].kind = SG_ORG;
		for (size_t m = k + 1; m < ns && m - k <= reach && sg[m].kind != SG_TITLE; m++)
			sg[m].kind = SG_ORG;
	}
	for (size_t k = 0; k < ns; k++) {
		struct seg *g = &sg[k];
		switch (g->kind) {
		case SG_TITLE:
			person_next = 1;
			break;
		case SG_PLACE:
			if (person_next && (g->lx->flags & (LX_PROPER | LX_GIVEN)) && !(g->lx->flags & LX_COUNTRY)) {
				emit(c, g->a, g->b, HL_PERSON, NULL);
				person_next = 0;
				break;
			}
			if (pmap_find(c->pmap, hl_tok_hash(c, g->a, g->b))) {
				emit(c, g->a, g->b, HL_PERSON, NULL);
				break;
			}
			/* "OSLO 2019-04-02 Snow fell": a dateline's town */
			if (g->b == b && dateline(c, g->a, g->b)) {
				emit(c, g->a, g->b, HL_PLACE, g->lx);
				break;
			}
			if (weak_place(c, g)) {
				const struct hl_lex *x = NULL;
				uint64_t h = hl_tok_hash(c, g->a, g->b);
				if (place_prep_before(c, g->a) || town_of_before(c, g->a) ||
				    (g->b == b && comma_place_after(c, b, &x)) || paired_with_place(c, g->a, g->b)) {
					/* "in Harwick": later mentions alone are the place too
					 * (not "IN SURPRISE DEFEAT": a headline says little) */
					if (!(c->tok[g->a].f & (TF_HEAD | TF_ALLCAP)))
						map_put(&c->plmap, h, "", (int)(g->b - g->a));
				} else if (!c->plmap || !pmap_find(c->plmap, h)) {
					unres_add(c, g->a, g->b, 0);
					break;
				}
			}
			/* "Barcelona 2 Madrid 1": a town beside a score is a team;
			 * so is "Nantes (France) 8 2 5 11" in a table */
			if (!(g->lx->flags & LX_COUNTRY) && !(lxf(c, g->b - 1) & LX_PLACETAIL) &&
			    ((g->b < c->ntok && c->tok[g->b].kind == TK_NUM && !(c->tok[g->b].f & TF_USED)) ||
			     (g->a > 0 && c->tok[g->a - 1].kind == TK_NUM && !(c->tok[g->a - 1].f & TF_USED))))
				break;
			if (!(g->lx->flags & LX_COUNTRY) && g->b == b) {
				size_t q = paren_place_after(c, g->b);
				if (q && q < c->ntok && c->tok[q].kind == TK_NUM)
					break;
			}
			if ((c->tok[g->a].f & TF_HEAD) && !(g->lx->flags & (LX_COUNTRY | LX_BIGCITY | LX_SUBDIV))) {
				unres_add(c, g->a, g->b, 0);
				break;
			}
			/* "shaped by Clinton": a small town's name that WordNet knows as
			 * a person's, with no "in" or "at" before it here or before any
			 * mention so far, is the person */
			if (g->b - g->a == 1 && (g->lx->flags & LX_WNPERSON) &&
			    !(g->lx->flags & (LX_COUNTRY | LX_SUBDIV | LX_BIGCITY)) &&
			    !place_prep_before(c, g->a) && !town_of_before(c, g->a) &&
			    !(c->tok[g->a].f & (TF_HEAD | TF_ALLCAP)) &&
			    !(c->plmap && pmap_find(c->plmap, c->tok[g->a].h))) {
				const struct hl_lex *x = NULL;
				if (!comma_place_after(c, g->b, &x)) {
					emit(c, g->a, g->b, HL_PERSON, NULL);
					break;
				}
			}
			/* "SPRINGFIELD, Ill.": the state after a known town */
			if (g->b == b) {
				const struct hl_lex *x = NULL;
				size_t np = comma_place_after(c, b, &x);
				if (np && (x->flags & LX_PLACEABBR)) {
					emit(c, g->a, g->b, HL_PLACE, g->lx);
					emit(c, b + 1, b + 1 + np, HL_PLACE, x);
					break;
				}
			}
			/* "Jordan ... Michael Jordan": a place word may turn out to be a
			 * person's name later; "in Jordan" and "Jordan, Utah" stay places */
			if (g->b - g->a == 1 && !place_prep_before(c, g->a)) {
				const struct hl_lex *x = NULL;
				if (!comma_place_after(c, g->b, &x))
					unres_add(c, g->a, g->b, 1);
			}
			emit(c, g->a, g->b, HL_PLACE, g->lx);
			break;
		case SG_PERSON:
			emit(c, g->a, g->b, HL_PERSON, NULL);
			person_next = 0;
			break;
		case SG_NAME:
			decide_name(c, g->a, g->b, person_next, b);
			person_next = 0;
			break;
		default:
			break;
		}
	}
}

/* Is token i a straight or curly double quote? open: “ (or "), else ”. */
static int is_quote(const struct hl_ctx *c, size_t i, int open)
{
	const struct hl_tok *t = &c->tok[i];
	if (t->kind != TK_PUNCT)
		return 0;
	if (t->c0 == '"')
		return 1;
	return t->c0 == (char)0xE2 && t->s + 2 < c->len && c->text[t->s + 1] == (char)0x80 &&
	       c->text[t->s + 2] == (open ? (char)0x9C : (char)0x9D);
}

/* Does [a, b) hold a town or a state (not a country): a club's name? */
static int town_in(const struct hl_ctx *c, size_t a, size_t b)
{
	for (size_t k = a; k < b && k < c->ntok; k++) {
		uint32_t f = lxf(c, k);
		if ((f & (LX_CITY | LX_SUBDIV)) && !(f & LX_COUNTRY))
			return 1;
	}
	return 0;
}

/* "Ana Ruiz (Spain) v Lena Holm (Norway)": players. */
static int paren_after(const struct hl_ctx *c, size_t a, size_t b)
{
	(void)a;
	for (size_t k = b; k < c->ntok && k < b + 6; k++) {
		const struct hl_tok *t = &c->tok[k];
		if (t->kind == TK_PUNCT)
			return t->c0 == '(' && k + 1 < c->ntok && (c->tok[k + 1].f & TF_CAP);
	}
	return 0;
}

/* Is the run [a, b) not a person or a place by what stands around it?
 * Returns the token to go on from (b, or past a quoted title), or 0.
 * - "Rovers v Dundee", "PORTO V BENFICA": the sides of a match
 *   are teams;
 * - "DENVER AT SEATTLE" on a line of its own: the visitors before "at"
 *   are a team (the town after it is where the game is played);
 * - "April and May": a month in a list of months is a date, not a name;
 * - "the film X", "the daily X", "the band X": a work or a group;
 * - "“Mistress to an Age”": a quoted capitalised phrase is a title;
 * - "bought by X", "X shares", "X and Co", "X's stores": a business;
 * - "degrees Celsius": a scale. */
static size_t not_name_ctx(const struct hl_ctx *c, size_t a, size_t b)
{
	const struct hl_tok *ta = &c->tok[a];
	int head = (ta->f & TF_HEAD) != 0;
	if (head && a == 0 && b == c->ntok && b - a >= 3) {
		for (size_t m = a + 1; m + 1 < b; m++)
			if (is_word(c, m, "at"))
				return m + 1;
	}
	int nation = (lxf(c, a) & LX_COUNTRY) != 0;  /* "ENGLAND V SOUTH AFRICA": national sides are places */
	if (b < c->ntok) {
		const struct hl_tok *t = &c->tok[b];
		if (t->kind == TK_WORD && t->e - t->s <= 2 && !(t->f & TF_DOT) && !nation &&
		    ((is_word(c, b, "v") && ((t->f & TF_LOWER) || head)) || is_word(c, b, "vs")) &&
		    !paren_after(c, a, b) && (town_in(c, a, b) || town_in(c, b + 1, b + 2)))
			return b;
		if ((t->f & TF_LOWER) && t->kind == TK_WORD &&
		    (is_word(c, b, "shares") || is_word(c, b, "stores") || is_word(c, b, "shareholders")))
			return b;
		if (is_word(c, b, "and") && b + 1 < c->ntok && is_word(c, b + 1, "co"))
			return b;
		size_t q = t->kind == TK_PUNCT ? hl_possessive(c, b) : 0;
		for (size_t k = q; q && k < c->ntok && k < q + 3; k++) {
			if (!(c->tok[k].f & TF_LOWER))
				break;
			if (is_word(c, k, "store") || is_word(c, k, "stores") || is_word(c, k, "restaurant") ||
			    is_word(c, k, "restaurants") || is_word(c, k, "chain") || is_word(c, k, "shares"))
				return b;
		}
	}
	if (a == 0)
		return 0;
	const struct hl_tok *p = &c->tok[a - 1];
	if (p->kind == TK_WORD && (p->f & TF_LOWER)) {
		size_t n = p->e - p->s;
		if ((n == 1 || n == 2) && !(p->f & TF_DOT) && !nation && (is_word(c, a - 1, "v") || is_word(c, a - 1, "vs")) &&
		    !paren_after(c, a, b) && (town_in(c, a, b) || (a >= 2 && town_in(c, a - 2, a - 1))))
			return b;
		if (b - a == 1 && ta->dw == DW_MONTH && a >= 2 &&
		    (is_word(c, a - 1, "and") || is_word(c, a - 1, "or") || is_word(c, a - 1, "to")) &&
		    c->tok[a - 2].dw == DW_MONTH)
			return b;
		if (n >= 4 && n <= 9 &&
		    (is_word(c, a - 1, "film") || is_word(c, a - 1, "novel") || is_word(c, a - 1, "album") ||
		     is_word(c, a - 1, "song") || is_word(c, a - 1, "single") || is_word(c, a - 1, "band") ||
		     is_word(c, a - 1, "magazine") || is_word(c, a - 1, "newspaper") || is_word(c, a - 1, "daily") ||
		     is_word(c, a - 1, "opera") || is_word(c, a - 1, "series") || is_word(c, a - 1, "brand") ||
		     is_word(c, a - 1, "company") || is_word(c, a - 1, "firm") || is_word(c, a - 1, "label")))
			return b;
		if (is_word(c, a - 1, "degrees") || is_word(c, a - 1, "degree"))
			return b;  /* "30 degrees Celsius": a scale */
		if (n == 2 && is_word(c, a - 1, "by") && a >= 2 &&
		    (is_word(c, a - 2, "acquired") || is_word(c, a - 2, "bought") || is_word(c, a - 2, "purchased")))
			return b;
		if (n == 2 && is_word(c, a - 1, "of") && a >= 2 &&
		    (is_word(c, a - 2, "shares") || is_word(c, a - 2, "subsidiary")))
			return b;
	}
	/* a quoted title: an opening quote right before, a closing one right
	 * after the capitalised words and small joining words */
	if (!(p->f & TF_SPACE) && is_quote(c, a - 1, 1) &&
	    (a < 2 || (c->tok[a - 2].f & (TF_SPACE | TF_NL)) || c->tok[a - 2].kind == TK_PUNCT)) {
		for (size_t k = b; k < c->ntok && k < b + 8; k++) {
			const struct hl_tok *t = &c->tok[k];
			if (is_quote(c, k, 0))
				return !(c->tok[k - 1].f & TF_SPACE) &&
				       !(k == a + 1 && (lxf(c, a) & LX_GIVEN)) ? k : 0;
			if (t->kind != TK_WORD || (t->f & TF_NL) ||
			    ((t->f & TF_LOWER) && t->e - t->s > 3 && !is_word(c, k, "from") && !is_word(c, k, "with")))
				return 0;
		}
	}
	return 0;
}

/* A lower-case title right before a run: "foreign minister Cho Tae-yul",
 * or a word for a kind of person: "the pianist Ana Ruiz", "his sister,
 * Ana". */
static int title_before(const struct hl_ctx *c, size_t a)
{
	/* "the pianist Ana", "his sister, Ana," */
	if (a > 0) {
		size_t r = a >= 2 && c->tok[a - 1].kind == TK_PUNCT && c->tok[a - 1].c0 == ',' ? a - 2 : a - 1;
		uint32_t f;
		if ((c->tok[r].f & TF_LOWER) && c->tok[r].kind == TK_WORD && lead_entry(c, r, &f) &&
		    (f & LX_ROLE))
			return 1;
	}
	for (size_t k = a; k-- > 0 && a - k <= 3;) {
		/* longest(c, k, a, LX_TITLE) == a - k, its first step taken here:
		 * most words before a name are in no phrase, or end one */
		uint32_t f;
		const struct hl_lex *x = lead_entry(c, k, &f);
		if (x && (a - k == 1 ? (f & LX_TITLE) != 0
				     : (f & LX_PREFIX) && longest(c, k, a, LX_TITLE, &x) == a - k))
			/* "PM Jo Doe" but not "9 p.m. Officials" */
			return !(a - k == 1 && (c->tok[k].f & TF_LOWER) && c->tok[k].e - c->tok[k].s <= 3);
		if (c->tok[k].kind == TK_PUNCT)
			return 0;
	}
	return 0;
}

void hl_names(struct hl_ctx *c)
{
	/* a name starts with a capital: the tokenizer listed those tokens */
	size_t next = 0;
	for (size_t q = 0; q < c->ncap; q++) {
		size_t i = c->capi[q];
		if (i < next || !namey(c, i))
			continue;
		size_t a = i, b = i + 1;
		while (b < c->ntok && joined(c, b - 1)) {
			if (namey(c, b)) {
				/* "in the U.S. Up to", "U.S. Amateur champions": after an
				 * acronym's period a capitalised common word starts anew */
				if ((c->tok[b - 1].f & (TF_ACRO | TF_DOT)) == (TF_ACRO | TF_DOT) &&
				    (lxf(c, b) & (LX_COMMON | LX_PROPER | LX_GIVEN)) == LX_COMMON)
					break;
				b++;
				continue;
			}
			/* "Ludwig van Beethoven", "Osama bin Laden" */
			if ((lxf(c, b) & LX_CONNECT) && (c->tok[b].f & TF_LOWER) && joined(c, b) &&
			    namey(c, b + 1)) {
				b += 2;
				continue;
			}
			/* "Secretary of State", "Bosnia and Herzegovina": only inside a known phrase */
			if ((is_word(c, b, "of") || is_word(c, b, "and") || is_word(c, b, "de")) &&
			    joined(c, b) && namey(c, b + 1)) {
				int ok = 0;
				for (size_t k = a; k < b && !ok; k++) {
					uint32_t f;
					hl_lookup(c, hl_tok_hash(c, k, b + 1), &f);
					ok = (f & (LX_PREFIX | LX_ORGSTART | LX_PLACEHEAD)) != 0;
				}
				/* "the Legislative Assembly of Ontario": an organisation
				 * word and "of" take the place into the organisation */
				if (!ok && is_word(c, b, "of") && (lxf(c, b - 1) & LX_ORG) &&
				    !(c->tok[b - 1].f & TF_ALLCAP))
					ok = 1;
				if (ok) {
					b += 2;
					continue;
				}
			}
			break;
		}
		size_t skip = not_name_ctx(c, a, b);
		if (skip) {
			next = skip;
			continue;
		}
		/* "The", "It": a word that is never a name alone, and is no place,
		 * title or organisation either, makes no span and leaves nothing
		 * for the second pass; do_run() would come to that */
		if (b - a == 1 && (lxf(c, a) & (LX_NOTNAME | LONE_SEG_FLAGS)) == LX_NOTNAME) {
			next = b;
			continue;
		}
		next = b;
		if (b - a == 1 && !(lxf(c, a) & LONE_SEG_FLAGS) && !born_after(c, b)) {
			/* one word that is no place, title or organisation: do_run()
			 * makes it one name segment. Whether a title stands before it
			 * matters only when decide_name1() keeps the word */
			decide_name(c, a, b, looks_name_only(c, a) ? 0 : title_before(c, a), b);
			continue;
		}
		do_run(c, a, b, title_before(c, a));
	}
}

/* The key of the fullest name that holds every word of key ("iwaya" ->
 * "takeshi iwaya"; "antony blinken" -> "antony j. blinken"), or NULL. */
static const char *full_key(const struct hl_ctx *c, const char *key)
{
	const struct pent *best = NULL;
	int nw = 0;
	for (const char *p = key;;) {
		size_t l = 0;
		while (p[l] && p[l] != ' ')
			l++;
		size_t wl = l && p[l - 1] == '.' ? l - 1 : l;
		nw++;
		if (wl > 1) {  /* initials are not registered */
			size_t k = 0;  /* keys are lower case: most words hash on the fast path */
			while (k < l && ((p[k] >= 'a' && p[k] <= 'z') || p[k] == '-' || p[k] == '\''))
				k++;
			uint64_t h = k == l ? hl_hash_plain(p, l, p + l) : hl_hash(p, l);
			const struct pent *w = pmap_find(c->pmap, h);
			if (!w) {
				const struct hl_lex *x = gaz_get_small(&c->e->gaz, h);
				if (!x || !(x->flags & LX_CONNECT))  /* nor is "van" */
					return NULL;
			} else if (best && w->key != best->key && strcmp(w->key, best->key) != 0) {
				return NULL;
			} else {
				best = w;
			}
		}
		if (!p[l])
			break;
		p += l + 1;
	}
	if (!best || best->nwords <= nw || strcmp(best->key, key) == 0)
		return NULL;
	return best->key;
}

static int span_cmp(const void *a, const void *b)
{
	const struct hl_span *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

void hl_names_resolve(struct hl_ctx *c, struct hl_spans *out, size_t from, size_t base)
{
	for (size_t i = 0; (c->pmap || c->plmap) && i < c->nunres; i++) {
		const struct hl_unres *u = &c->unres[i];
		const struct pent *p = pmap_find(c->pmap, u->h);
		if ((!p || p->nwords <= u->nw) && !u->place && pmap_find(c->plmap, u->h)) {
			/* "Harwick ... in Harwick": a word the document shows is a place */
			size_t s = u->s + base;
			XGROW(c->add, c->capadd, c->nadd + 1);
			c->add[c->nadd++] = (struct hl_span){ .start = s, .end = s + u->len, .type = HL_PLACE,
							      .key = hl_spans_key(out, c->text + u->s, u->len) };
			continue;
		}
		if (!p || p->nwords < u->nw || (p->nwords == u->nw && u->nw > 1))
			continue;
		size_t s = u->s + base, e = s + u->len;
		if (u->place) {
			struct hl_span key = { .start = s };
			struct hl_span *sp = bsearch(&key, out->v + from, out->n - from, sizeof *sp, span_cmp);
			if (sp && sp->type == HL_PLACE && sp->end == e) {
				sp->type = HL_PERSON;
				sp->key = p->key;
			}
			continue;
		}
		XGROW(c->add, c->capadd, c->nadd + 1);
		c->add[c->nadd++] = (struct hl_span){ .start = s, .end = e, .type = HL_PERSON, .key = p->key };
	}
	c->nunres = 0;
}

void hl_names_finish(struct hl_ctx *c, struct hl_spans *out, size_t from, size_t base)
{
	if (!c->pmap && !c->plmap)
		return;
	/* every person mention: the fullest name's key, remembered per key
	 * (names repeat, and the list holds one copy of a key met lately:
	 * its address names it) */
	enum { MEMO = 1024 };
	struct { const char *key, *full; } *memo = xcalloc(MEMO, sizeof *memo);
	for (size_t i = from; i < out->n; i++) {
		struct hl_span *s = &out->v[i];
		if (s->type != HL_PERSON)
			continue;
		size_t slot = (size_t)((uint64_t)(uintptr_t)s->key * 0x9E3779B97F4A7C15ULL >> 54) & (MEMO - 1);
		const char *k;
		if (memo[slot].key == s->key) {
			k = memo[slot].full;
		} else {
			k = full_key(c, s->key);
			memo[slot].key = s->key;
			memo[slot].full = k;
		}
		if (k)
			s->key = k;
	}
	free(memo);
	/* what the first pass left or called a place, held by a full name */
	hl_names_resolve(c, out, from, base);
	struct hl_span *add = c->add;
	size_t nadd = c->nadd;
	if (!nadd)
		return;
	/* merge the new spans in, in order, dropping any that overlap: in
	 * place, no second array of all the spans. The old spans move up by
	 * nadd first; the merged list is written from the bottom, and never
	 * past the old span read next (k <= i + j <= i + nadd). */
	qsort(add, nadd, sizeof *add, span_cmp);
	size_t n = out->n - from, i = 0, j = 0, k = 0;
	if (out->cap < out->n + nadd) {
		out->v = xrealloc(out->v, (out->n + nadd) * sizeof *out->v);  /* exact: no doubling at the peak */
		out->cap = out->n + nadd;
	}
	struct hl_span *m = out->v + from, *old = m + nadd;
	memmove(old, m, n * sizeof *m);
	while (i < n || j < nadd) {
		if (j >= nadd || (i < n && old[i].start <= add[j].start)) {
			m[k++] = old[i++];
			continue;
		}
		if ((k && m[k - 1].end > add[j].start) || (i < n && old[i].start < add[j].end)) {
			j++;
			continue;
		}
		m[k++] = add[j++];
	}
	out->n = from + k;
	c->nadd = 0;
}
