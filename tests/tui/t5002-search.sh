#!/bin/sh
# / n N: search in the article, matches highlighted.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt
esc=$(printf '\033')

test_expect_success '/ finds a word and puts the cursor on it' '
	tui_start 100 30 $A &&
	wait_for "The below is attributable" &&
	keys / && wait_for "/" &&
	keys -l "congratulated" && keys Enter &&
	wait_cursor congratulated
'

test_expect_success 'the matches are highlighted' '
	screen_e >"$TRASH/e" &&
	if ! grep -q "${esc}\[30m${esc}\[43mcongratulated\|${esc}\[30;43mcongratulated\|${esc}\[43m${esc}\[30mcongratulated" "$TRASH/e"
	then
		cat -v "$TRASH/e" && false
	fi
'

test_expect_success 'n goes to the next match, N back; the search wraps' '
	keys n && wait_cursor "congratulated the" &&
	keys N && wait_cursor congratulated &&
	keys N && wait_for "Search hit TOP" &&
	wait_cursor "congratulated the"
'

test_expect_success 'lower case ignores case; an unknown pattern says so' '
	keys / && keys -l "secretary blinken thanked" && keys Enter &&
	wait_cursor "Secretary" &&
	keys / && keys -l "zzzq" && keys Enter &&
	wait_for "Pattern not found"
'

test_expect_success 'Escape leaves the prompt; q quits' '
	keys / && keys -l "abc" && wait_for "/abc" &&
	keys Escape && wait_gone "/abc" &&
	keys q q && wait_exit 0
'

test_expect_success '/ in the list selects the next title that holds the words; n goes on' '
	tui_start 120 30 lib &&
	wait_for "Library: lib (8)" &&
	keys / && keys -l "marshall" && keys Enter &&
	keys Enter && wait_for "Kabua, the Federated States" &&
	keys q && keys / && keys -l "Cho" && keys Enter &&
	keys Enter && wait_for "Meeting with ROK Foreign Minister Cho" &&
	keys q && keys n && keys Enter &&
	wait_for "Call with Republic of Korea Foreign Minister Cho" &&
	keys q && keys N && keys Enter &&
	wait_for "Meeting with ROK Foreign Minister Cho" &&
	keys q && keys / && keys -l "nowhere at all" && keys Enter &&
	wait_for "Pattern not found" &&
	keys q q && wait_exit 0
'

test_done
