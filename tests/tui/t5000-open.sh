#!/bin/sh
# The interface on the seed library: the list, opening an article, help,
# quitting with the terminal restored.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

test_expect_success 'the list shows the eight seed articles, older ones with their year' '
	tui_start 100 30 lib &&
	wait_for "Library: lib (8)" &&
	wait_for "8 articles, 8 unread" &&
	test "$(grep -cE "([0-9][0-9]-[0-9][0-9]|20[0-9][0-9]) *│" "$TRASH/screen")" -ge 7 &&
	grep -q "2022 *│" "$TRASH/screen"
'

test_expect_success 'Enter opens the newest article with its title and metadata' '
	keys Enter &&
	wait_for "President Joseph R. Biden, Jr. spoke today" &&
	wait_for "miragenews.com" &&
	grep -q "│ White House readout: President Biden" "$TRASH/screen"
'

test_expect_success 'the status line shows the counts and the help hint' '
	wait_for "PERSON" && wait_for "? help"
'

test_expect_success '? shows the help generated from the key table' '
	keys ? &&
	wait_for "next-entity" &&
	grep -q "move-down" "$TRASH/screen" &&
	grep -q "search" "$TRASH/screen" &&
	keys q &&
	wait_gone "next-entity" &&
	wait_for "spoke today"
'

test_expect_success 'at 80 columns a long description wraps under its column, not cut' '
	T resize-window -t t -x 80 -y 24 &&
	keys ? && wait_for "next-word" &&
	grep -q "open the selected article / the item *│*$" "$TRASH/screen" &&
	grep -qE "^ {40}under the cursor" "$TRASH/screen" &&
	keys G && wait_for "quit-now" &&
	grep -qE "^ {40}from the list" "$TRASH/screen" &&
	keys q && wait_gone "quit-now"
'

test_expect_success 'a message wider than the status line is shown whole, over the panes, until the next key' '
	keys v && wait_for "Selection: move the cursor" &&
	screen | tail -n 1 | grep -q "^ t tags *$" &&
	keys Escape && wait_gone "Selection: move" &&
	screen | tail -n 2 | head -n 1 | grep -q "│" &&
	T resize-window -t t -x 100 -y 30 && wait_for "spoke today"
'

test_expect_success 'Tab moves the focus to the list; j and Enter open the next article' '
	keys Tab j Enter &&
	wait_for "Secretary Blinken’s Meeting with Philippine" 
'

test_expect_success 'q leaves the reader, q again quits with status 0' '
	keys q q &&
	wait_exit 0 &&
	terminal_restored
'

test_expect_success 'the articles opened are marked read in the sidecar' '
	tui_start 100 30 lib &&
	wait_for "8 articles, 6 unread" &&
	keys q &&
	wait_exit 0
'

test_expect_success 'gloss FILE opens the file in its library' '
	tui_start 100 30 lib/2024-01-11-state-blinken-cho-call.txt &&
	wait_for "The below is attributable to Spokesperson" &&
	keys Q &&
	wait_exit 0
'

test_expect_success 'a terminal that cannot place the cursor is refused with what works there' '
	test_must_fail env TERM=dumb timeout 10 script -qec "\"$GLOSS\" lib" /dev/null >out 2>&1 &&
	grep -q "TERM=dumb) cannot place the cursor" out &&
	grep -q "gloss list" out
'

test_done
