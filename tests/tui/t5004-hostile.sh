#!/bin/sh
# An article with escape sequences, C1 controls, bidi overrides and
# invalid UTF-8 shows placeholders and changes nothing in the terminal.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

test_expect_success 'a hostile article' '
	mkdir -p evil &&
	printf "Title: Evil \033]0;pwned\007 title\nSource: \033[2J\n\n" >evil/evil.txt &&
	printf "Plain words first. ESC \033[31mred\033[0m here; C1 \302\23331m here; bidi \342\200\256reversed\342\200\254 here;\n" >>evil/evil.txt &&
	printf "bad bytes \377\376 here; OSC \033]2;pwned\007 here; bell \007 and DEL \177 end. More plain words to read.\n" >>evil/evil.txt
'

test_expect_success 'it opens and shows placeholders' '
	tui_start 100 30 evil/evil.txt &&
	wait_for "Plain words first" &&
	wait_for "ESC ^[[31mred^[[0m here" &&
	wait_for "C1 <U+009B>31m here" &&
	wait_for "bidi <U+202E>reversed<U+202C> here" &&
	wait_for "bad bytes \\xFF\\xFE here" &&
	wait_for "OSC ^[]2;pwned^G here" &&
	wait_for "bell ^G and DEL ^?"
'

test_expect_success 'the title is shown with placeholders too' '
	wait_for "Evil ^[]0;pwned^G title"
'

test_expect_success 'nothing reached the terminal: title, screen and colours unchanged' '
	T display -p -t t "#{pane_title}" >title.after &&
	! grep -q pwned title.after &&
	screen_e >e &&
	! grep -q "$(printf "\033")\[31mred" e &&
	test "$(T display -p -t t "#{alternate_on}")" = 1
'

test_expect_success 'search and motion over the placeholders work' '
	keys / && keys -l "reversed" && keys Enter &&
	wait_cursor reversed &&
	keys w w w w w w && keys G && keys g &&
	keys q q && wait_exit 0 && terminal_restored
'

test_expect_success 'a 120 KB title takes three rows, and the text shows on the first screen' '
	mkdir -p huge &&
	python3 -c "import sys; sys.stdout.write(\"Title: \" + \"Very long title words \" * 6000 + \"\\n\\nThe body starts here and can be read.\\n\")" >huge/h.txt &&
	tui_start 100 20 huge/h.txt &&
	wait_for "The body starts here and can be read." &&
	test "$(grep -c "│ Very long title words" "$TRASH/screen")" -le 4 &&
	grep -q "words…" "$TRASH/screen" &&
	keys q q && wait_exit 0
'

test_done
