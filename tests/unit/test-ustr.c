/* test-ustr.c -- decoding, widths, graphemes and line breaks. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "ustr.h"

int main(void)
{
	int32_t cp;
	is_int(ustr_decode("A", 1, &cp), 1, "ASCII is one byte");
	is_int(cp, 'A', "and decodes");
	is_int(ustr_decode("é", 2, &cp), 2, "é is two bytes");
	is_int(cp, 0xe9, "U+00E9");
	is_int(ustr_decode("\xff", 1, &cp), 1, "a bad byte is consumed alone");
	is_int(cp, -1, "and marked invalid");
	is_int(ustr_decode("\xe6\x97", 2, &cp), 1, "a truncated sequence is invalid");

	is_int(ustr_invalid_at("ok\xc3\x28", 4), 2, "first invalid offset");
	is_int(ustr_invalid_at("日本", 6), 6, "valid UTF-8 gives n");

	is_int(ustr_cp_width('a'), 1, "ASCII is one column");
	is_int(ustr_cp_width(0x65e5), 2, "CJK is two columns");
	is_int(ustr_cp_width(0x301), 0, "a combining mark is zero");
	is_int(ustr_cp_width(0x1b), -1, "ESC has no width");
	is_int(ustr_width("日本語 ok", 12), 9, "string width");

	const char *s = "e\xcc\x81x";   /* e + combining acute, x */
	is_int(ustr_grapheme_next(s, s + 4) - s, 3, "a grapheme keeps its combining mark");
	const char *hangul = "\xe1\x84\x80\xe1\x85\xa1!";  /* jamo L + V: one syllable */
	is_int(ustr_grapheme_next(hangul, hangul + 7) - hangul, 6, "conjoining jamo are one grapheme");

	const char *fam = "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb!";  /* woman ZWJ laptop */
	is_int(ustr_grapheme_next(fam, fam + 12) - fam, 11, "an emoji ZWJ sequence is one grapheme");
	is_int(ustr_glyph_next(fam, fam + 12) - fam, 7, "but two glyph groups, as terminals draw it");
	is_int(ustr_grapheme_prev(fam, fam + 11) - fam, 0, "grapheme_prev: back over the whole sequence");
	is_int(ustr_grapheme_prev(fam, fam + 12) - fam, 11, "grapheme_prev: one ASCII byte");
	ok(ustr_is_lower(0xe9) && !ustr_is_lower(0xc9) && !ustr_is_lower(0x65e5), "lower case test");

	char brk[32];
	const char *t = "one two";
	ustr_linebreaks(t, 7, brk);
	is_int(brk[4], USTR_BRK_ALLOWED, "a break is allowed after a space");
	is_int(brk[2], USTR_BRK_NONE, "not inside a word");

	char *low = ustr_lower("ÉCOLE Seoul", strlen("ÉCOLE Seoul"));
	is_str(low, "école seoul", "lower-casing is Unicode-aware");
	free(low);
	ok(ustr_is_upper(0xc9) && !ustr_is_upper('a'), "upper case test");
	ok(ustr_is_alpha(0x65e5) && !ustr_is_alpha('1'), "letters");
	ok(ustr_is_format(0x202e) && !ustr_is_format('a'), "U+202E is a format character");
	return done_testing();
}
