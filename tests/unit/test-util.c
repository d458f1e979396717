/* test-util.c -- string buffers, JSON escaping, hashing, atomic writes. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "util.h"

int main(void)
{
	struct sb b = SB_INIT;
	ok(b.s != NULL && b.s[0] == '\0', "an empty buffer is an empty string, not NULL");
	sb_adds(&b, "abc");
	sb_addf(&b, "-%d-", 42);
	sb_addc(&b, 'z');
	is_str(b.s, "abc-42-z", "add, addf and addc append");
	is_int(b.len, 8, "length follows");
	sb_reset(&b);
	is_str(b.s, "", "reset empties");
	for (int i = 0; i < 1000; i++)
		sb_adds(&b, "0123456789");
	is_int(b.len, 10000, "grows past its first allocation");
	char *d = sb_detach(&b);
	ok(strlen(d) == 10000 && b.len == 0 && b.s[0] == '\0', "detach hands over the string and leaves it empty");
	free(d);
	d = sb_detach(&b);
	is_str(d, "", "detach of an empty buffer gives a string to free");
	free(d);

	sb_add_json(&b, "a\"b\\c\n\x01\x7f", 8);
	is_str(b.s, "\"a\\\"b\\\\c\\n\\u0001\\u007f\"", "JSON escapes quotes, backslashes and controls");
	sb_reset(&b);
	sb_add_json(&b, "\xc3\xa9\xff!", 4);
	is_str(b.s, "\"\xc3\xa9\\ufffd!\"", "JSON keeps UTF-8 and replaces a bad byte with U+FFFD");
	sb_release(&b);

	ok(hash64("abc", 3) == hash64("abc", 3), "hash is stable");
	ok(hash64("abc", 3) != hash64("abd", 3), "hash differs on one byte");
	ok(hash64("", 0) != hash64("\0", 1), "hash sees the length");
	char hex[17];
	hash64_hex(0x0123456789abcdefULL, hex);
	is_str(hex, "0123456789abcdef", "hex form");

	is_int(err_set("x %d", 1), -1, "err_set returns -1");
	is_str(err_msg(), "x 1", "err_msg gives the message");

	unlink("test-util.out");
	is_int(write_file_atomic("test-util.out", "one", 3, 0), 0, "atomic write creates");
	is_int(write_file_atomic("test-util.out", "two", 3, 0), -1, "no overwrite without permission");
	size_t n;
	char *got = read_file("test-util.out", &n);
	is_str(got, "one", "the first content is kept");
	free(got);
	is_int(write_file_atomic("test-util.out", "two", 3, 1), 0, "overwrite when allowed");
	got = read_file("test-util.out", &n);
	is_str(got, "two", "replaced");
	free(got);
	unlink("test-util.out");
	ok(read_file("no-such-file", &n) == NULL, "read_file of a missing file fails");
	ok(strstr(err_msg(), "no-such-file") != NULL, "and names the file");

	is_int(ascii_casecmp("Title", "tITLE"), 0, "ASCII case-insensitive compare");
	ok(ascii_ncasecmp("Source:", "source", 6) == 0, "with a length");
	return done_testing();
}
