#!/bin/sh
# Opening draws the first screen from the sidecar, then looks at every
# file: an article edited in place (its folder unchanged) shows its new
# title without a restart.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

test_expect_success 'an article edited in place is re-read after the first screen' '
	"$GLOSS" list lib >/dev/null &&
	f=lib/2024-01-11-state-blinken-cho-call.txt &&
	sed "s/^Title: .*/Title: Edited in place, title changed/" "$f" >edited.tmp &&
	cat edited.tmp >"$f" &&
	tui_start 120 30 lib &&
	wait_for "Edited in place, title" &&
	keys q && wait_exit 0
'
test_expect_success 'the sidecar knows the new title afterwards' '
	"$GLOSS" list lib --json | grep -q "Edited in place, title changed"
'
test_expect_success 'S (and :sync) read a new file and notes made elsewhere' '
	A=lib/2024-01-11-state-blinken-cho-call.txt &&
	tui_start 120 30 $A &&
	wait_for "notes 0" && wait_for "Library: lib (8)" &&
	"$GLOSS" note add $A --quote "attributable to Spokesperson Matthew Miller" --note "made in the CLI" &&
	cp lib/000_5512f4e0b11210a8.txt lib/copy-made-meanwhile.txt &&
	keys S && wait_for "Synced: 1 file changed" &&
	wait_for "Library: lib (9)" &&
	keys C-l && wait_for "notes 1" &&
	"$GLOSS" note add $A --quote "spoke today with Republic of Korea" --note "and another" &&
	keys : && keys -l sync && keys Enter &&
	wait_for "Synced: 0 files changed" &&
	keys C-l && wait_for "notes 2" &&
	keys q q && wait_exit 0
'
test_expect_success 'with no key pressed, what other programs change shows by itself' '
	A=lib/2024-01-11-state-blinken-cho-call.txt &&
	tui_start 120 30 $A &&
	wait_for "notes 2" && wait_for "Library: lib (9)" &&
	"$GLOSS" note add $A --quote "Cho Tae-yul. Secretary" --note "a third" &&
	wait_for "notes 3" &&
	cp lib/000_5512f4e0b11210a8.txt lib/another-copy.txt &&
	wait_for "Library: lib (10)" &&
	sed "s/The below is attributable/The text below is attributable/" $A >edited.tmp &&
	cat edited.tmp >$A &&
	wait_for "The text below is attributable" &&
	keys q q && wait_exit 0
'
test_done
