#!/bin/sh
# Moving in the reader: lines, pages, top and bottom, and the reading
# cursor by word, sentence and paragraph.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'the cursor starts on the first word' '
	tui_start 100 12 $A &&
	wait_for "The below is attributable" &&
	wait_cursor The
'

test_expect_success 'w, W: next and previous word' '
	keys w && wait_cursor below &&
	keys w && wait_cursor is &&
	keys W && wait_cursor below
'

test_expect_success 'G shows the end, g the top' '
	keys G && wait_for " End" &&
	keys g && wait_for " Top" &&
	wait_for "The below is attributable"
'

test_expect_success 'j scrolls a line, k back, Space a page, b back' '
	keys g && wait_for " Top" &&
	first=$(reader_row 2) &&
	keys j && wait_gone " Top" &&
	test "$(reader_row 2)" != "$first" &&
	keys k && wait_for " Top" &&
	test "$(reader_row 2)" = "$first" &&
	keys Space && wait_gone " Top" &&
	keys b && wait_for " Top"
'

test_expect_success 'the reading position is saved on quit and restored' '
	keys G && wait_for " End" &&
	top=$(reader_row 2) &&
	keys Q && wait_exit 0 &&
	tui_start 100 12 lib &&
	wait_for "Library: lib" &&
	keys g j j j Enter &&
	wait_for "$top" &&
	keys Q && wait_exit 0
'

test_expect_success ") and (: next and previous sentence; initials and titles do not end one" '
	mkdir -p lib2 &&
	printf "Title: S\n\nOne is here. Mr. Two is J. Smith. Three ends!\n\nFour starts the second. Five (ends).\n\nSix.\n" >lib2/s.txt &&
	tui_start 100 12 lib2/s.txt &&
	wait_for "One is here" && wait_cursor One &&
	keys ")" && wait_cursor "Mr" &&
	keys ")" && wait_cursor "Three" &&
	keys ")" && wait_cursor "Four" &&
	keys ")" && wait_cursor "Five" &&
	keys "(" && wait_cursor "Four" &&
	keys "(" && wait_cursor "Three" &&
	keys "(" "(" && wait_cursor "One"
'

test_expect_success "} and {: next and previous paragraph" '
	keys "}" && wait_cursor Four &&
	keys w "}" && wait_cursor Six &&
	keys "{" && wait_cursor Four &&
	keys w "{" && wait_cursor Four &&
	keys "{" && wait_cursor One &&
	keys Q && wait_exit 0
'

test_expect_success "the screen follows the cursor" '
	tui_start 100 8 $A &&
	wait_for "Secretary" && keys g &&
	wait_for "The below is attributable" &&
	keys "}" && wait_cursor "Secretary of State" &&
	keys ")" ")" ")" ")" ")" ")" &&
	wait_for "Security Council." &&
	keys Q && wait_exit 0
'

test_done
