/* json.h -- a small JSON reader for files gloss did not necessarily write.
 *
 * json_parse() builds a tree from RFC 8259 text. It is meant for hostile
 * input: nesting deeper than JSON_MAX_DEPTH, invalid UTF-8, unpaired
 * surrogates, trailing garbage and numbers it cannot hold are errors with a
 * line and column, never a crash. Strings are decoded to UTF-8 (with their
 * length: "\u0000" is kept). Numbers keep their text; json_int() reads the
 * integral ones without the locale.
 *
 * The tree is owned by the caller: json_free() frees it and every string
 * and child in it; pointers returned by the accessors are borrowed. */
#ifndef GLOSS_JSON_H
#define GLOSS_JSON_H

#include <stddef.h>
#include <stdint.h>

#define JSON_MAX_DEPTH 64

enum json_type { JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json {
	enum json_type type;
	char *s;              /* STRING: decoded text, NUL-terminated; NUMBER: the literal */
	size_t len;           /* STRING: bytes in s */
	struct json **v;      /* ARRAY, OBJECT: children in order */
	char **k;             /* OBJECT: the key of each child */
	size_t n;             /* children */
};

/* Parses text[0..n). Returns NULL and sets the error ("line L, column C:
 * what") on bad input. */
struct json *json_parse(const char *text, size_t n);
void json_free(struct json **j);

/* The member key of an object (the last one when repeated), or NULL when
 * j is not an object or has no such member. */
const struct json *json_get(const struct json *j, const char *key);
/* The string value, or NULL when j is NULL or not a string. */
const char *json_str(const struct json *j);
/* Member key as a string, or NULL. */
const char *json_get_str(const struct json *j, const char *key);
/* An integral number in int64 range into *out: 0, else -1 (not a number,
 * a fraction, out of range). */
int json_int(const struct json *j, int64_t *out);

#endif
