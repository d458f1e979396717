/* test-json.c -- the JSON reader (src/core/json.c), hostile input included. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "json.h"
#include "tap.h"

static int bad(const char *s)
{
	struct json *j = json_parse(s, strlen(s));
	int r = j == NULL;
	json_free(&j);
	return r;
}

/* The type a valid document has, read off its first byte after white space. */
static enum json_type type_of_first(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && strchr(" \t\r\n", s[i]))
		i++;
	switch (i < n ? s[i] : 0) {
	case '{': return JSON_OBJECT;
	case '[': return JSON_ARRAY;
	case '"': return JSON_STRING;
	case 't': return JSON_TRUE;
	case 'f': return JSON_FALSE;
	case 'n': return JSON_NULL;
	default: return JSON_NUMBER;
	}
}

int main(void)
{
	const char *doc = "{\"a\": [1, -2, 3.5e2, true, false, null], \"s\": \"x\\u00e9\\ud83d\\ude00\\n\\\"\","
			  " \"o\": {\"k\": \"v\"}, \"big\": 9223372036854775807, \"a\": \"last\"}";
	struct json *j = json_parse(doc, strlen(doc));
	ok(j != NULL, "parses a document");
	is_str(json_get_str(j, "s"), "x\xC3\xA9\xF0\x9F\x98\x80\n\"", "escapes, \\u and surrogate pairs");
	is_str(json_get_str(j, "a"), "last", "a repeated key: the last wins");
	is_str(json_get_str(json_get(j, "o"), "k"), "v", "nested object");
	int64_t v;
	ok(json_int(json_get(j, "big"), &v) == 0 && v == INT64_MAX, "int64 max");
	const struct json *arr = j->v[0];
	is_int(arr->n, 6, "array length");
	ok(json_int(arr->v[1], &v) == 0 && v == -2, "negative integer");
	ok(json_int(arr->v[2], &v) < 0, "a fraction is not an integer");
	is_int(arr->v[3]->type, JSON_TRUE, "true");
	is_int(arr->v[5]->type, JSON_NULL, "null");
	ok(json_get(j, "missing") == NULL, "missing key");
	ok(json_get_str(arr, "x") == NULL, "json_get on an array");
	json_free(&j);
	ok(j == NULL, "json_free sets NULL");

	j = json_parse("\"a\\u0000b\"", 10);
	ok(j && j->len == 3 && j->s[1] == '\0', "\\u0000 kept with the length");
	json_free(&j);

	ok(bad(""), "empty input");
	ok(bad("{"), "unclosed object");
	ok(bad("[1,]"), "trailing comma");
	ok(bad("{\"a\" 1}"), "missing colon");
	ok(bad("{1: 2}"), "non-string key");
	ok(bad("\"\\ud800\""), "unpaired high surrogate");
	ok(bad("\"\\udc00\""), "lone low surrogate");
	ok(bad("\"\\x\""), "unknown escape");
	ok(bad("\"\\u12\""), "short \\u");
	ok(bad("\"a\nb\""), "raw newline in a string");
	ok(bad("\"\xff\""), "invalid UTF-8 in a string");
	ok(bad("\"\xC0\xAF\""), "overlong UTF-8");
	ok(bad("01"), "leading zero");
	ok(bad("1."), "bare decimal point");
	ok(bad("-"), "bare minus");
	ok(bad("tru"), "truncated literal");
	ok(bad("[] []"), "text after the value");
	ok(bad("nul"), "truncated null");
	json_int(NULL, &v);
	ok(json_int(NULL, &v) < 0, "json_int(NULL)");
	is_str(json_get_str(NULL, "a"), NULL, "json_get_str(NULL)");

	j = json_parse("\xEF\xBB\xBF[1]", 6);
	ok(j && j->n == 1, "a byte order mark is tolerated");
	json_free(&j);

	j = json_parse("1e400", 5);
	ok(j && json_int(j, &v) < 0, "a huge number parses but is no integer");
	json_free(&j);
	j = json_parse("99999999999999999999", 20);
	ok(j && json_int(j, &v) < 0, "int64 overflow detected");
	json_free(&j);

	/* depth: 64 levels is the limit, 100000 must not crash */
	struct sb deep = SB_INIT;
	for (int i = 0; i < 100000; i++)
		sb_addc(&deep, '[');
	ok(bad(deep.s), "deep nesting refused, no stack overflow");
	ok(strstr(err_msg(), "deep") != NULL, "says why");
	sb_reset(&deep);
	for (int i = 0; i < JSON_MAX_DEPTH; i++)
		sb_addc(&deep, '[');
	for (int i = 0; i < JSON_MAX_DEPTH; i++)
		sb_addc(&deep, ']');
	j = json_parse(deep.s, deep.len);
	ok(j != NULL, "nesting up to the limit parses");
	json_free(&j);
	sb_release(&deep);

	ok(bad("{\"a\":\n  [1, 2,\n   x]}") && strncmp(err_msg(), "line 3, column 4", 16) == 0, "error says line and column");

	/* every prefix of a valid document is handled (no crash, no leak) */
	size_t n = strlen(doc), okc = 0;
	for (size_t i = 0; i < n; i++) {
		struct json *p = json_parse(doc, i);
		okc += p == NULL;
		json_free(&p);
	}
	is_int(okc, n, "every truncation is an error");
	/* random bytes */
	unsigned x = 12345;
	char buf[64];
	size_t accepted = 0, rejected = 0, wrong = 0;
	static const char alphabet[] = "{}[]\",:0123-.eE\\untrfals \xC3\xA9";
	for (int round = 0; round < 20000; round++) {
		size_t len = (size_t)(round % 63) + 1;
		for (size_t i = 0; i < len; i++) {
			x = x * 1103515245u + 12345u;
			buf[i] = alphabet[(x >> 16) % (sizeof alphabet - 1)];
		}
		err_clear();
		struct json *p = json_parse(buf, len);
		if (p) {
			accepted++;
			if (p->type != type_of_first(buf, len))
				wrong++;
		} else {
			rejected++;
			if (strncmp(err_msg(), "line ", 5) != 0)
				wrong++;
		}
		json_free(&p);
	}
	is_int(wrong, 0, "random inputs: each rejected with its line and column, each accepted as the type its first byte says");
	ok(accepted > 0 && rejected > 0, "random inputs: some accepted, some rejected");
	return done_testing();
}
