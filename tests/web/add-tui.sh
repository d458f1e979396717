#!/bin/sh
# A in the interface: a page from the test server added to the library and
# shown; Esc and Ctrl-C cancel a download that is still running; an error
# shows in the status line.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"
. "$top_srcdir/tests/web/lib-server.sh"

server_start "$top_srcdir/tests/web/fetch-pages"
SQ="'"

test_expect_success 'an empty library says A adds a page; A at 80x24 adds the first article' '
	mkdir empty &&
	tui_start 80 24 empty &&
	wait_for "No articles here yet" &&
	wait_for "or press A to add a web page" &&
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/harbour.html" && keys Enter &&
	wait_for "Added " &&
	wait_for "morning ferry leaves" &&
	ls empty/*ferry-timetable-changes-for-the-winter.md &&
	keys Q && wait_exit 0
'

test_expect_success 'A adds a page and opens it, selected in the list' '
	tui_start 120 30 lib &&
	wait_for "Blinken" &&
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/harbour.html" && keys Enter &&
	wait_for "Added " &&
	wait_for "morning ferry leaves" &&
	ls lib/*ferry-timetable-changes-for-the-winter.md &&
	screen | grep "▸" | grep -q "Ferry Timetable Changes"
'

test_expect_success 'Esc cancels a download; nothing is saved and gloss goes on' '
	ls lib >before &&
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/trickle" && keys Enter &&
	wait_for "KB (Esc cancels)" &&
	keys Escape &&
	wait_for "cancelled" 5 &&
	ls lib >after && cmp before after &&
	test ! -f "$TRASH/status"
'

test_expect_success 'Ctrl-C cancels a download too, and does not quit' '
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/trickle" && keys Enter &&
	wait_for "KB (Esc cancels)" &&
	keys C-c &&
	wait_for "cancelled" 5 &&
	keys j && sleep 0.2 && test ! -f "$TRASH/status" &&
	ls lib >after && cmp before after
'

test_expect_success 'an error shows in the status line' '
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/missing" && keys Enter &&
	wait_for "missing: HTTP 404"
'

test_expect_success 'the same page again: already saved' '
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/harbour.html" && keys Enter &&
	wait_for "Already saved as " &&
	test "$(ls lib/*ferry-timetable* | wc -l)" = 1
'

test_expect_success 'A copies a Markdown file; an empty answer adds nothing' '
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$top_srcdir/tests/web/fetch-pages/note.md" && keys Enter &&
	wait_for "Added 2023-09-02-tide-tables-annotated.md" &&
	cmp "$top_srcdir/tests/web/fetch-pages/note.md" lib/2023-09-02-tide-tables-annotated.md &&
	wait_for "Spring tides come two days" &&
	ls lib >before &&
	keys A && wait_for "Add (web address or file):" && keys Enter &&
	wait_for "Nothing added" &&
	ls lib >after && cmp before after
'

test_expect_success ':set fetch-timeout applies to the next A; a bad value is refused' '
	keys : && keys -l "set fetch-timeout 1" && keys Enter &&
	keys A && wait_for "Add (web address or file):" &&
	keys -l "$BASE/slow" && keys Enter &&
	wait_for "slow: timed out after 1 s" &&
	keys : && keys -l "set fetch-max-size lots" && keys Enter &&
	wait_for "fetch-max-size: ${SQ}lots${SQ} is not a number" &&
	keys q q && wait_exit 0
'

test_done
