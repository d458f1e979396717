/* json.c -- a recursive-descent JSON reader with limits.
 *
 * Input comes from files anyone could have written (exports edited by
 * hand, other tools' annotations), so the parser never trusts it: depth is
 * bounded (recursion cannot blow the stack), every read is bounds-checked,
 * strings must be valid UTF-8 and escapes well formed, and any error frees
 * what was built so far. It never prints and never exits. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "json.h"
#include "ustr.h"

struct parser {
	const char *s, *end, *p;
	const char *err;     /* first error, static text */
	const char *err_at;
};

static struct json *value(struct parser *ps, int depth);

static int fail(struct parser *ps, const char *what)
{
	if (!ps->err) {
		ps->err = what;
		ps->err_at = ps->p;
	}
	return -1;
}

static void ws(struct parser *ps)
{
	while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
}

static struct json *node(enum json_type t)
{
	struct json *j = xcalloc(1, sizeof *j);
	j->type = t;
	return j;
}

void json_free(struct json **pj)
{
	struct json *j = *pj;
	if (!j)
		return;
	for (size_t i = 0; i < j->n; i++) {
		json_free(&j->v[i]);
		if (j->k)
			free(j->k[i]);
	}
	free(j->v);
	free(j->k);
	free(j->s);
	free(j);
	*pj = NULL;
}

static int hex4(struct parser *ps, unsigned *out)
{
	if (ps->end - ps->p < 4)
		return fail(ps, N_("a \\u escape needs four hex digits"));
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = ps->p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return fail(ps, N_("a \\u escape needs four hex digits"));
	}
	ps->p += 4;
	*out = v;
	return 0;
}

static void put_utf8(struct sb *b, unsigned cp)
{
	if (cp < 0x80) {
		sb_addc(b, (int)cp);
	} else if (cp < 0x800) {
		sb_addc(b, (int)(0xC0 | (cp >> 6)));
		sb_addc(b, (int)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		sb_addc(b, (int)(0xE0 | (cp >> 12)));
		sb_addc(b, (int)(0x80 | ((cp >> 6) & 0x3F)));
		sb_addc(b, (int)(0x80 | (cp & 0x3F)));
	} else {
		sb_addc(b, (int)(0xF0 | (cp >> 18)));
		sb_addc(b, (int)(0x80 | ((cp >> 12) & 0x3F)));
		sb_addc(b, (int)(0x80 | ((cp >> 6) & 0x3F)));
		sb_addc(b, (int)(0x80 | (cp & 0x3F)));
	}
}

/* Parses a string at ps->p (on the opening quote) into *out. */
static int string(struct parser *ps, struct sb *out)
{
	ps->p++;
	for (;;) {
		if (ps->p >= ps->end)
			return fail(ps, N_("a string is not closed"));
		unsigned char c = (unsigned char)*ps->p;
		if (c == '"') {
			ps->p++;
			return 0;
		}
		if (c < 0x20)
			return fail(ps, N_("a control character inside a string"));
		if (c == '\\') {
			ps->p++;
			if (ps->p >= ps->end)
				return fail(ps, N_("a string is not closed"));
			char e = *ps->p++;
			switch (e) {
			case '"': sb_addc(out, '"'); break;
			case '\\': sb_addc(out, '\\'); break;
			case '/': sb_addc(out, '/'); break;
			case 'b': sb_addc(out, '\b'); break;
			case 'f': sb_addc(out, '\f'); break;
			case 'n': sb_addc(out, '\n'); break;
			case 'r': sb_addc(out, '\r'); break;
			case 't': sb_addc(out, '\t'); break;
			case 'u': {
				unsigned cp;
				if (hex4(ps, &cp) < 0)
					return -1;
				if (cp >= 0xD800 && cp <= 0xDBFF) {
					unsigned lo;
					if (ps->end - ps->p < 2 || ps->p[0] != '\\' || ps->p[1] != 'u')
						return fail(ps, N_("an unpaired surrogate in a \\u escape"));
					ps->p += 2;
					if (hex4(ps, &lo) < 0)
						return -1;
					if (lo < 0xDC00 || lo > 0xDFFF)
						return fail(ps, N_("an unpaired surrogate in a \\u escape"));
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
					return fail(ps, N_("an unpaired surrogate in a \\u escape"));
				}
				put_utf8(out, cp);
				break;
			}
			default:
				ps->p--;
				return fail(ps, N_("an unknown escape in a string"));
			}
			continue;
		}
		/* a run of plain bytes, checked as UTF-8 */
		const char *q = ps->p;
		while (q < ps->end && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20)
			q++;
		size_t n = (size_t)(q - ps->p);
		size_t bad = ustr_invalid_at(ps->p, n);
		if (bad != n) {
			ps->p += bad;
			return fail(ps, N_("a string is not valid UTF-8"));
		}
		sb_add(out, ps->p, n);
		ps->p = q;
	}
}

static struct json *number(struct parser *ps)
{
	const char *st = ps->p;
	if (ps->p < ps->end && *ps->p == '-')
		ps->p++;
	if (ps->p >= ps->end || !(*ps->p >= '0' && *ps->p <= '9'))
		return fail(ps, N_("a number is malformed")), NULL;
	if (*ps->p == '0')
		ps->p++;
	else
		while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
			ps->p++;
	if (ps->p < ps->end && *ps->p == '.') {
		ps->p++;
		if (ps->p >= ps->end || !(*ps->p >= '0' && *ps->p <= '9'))
			return fail(ps, N_("a number is malformed")), NULL;
		while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
			ps->p++;
	}
	if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
		ps->p++;
		if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
			ps->p++;
		if (ps->p >= ps->end || !(*ps->p >= '0' && *ps->p <= '9'))
			return fail(ps, N_("a number is malformed")), NULL;
		while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
			ps->p++;
	}
	if (ps->p - st > 64)
		return fail(ps, N_("a number is too long")), NULL;
	struct json *j = node(JSON_NUMBER);
	j->s = xstrndup(st, (size_t)(ps->p - st));
	j->len = (size_t)(ps->p - st);
	return j;
}

static int literal(struct parser *ps, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return fail(ps, N_("unexpected text"));
	ps->p += n;
	return 0;
}

static void add_child(struct json *j, size_t *cap, struct json *c, char *key)
{
	if (j->n == *cap) {
		/* v and k always have the same capacity */
		size_t ncap = *cap ? *cap * 2 : 4;
		j->v = xrealloc(j->v, ncap * sizeof *j->v);
		if (j->type == JSON_OBJECT)
			j->k = xrealloc(j->k, ncap * sizeof *j->k);
		*cap = ncap;
	}
	j->v[j->n] = c;
	if (j->type == JSON_OBJECT)
		j->k[j->n] = key;
	j->n++;
}

static struct json *container(struct parser *ps, int depth, int obj)
{
	if (depth >= JSON_MAX_DEPTH)
		return fail(ps, N_("nested too deeply")), NULL;
	struct json *j = node(obj ? JSON_OBJECT : JSON_ARRAY);
	size_t cap = 0;
	char close = obj ? '}' : ']';
	ps->p++;
	ws(ps);
	if (ps->p < ps->end && *ps->p == close) {
		ps->p++;
		return j;
	}
	for (;;) {
		char *key = NULL;
		ws(ps);
		if (obj) {
			if (ps->p >= ps->end || *ps->p != '"') {
				fail(ps, N_("an object key must be a string"));
				goto bad;
			}
			struct sb k = SB_INIT;
			if (string(ps, &k) < 0) {
				sb_release(&k);
				goto bad;
			}
			key = sb_detach(&k);
			ws(ps);
			if (ps->p >= ps->end || *ps->p != ':') {
				free(key);
				fail(ps, N_("a ':' must follow an object key"));
				goto bad;
			}
			ps->p++;
		}
		struct json *c = value(ps, depth + 1);
		if (!c) {
			free(key);
			goto bad;
		}
		add_child(j, &cap, c, key);
		ws(ps);
		if (ps->p < ps->end && *ps->p == ',') {
			ps->p++;
			continue;
		}
		if (ps->p < ps->end && *ps->p == close) {
			ps->p++;
			return j;
		}
		fail(ps, obj ? N_("expected ',' or '}'") : N_("expected ',' or ']'"));
		goto bad;
	}
bad:
	json_free(&j);
	return NULL;
}

static struct json *value(struct parser *ps, int depth)
{
	ws(ps);
	if (ps->p >= ps->end)
		return fail(ps, N_("unexpected end of input")), NULL;
	switch (*ps->p) {
	case '{': return container(ps, depth, 1);
	case '[': return container(ps, depth, 0);
	case '"': {
		struct sb b = SB_INIT;
		if (string(ps, &b) < 0) {
			sb_release(&b);
			return NULL;
		}
		struct json *j = node(JSON_STRING);
		j->len = b.len;
		j->s = b.cap ? sb_detach(&b) : xstrdup("");
		return j;
	}
	case 't': return literal(ps, "true") < 0 ? NULL : node(JSON_TRUE);
	case 'f': return literal(ps, "false") < 0 ? NULL : node(JSON_FALSE);
	case 'n': return literal(ps, "null") < 0 ? NULL : node(JSON_NULL);
	default: return number(ps);
	}
}

struct json *json_parse(const char *text, size_t n)
{
	struct parser ps = { text, text + n, text, NULL, NULL };
	/* a UTF-8 byte order mark is tolerated */
	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		ps.p += 3;
	struct json *j = value(&ps, 0);
	if (j) {
		ws(&ps);
		if (ps.p != ps.end) {
			fail(&ps, N_("text after the end of the JSON value"));
			json_free(&j);
		}
	}
	if (!j) {
		size_t line = 1, col = 1;
		for (const char *c = text; c < ps.err_at && c < ps.end; c++) {
			if (*c == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)*c & 0xC0) != 0x80) {
				col++;
			}
		}
		err_set(_("line %zu, column %zu: %s"), line, col, _(ps.err ? ps.err : N_("bad JSON")));
	}
	return j;
}

const struct json *json_get(const struct json *j, const char *key)
{
	if (!j || j->type != JSON_OBJECT)
		return NULL;
	for (size_t i = j->n; i-- > 0;)
		if (strcmp(j->k[i], key) == 0)
			return j->v[i];
	return NULL;
}

const char *json_str(const struct json *j)
{
	return j && j->type == JSON_STRING ? j->s : NULL;
}

const char *json_get_str(const struct json *j, const char *key)
{
	return json_str(json_get(j, key));
}

int json_int(const struct json *j, int64_t *out)
{
	if (!j || j->type != JSON_NUMBER)
		return -1;
	const char *p = j->s;
	int neg = *p == '-';
	if (neg)
		p++;
	uint64_t v = 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (UINT64_MAX - 9) / 10)
			return -1;
		v = v * 10 + (uint64_t)(*p - '0');
	}
	if (*p)
		return -1;   /* a fraction or an exponent */
	if (neg ? v > (uint64_t)INT64_MAX + 1 : v > (uint64_t)INT64_MAX)
		return -1;
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 0;
}
