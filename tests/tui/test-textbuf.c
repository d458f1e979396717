/* test-textbuf.c -- the editing primitives of the prompt and the editor. */
#include "system.h"

#include <string.h>

#include "tap.h"
#include "textbuf.h"

int main(void)
{
	struct sb t = SB_INIT;
	size_t pos = 0;
	tb_insert(&t, &pos, "cafe", 4);
	tb_insert_cp(&t, &pos, 0x301);     /* combining acute: café */
	tb_insert(&t, &pos, " 日本", 7);
	is_str(t.s, "cafe\xcc\x81 日本", "insert bytes and a code point");
	is_int(pos, t.len, "the position follows the insertions");
	is_int(tb_prev(&t, t.len), t.len - 3, "back over one CJK character");
	size_t e_acute = strlen("caf");
	is_int(tb_prev(&t, e_acute + 3), e_acute, "back over a letter and its combining mark at once");
	is_int(tb_next(&t, e_acute), e_acute + 3, "forward the same");
	is_int(tb_next(&t, t.len), t.len, "forward at the end stays");
	is_int(tb_prev(&t, 0), 0, "back at the start stays");
	tb_cut(&t, e_acute, e_acute + 3);
	is_str(t.s, "caf 日本", "cut a cluster");
	is_int(tb_word_back(&t, t.len), 4, "Ctrl-W goes back to the word start");
	is_int(tb_word_back(&t, 4), 0, "and over blanks to the word before");
	sb_reset(&t);
	pos = 0;
	tb_insert(&t, &pos, "line one\nnext", 13);
	is_int(tb_prev(&t, 9), 8, "back over a newline");
	is_int(tb_word_back(&t, 9), 5, "Ctrl-W treats a newline as a blank");
	tb_insert_cp(&t, &pos, 0xd800);
	is_int(t.len, 13, "a surrogate is not inserted");
	sb_release(&t);
	return done_testing();
}
