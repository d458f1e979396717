/* json.h -- reading JSON that gloss did not necessarily write, with jansson.
 *
 * json_read() hands the text to jansson (libjansson) within gloss's
 * limits: at most JSON_MAX_SIZE bytes and JSON_MAX_DEPTH levels of
 * nesting (checked before jansson sees the text, so a hostile file costs
 * one pass), a byte order mark tolerated, "\u0000" in strings refused
 * (every string gloss reads is a C string). Everything jansson refuses
 * (invalid UTF-8, unpaired surrogates, trailing garbage, integers past
 * int64) is an error with a line and column. Writers build a json_t with
 * jansson and dump it with json_dumps().
 *
 * json_read() returns a new reference: the caller releases it with
 * json_decref(). Strings returned by the accessors are borrowed from the
 * value they were read from. */
#ifndef GLOSS_JSON_H
#define GLOSS_JSON_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#define JSON_MAX_DEPTH 64
#define JSON_MAX_SIZE ((size_t)256 << 20)

/* Makes jansson allocate with xmalloc (util.h), which aborts when memory
 * runs out, as everything in gloss does; json_read() calls it. */
void json_use_xmalloc(void);

/* Parses text[0..n). Returns NULL and sets the error ("line L, column C:
 * what", or what limit was passed) on bad input. */
json_t *json_read(const char *text, size_t n);

/* The string value of member key of object j, or NULL when j is NULL, not
 * an object, has no such member or it is no string. */
const char *json_member_str(const json_t *j, const char *key);
/* An integer in *out: 0, else -1 (j NULL, not an integer). */
int json_as_int(const json_t *j, int64_t *out);
/* json_as_int of member key of object j. */
int json_member_int(const json_t *j, const char *key, int64_t *out);

#endif
