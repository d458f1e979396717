/* search-query.c -- the syntax of `gloss search` (see search-query.h). */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "search-query.h"
#include "util.h"

static int has_word_char(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			return 1;
	}
	return 0;
}

static int bad(struct sq *q, const char *msg, const char *s, size_t n)
{
	sq_free(q);
	if (s)
		return err_set(msg, (int)n, s);
	return err_set("%s", msg);
}

int sq_parse(const char *in, struct sq *out)
{
	memset(out, 0, sizeof *out);
	const char *p = in;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			break;
		const char *t0 = p;
		int neg = 0, phrase = 0;
		if (*p == '-' && p[1] && p[1] != ' ' && p[1] != '\t') {
			neg = 1;
			p++;
		}
		const char *s, *e;
		if (*p == '"') {
			phrase = 1;
			s = ++p;
			while (*p && *p != '"')
				p++;
			if (!*p)
				return bad(out, _("unclosed quote in the query"), NULL, 0);
			e = p++;
		} else {
			s = p;
			while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '"')
				p++;
			e = p;
		}
		int prefix = 0;
		if (phrase && *p == '*') {
			prefix = 1;
			p++;
		} else if (!phrase && e > s && e[-1] == '*') {
			prefix = 1;
			e--;
		}
		if (!phrase && (memchr(s, '(', (size_t)(e - s)) || memchr(s, ')', (size_t)(e - s))))
			return bad(out, _("no parentheses in a query: it is words, \"phrases\", word* and -word"), NULL, 0);
		if (!has_word_char(s, (size_t)(e - s)))
			return bad(out, _("'%.*s' has no word to search for"), t0, (size_t)(p - t0));
		XGROW(out->v, out->cap, out->n + 1);
		out->v[out->n++] = (struct sq_term){ xstrndup(s, (size_t)(e - s)), phrase, prefix, neg };
		if (!neg)
			out->npos++;
	}
	if (out->n == 0)
		return bad(out, _("nothing to search for"), NULL, 0);
	if (out->npos == 0)
		return bad(out, _("a query needs a word to find, not only words to leave out"), NULL, 0);
	return 0;
}

void sq_free(struct sq *q)
{
	for (size_t i = 0; i < q->n; i++)
		free(q->v[i].text);
	free(q->v);
	memset(q, 0, sizeof *q);
}

static void add_term(struct sb *b, const struct sq_term *t)
{
	sb_addc(b, '"');
	for (const char *c = t->text; *c; c++) {
		if (*c == '"')
			sb_addc(b, '"');
		sb_addc(b, *c);
	}
	sb_addc(b, '"');
	if (t->prefix)
		sb_addc(b, '*');
}

/* (a AND b) NOT (c OR d): FTS5's NOT is binary, so the exclusions are
 * gathered into one operand. */
char *sq_fts(const struct sq *q)
{
	struct sb b = SB_INIT;
	size_t k = 0;
	sb_addc(&b, '(');
	for (size_t i = 0; i < q->n; i++) {
		if (q->v[i].neg)
			continue;
		if (k++)
			sb_adds(&b, " AND ");
		add_term(&b, &q->v[i]);
	}
	sb_addc(&b, ')');
	if (q->n > q->npos) {
		sb_adds(&b, " NOT (");
		k = 0;
		for (size_t i = 0; i < q->n; i++) {
			if (!q->v[i].neg)
				continue;
			if (k++)
				sb_adds(&b, " OR ");
			add_term(&b, &q->v[i]);
		}
		sb_addc(&b, ')');
	}
	return sb_detach(&b);
}
