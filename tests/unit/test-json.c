/* test-json.c -- json_read (src/core/json.c): jansson within gloss's
 * limits, hostile input included. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "json.h"
#include "tap.h"

static int bad(const char *s)
{
	json_t *j = json_read(s, strlen(s));
	int r = j == NULL;
	json_decref(j);
	return r;
}

int main(void)
{
	const char *doc = "{\"a\": [1, -2, 3.5e2, true, false, null], \"s\": \"x\\u00e9\\ud83d\\ude00\\n\\\"\","
			  " \"o\": {\"k\": \"v\"}, \"big\": 9223372036854775807, \"a\": \"last\"}";
	json_t *j = json_read(doc, strlen(doc));
	ok(j != NULL, "parses a document");
	is_str(json_member_str(j, "s"), "x\xC3\xA9\xF0\x9F\x98\x80\n\"", "escapes, \\u and surrogate pairs");
	is_str(json_member_str(j, "a"), "last", "a repeated key: the last wins");
	is_str(json_member_str(json_object_get(j, "o"), "k"), "v", "nested object");
	int64_t v;
	ok(json_member_int(j, "big", &v) == 0 && v == INT64_MAX, "int64 max");
	ok(json_member_int(j, "s", &v) < 0, "a string is not an integer");
	ok(json_member_int(j, "missing", &v) < 0, "missing key");
	is_str(json_member_str(j, "missing"), NULL, "missing key: no string");
	json_decref(j);

	j = json_read("[1, -2, 3.5]", 12);
	ok(json_as_int(json_array_get(j, 1), &v) == 0 && v == -2, "negative integer");
	ok(json_as_int(json_array_get(j, 2), &v) < 0, "a fraction is not an integer");
	is_str(json_member_str(j, "x"), NULL, "json_member_str on an array");
	ok(json_member_int(j, "x", &v) < 0, "json_member_int on an array");
	json_decref(j);
	ok(json_as_int(NULL, &v) < 0, "json_as_int(NULL)");
	is_str(json_member_str(NULL, "a"), NULL, "json_member_str(NULL)");

	ok(bad("\"a\\u0000b\""), "\\u0000 refused: every string read is a C string");
	ok(bad(""), "empty input");
	ok(bad("{"), "unclosed object");
	ok(bad("[1,]"), "trailing comma");
	ok(bad("{\"a\" 1}"), "missing colon");
	ok(bad("{1: 2}"), "non-string key");
	ok(bad("\"\\ud800\""), "unpaired high surrogate");
	ok(bad("\"\\udc00\""), "lone low surrogate");
	ok(bad("\"\\x\""), "unknown escape");
	ok(bad("\"a\nb\""), "raw newline in a string");
	ok(bad("\"\xff\""), "invalid UTF-8 in a string");
	ok(bad("\"\xC0\xAF\""), "overlong UTF-8");
	ok(bad("01"), "leading zero");
	ok(bad("[] []"), "text after the value");
	ok(bad("99999999999999999999"), "an integer past int64");

	j = json_read("\xEF\xBB\xBF[1]", 6);
	ok(j && json_array_size(j) == 1, "a byte order mark is tolerated");
	json_decref(j);

	/* depth: JSON_MAX_DEPTH levels is the limit, before jansson sees the
	 * text; brackets inside strings do not count */
	struct sb deep = SB_INIT;
	for (int i = 0; i < 100000; i++)
		sb_addc(&deep, '[');
	ok(bad(deep.s), "deep nesting refused");
	ok(strstr(err_msg(), "deeper than 64") != NULL, "says why");
	sb_reset(&deep);
	for (int i = 0; i < JSON_MAX_DEPTH + 1; i++)
		sb_adds(&deep, "{\"a\":");
	sb_adds(&deep, "1");
	for (int i = 0; i < JSON_MAX_DEPTH + 1; i++)
		sb_addc(&deep, '}');
	ok(bad(deep.s) && strstr(err_msg(), "deeper"), "one level past the limit refused");
	sb_reset(&deep);
	for (int i = 0; i < JSON_MAX_DEPTH; i++)
		sb_addc(&deep, '[');
	sb_adds(&deep, "\"[[[{{{\\\"[[\"");
	for (int i = 0; i < JSON_MAX_DEPTH; i++)
		sb_addc(&deep, ']');
	j = json_read(deep.s, deep.len);
	ok(j != NULL, "nesting up to the limit parses, brackets in strings not counted");
	json_decref(j);
	sb_release(&deep);

	/* size: the limit is checked before anything is read (the text past
	 * the limit is not even there) */
	err_clear();
	ok(json_read("[]", JSON_MAX_SIZE + 1) == NULL && strstr(err_msg(), "larger than"), "larger than JSON_MAX_SIZE refused");

	ok(bad("{\"a\":\n  [1, 2,\n   x]}") && strncmp(err_msg(), "line 3, column 4", 16) == 0, "error says line and column");

	/* every prefix of a valid document is an error (no crash, no leak) */
	size_t n = strlen(doc), errs = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *p = json_read(doc, i);
		errs += p == NULL;
		json_decref(p);
	}
	is_int(errs, n, "every truncation is an error");
	/* random bytes: each rejected with a line and column */
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
		json_t *p = json_read(buf, len);
		if (p)
			accepted++;
		else if (rejected++, strncmp(err_msg(), "line ", 5) != 0)
			wrong++;
		json_decref(p);
	}
	is_int(wrong, 0, "random inputs: each rejected with its line and column");
	ok(accepted > 0 && rejected > 0, "random inputs: some accepted, some rejected");
	return done_testing();
}
