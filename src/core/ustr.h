/* ustr.h -- the one door to libunistring.
 *
 * UTF-8 decoding, display widths, grapheme clusters, line-break
 * opportunities and case mapping. Nothing else in gloss includes a
 * libunistring header, so the rest of the code speaks in bytes and these
 * few questions. All lengths are bytes; all widths are terminal columns. */
#ifndef GLOSS_USTR_H
#define GLOSS_USTR_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one character at s (n bytes available). Returns its length in
 * bytes (1..4) and sets *cp; for an invalid or truncated sequence returns 1
 * and sets *cp to -1. n must be > 0. */
int ustr_decode(const char *s, size_t n, int32_t *cp);

/* Byte offset of the first invalid sequence, or n when s is valid UTF-8. */
size_t ustr_invalid_at(const char *s, size_t n);

/* Columns of one character: 0 for combining marks, 2 for wide (CJK), 1
 * otherwise; -1 for a control character. */
int ustr_cp_width(int32_t cp);

/* Start of the grapheme cluster after the one at s (never past end): an
 * extended grapheme cluster of UAX #29, so a letter keeps its combining
 * marks, CR LF is one, an emoji ZWJ sequence ("\U0001F469\u200D\U0001F4BB")
 * is one and regional indicators pair into flags. s must be a cluster
 * start; an invalid byte is a cluster of its own. */
const char *ustr_grapheme_next(const char *s, const char *end);

/* Start of the grapheme cluster before s, no lower than start (start when
 * s <= start); when s is inside a cluster, the start of that cluster. It
 * walks forward from the nearest point before s where a cluster must
 * begin (after a newline, between two ASCII bytes); when there is none in
 * the 1024 bytes before s, from a character boundary there, which is
 * exact except inside a run of combining marks or regional indicators
 * that long. */
const char *ustr_grapheme_prev(const char *start, const char *s);

/* The characters a terminal draws as one glyph group: a character and the
 * marks that combine with it, by libunistring's pairwise rule. Unlike
 * ustr_grapheme_next it leaves emoji ZWJ sequences and flags in parts,
 * the way most terminals draw them, each part in its own columns; the
 * sanitizer cuts display units with it. */
const char *ustr_glyph_next(const char *s, const char *end);

/* Fills brk[0..n) with the UAX #14 opportunity before each byte:
 * USTR_BRK_NONE, USTR_BRK_ALLOWED or USTR_BRK_MANDATORY. */
enum { USTR_BRK_NONE = 0, USTR_BRK_ALLOWED = 1, USTR_BRK_MANDATORY = 2 };
void ustr_linebreaks(const char *s, size_t n, char *brk);

/* Unicode character classes the highlight engine and cursor need. */
int ustr_is_alpha(int32_t cp);
int ustr_is_upper(int32_t cp);
int ustr_is_lower(int32_t cp);
int ustr_is_digit(int32_t cp);
int ustr_is_format(int32_t cp);  /* general category Cf */

/* Lower-cases s into a new NUL-terminated string; caller frees. Invalid
 * sequences are copied through unchanged. */
char *ustr_lower(const char *s, size_t n);

/* Display width of a valid UTF-8 string (controls count as 0). */
size_t ustr_width(const char *s, size_t n);

#endif
