#!/bin/sh
# Resizing at any moment keeps the reading position; below 80 columns
# one pane at a time; 20x6 still works.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'open an article and move into it' '
	tui_start 100 30 $A &&
	wait_for "The below is attributable" &&
	keys / && keys -l "ballistic" && keys Enter &&
	wait_cursor ballistic
'

test_expect_success 'at 60x20 the reader takes the whole screen, cursor kept' '
	T resize-window -t t -x 60 -y 20 &&
	wait_gone "Library: lib" &&
	wait_cursor ballistic &&
	! grep -q "│" "$TRASH/screen"
'

test_expect_success 'q shows the list alone, Enter the reader again' '
	keys q && wait_for "Library: lib (8)" &&
	keys Enter && wait_cursor ballistic
'

test_expect_success 'back at 100x30 both panes, cursor kept' '
	T resize-window -t t -x 100 -y 30 &&
	wait_for "Library: lib (8)" &&
	wait_cursor ballistic
'

test_expect_success '20x6 and 300x100 draw without trouble' '
	T resize-window -t t -x 20 -y 6 &&
	wait_gone "Library: lib" &&
	T resize-window -t t -x 300 -y 100 &&
	wait_for "Library: lib (8)" &&
	wait_cursor ballistic &&
	keys q q && wait_exit 0
'

test_expect_success 'at 80x24 a side pane that takes the list'"'"'s room leaves the text where it was' '
	mkdir -p long && {
		printf "Title: Long\n\n" &&
		for n in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
			printf "Paragraph %s tells of harbour number %s and the boats in it, of the tides, the nets and the weather on the quay that day.\n\n" $n $n
		done
	} >long/long.txt &&
	tui_start 80 24 long/long.txt &&
	wait_for "Paragraph 1 tells" &&
	keys Space Space && wait_gone "Paragraph 1 tells" &&
	words=$(screen | sed -n 2p | sed "s/^.*│ //" | cut -d" " -f1-3) &&
	test -n "$words" &&
	keys o && wait_for "Notes" && wait_gone "Library: long" &&
	screen | sed -n 2,4p | sed "s/│.*//" | grep -qF "$words" &&
	keys Tab && wait_for "Library: long" &&
	keys Tab && wait_gone "Library: long" &&
	screen | sed -n 2,4p | sed "s/│.*//" | grep -qF "$words" &&
	keys q q q && wait_exit 0
'

# The column of the first separator of the screen: the list's width.
list_width() {
	python3 -c 'import sys; print(open(sys.argv[1], encoding="utf-8").read().split("\n")[1].find("\u2502"))' "$TRASH/screen"
}

test_expect_success 'a side pane takes its room from the list, not from the text' '
	tui_start 120 30 lib/2024-01-11-state-blinken-cho-call.txt &&
	wait_for "The below is attributable" &&
	test "$(list_width)" -ge 36 &&
	keys E && wait_for "Entities" &&
	test "$(list_width)" -le 25 &&
	keys E && wait_gone "Entities" &&
	test "$(list_width)" -ge 36 &&
	keys q q && wait_exit 0
'

test_expect_success 'a wide screen gives the list room for whole titles' '
	tui_start 200 30 lib &&
	wait_for "Library: lib (8)" &&
	wait_for "the Republic of the Marshall Islands President Kabua" &&
	keys q && wait_exit 0
'

test_done
