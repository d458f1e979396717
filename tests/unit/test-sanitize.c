/* test-sanitize.c -- nothing dangerous gets through; text is kept. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "sanitize.h"
#include "tap.h"

static char *san(const char *s, size_t n, int flags)
{
	struct sb b = SB_INIT;
	san_append(&b, s, n, flags);
	return sb_detach(&b);
}

static void check(const char *in, size_t n, const char *want, const char *name)
{
	char *got = san(in, n, 0);
	is_str(got, want, name);
	free(got);
}

int main(void)
{
	check("plain text", 10, "plain text", "plain ASCII passes");
	check("Caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac", 12, "Café 日本", "UTF-8 passes");
	check("\x1b[31mred", 8, "^[[31mred", "ESC becomes ^[");
	check("a\x7f" "b", 3, "a^?b", "DEL becomes ^?");
	check("a\x07" "b", 3, "a^Gb", "BEL becomes ^G");
	check("\xc2\x9b" "6n", 4, "<U+009B>6n", "C1 CSI becomes a placeholder");
	check("abc\xe2\x80\xae" "def", 9, "abc<U+202E>def", "RLO becomes a placeholder");
	check("x\xe2\x80\x8by", 5, "x<U+200B>y", "zero-width space is shown");
	check("\xef\xbb\xbf" "a", 4, "<U+FEFF>a", "a BOM is shown");
	check("bad\xff" "byte", 8, "bad\\xFFbyte", "an invalid byte becomes \\xFF");
	check("a\0b", 3, "a^@b", "NUL becomes ^@");
	check("e\xcc\x81", 3, "e\xcc\x81", "a combining mark stays with its letter");
	check("\xcc\x81" "a", 3, "<U+0301>a", "a lone combining mark at the start is shown");
	check("e\xcc\x81\xe2\x80\xae", 6, "e\xcc\x81<U+202E>", "a bidi control cannot hide in a cluster");
	/* emoji sequences: on a terminal each emoji alone, joiners, variation
	 * selectors and skin tones left out (terminals disagree on their widths) */
	check("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb", 11, "\xf0\x9f\x91\xa9\xf0\x9f\x92\xbb", "a ZWJ sequence: its emoji without the joiner");
	check("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 8, "\xf0\x9f\x91\x8d", "a skin tone is left out");
	check("\xe2\x9d\xa4\xef\xb8\x8f", 6, "\xe2\x9d\xa4", "a variation selector is left out");
	is_int((long)san_width("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb", 11), 4, "a ZWJ sequence is as wide as its emoji");
	is_int((long)san_width("\xf0\x9f\x87\xaf\xf0\x9f\x87\xb5", 8), 2, "a flag is as wide as its two letters");
	{
		char *f = san("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb\xe2\x9d\xa4\xef\xb8\x8f", 17, SAN_FILE);
		is_str(f, "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb\xe2\x9d\xa4\xef\xb8\x8f", "a file keeps whole sequences");
		free(f);
	}
	check("l1\nl2\t", 6, "l1^Jl2^I", "newline and tab as carets by default");

	char *got = san("l1\nl2\t", 6, SAN_KEEP_NEWLINE | SAN_KEEP_TAB);
	is_str(got, "l1\nl2\t", "newline and tab kept on request");
	free(got);

	struct san_unit u;
	san_next("\xe6\x97\xa5", 3, &u);
	ok(u.kind == SAN_PRINT && u.width == 2 && u.len == 3, "a CJK character is one unit of two columns");
	san_next("\x1b", 1, &u);
	ok(u.kind == SAN_CONTROL && u.width == 2, "ESC is a two-column placeholder");
	is_int(san_width("a\xe2\x80\xae", 4), 9, "width counts placeholders");

	/* Every byte value alone: the output never holds a control byte. */
	int clean = 1;
	for (int c = 0; c < 256; c++) {
		char in[1] = { (char)c };
		char *o = san(in, 1, 0);
		for (char *p = o; *p; p++)
			if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7f)
				clean = 0;
		free(o);
	}
	ok(clean, "no single byte produces a control byte");

	/* SAN_FILE (exports): controls and invalid bytes replaced; newlines,
	 * tabs and other format characters kept; CRLF with SAN_KEEP_CRLF */
	char *o = san("a\x1b[31m\x07\n\tb\xc2\x9b\xe2\x80\x8f\xff\r\n", 18, SAN_FILE);
	is_str(o, "a^[[31m^G\n\tb<U+009B>\xe2\x80\x8f\\xFF^M\n", "SAN_FILE: controls replaced, newline, tab and RLM kept");
	free(o);
	o = san("a\r\nb\rc\r", 7, SAN_FILE | SAN_KEEP_CRLF);
	is_str(o, "a\r\nb^Mc^M", "SAN_KEEP_CRLF: CRLF kept, a lone CR replaced");
	free(o);
	o = san("\xe2\x80\xae", 3, SAN_KEEP_NEWLINE);
	is_str(o, "<U+202E>", "without SAN_CONTROLS a bidi override is a placeholder");
	free(o);

	/* a terminal in a locale that is not UTF-8: ASCII only */
	san_set_ascii(1);
	o = san("Caf\xc3\xa9 o\xe2\x80\x99" "clock e\xcc\x81 \xe6\x9d\xb1", 23, 0);
	is_str(o, "Caf<U+00E9> o<U+2019>clock e<U+0301> <U+6771>", "ASCII only: each character beyond ASCII a placeholder");
	free(o);
	is_int((long)san_width("o\xe2\x80\x99", 4), 9, "ASCII only: widths are those of the placeholders");
	o = san("Caf\xc3\xa9\n", 6, SAN_FILE);
	is_str(o, "Caf\xc3\xa9\n", "ASCII only: text for files keeps its characters");
	free(o);
	san_set_ascii(0);
	o = san("Caf\xc3\xa9", 5, 0);
	is_str(o, "Caf\xc3\xa9", "UTF-8 again: characters pass");
	free(o);
	return done_testing();
}
