/* search-query.h -- what `gloss search` understands, parsed once.
 *
 * The syntax, all of it:
 *   word        the word must occur (every word given must)
 *   "a phrase"  the words must occur together, in this order
 *   word*       a word that starts so ("negotiat*"); also "a phra"*
 *   -word       the word must not occur; also -"a phrase"
 * Case and accents are ignored as the index ignores them. Anything else is
 * a bad query, said so rather than matched as text: an unclosed quote,
 * parentheses (there are no operators: AND, OR, NOT and NEAR are words),
 * a term with no letter or digit in it, a query of exclusions only. */
#ifndef GLOSS_SEARCH_QUERY_H
#define GLOSS_SEARCH_QUERY_H

#include <stddef.h>

struct sq_term {
	char *text;     /* without quotes, '-' or '*'; owned */
	int phrase;     /* was quoted */
	int prefix;     /* ended with '*' */
	int neg;        /* began with '-' */
};

struct sq {
	struct sq_term *v;
	size_t n, cap;
	size_t npos;    /* terms that must occur */
};

/* Parses in. Returns 0, or -1 with err_set() saying what is wrong. */
int sq_parse(const char *in, struct sq *out);
void sq_free(struct sq *q);

/* The FTS5 query for q: every term quoted, so nothing in it is FTS5
 * syntax of the user's. Caller frees. */
char *sq_fts(const struct sq *q);

#endif
