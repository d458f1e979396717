/* json.c -- jansson within gloss's limits (json.h).
 *
 * jansson parses recursively up to its own compile-time depth (2048 in
 * Debian's build); gloss's files never nest past a handful of levels, so
 * a cheap scan refuses deeper text before jansson allocates anything. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "json.h"

/* The deepest nesting of text[0..n), stopping once past max: brackets
 * inside strings do not count. */
static size_t depth_of(const char *text, size_t n, size_t max)
{
	size_t depth = 0, deepest = 0;
	int in_string = 0;
	for (size_t i = 0; i < n && deepest <= max; i++) {
		char c = text[i];
		if (in_string) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_string = 0;
		} else if (c == '"') {
			in_string = 1;
		} else if (c == '[' || c == '{') {
			if (++depth > deepest)
				deepest = depth;
		} else if ((c == ']' || c == '}') && depth > 0) {
			depth--;
		}
	}
	return deepest;
}

void json_use_xmalloc(void)
{
	json_set_alloc_funcs(xmalloc, free);
}

json_t *json_read(const char *text, size_t n)
{
	json_use_xmalloc();
	if (n > JSON_MAX_SIZE) {
		err_set(_("the JSON text is larger than %zu MB"), JSON_MAX_SIZE >> 20);
		return NULL;
	}
	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		n -= 3;
	}
	if (depth_of(text, n, JSON_MAX_DEPTH) > JSON_MAX_DEPTH) {
		err_set(_("JSON nested deeper than %d levels"), JSON_MAX_DEPTH);
		return NULL;
	}
	json_error_t e;
	json_t *j = json_loadb(text, n, JSON_DECODE_ANY, &e);
	if (!j)
		err_set(_("line %d, column %d: %s"), e.line, e.column, e.text);
	return j;
}

const char *json_member_str(const json_t *j, const char *key)
{
	return json_is_object(j) ? json_string_value(json_object_get(j, key)) : NULL;
}

int json_as_int(const json_t *j, int64_t *out)
{
	if (!json_is_integer(j))
		return -1;
	*out = (int64_t)json_integer_value(j);
	return 0;
}

int json_member_int(const json_t *j, const char *key, int64_t *out)
{
	return json_is_object(j) ? json_as_int(json_object_get(j, key), out) : -1;
}
