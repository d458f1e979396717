#!/bin/sh
# A big article (about 23 MB here) shows its first screen without being
# wrapped or highlighted as a whole, and G reaches its end.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

test_expect_success 'a big article opens at its start' '
	mkdir -p big &&
	awk "BEGIN { print \"Title: Big\"; print \"\"; for (i = 0; i < 300000; i++) printf \"Paragraph %d of the big article, with Takeshi Iwaya in Seoul on Monday.\\n\\n\", i; print \"The very last paragraph.\" }" >big/big.txt &&
	tui_start 120 40 big/big.txt &&
	wait_for "Paragraph 3 of the big article" 60
'

test_expect_success 'G shows the last paragraph at the bottom, g the top' '
	keys G && wait_for "The very last paragraph." 60 &&
	wait_for " End" &&
	test "$(screen | sed -n 39p | sed "s/^.*│ *//")" = "The very last paragraph." &&
	keys g && wait_for "Paragraph 0 of the big article"
'

test_expect_success 'search and entities work in the big article' '
	keys / && keys -l "Paragraph 299990 of" && keys Enter &&
	wait_cursor "Paragraph 299990" &&
	keys "]" && wait_cursor "Takeshi Iwaya in" &&
	keys q q && wait_exit 0
'

test_done
