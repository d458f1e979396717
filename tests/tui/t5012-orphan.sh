#!/bin/sh
# A note whose passage was deleted from the article becomes an orphan: the
# notes pane lists it with its quote, and r re-attaches it to a passage
# selected in the reader. The CLI then sees it attached there.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'a note whose passage is deleted is an orphan' '
	"$GLOSS" note add $A --quote "as well to support peace and stability" --note "Taiwan Strait wording" >id &&
	sed "s/, as well to support peace and stability in the Tawain Strait and the South China Sea//" $A >edited &&
	cat edited >$A &&
	"$GLOSS" notes $A --json | grep -q "\"orphan\":true"
'

test_expect_success 'the notes pane lists the orphan with its quote' '
	tui_start 110 30 $A &&
	wait_for "Secretary of State Antony J. Blinken" &&
	keys o && wait_for "orphan" &&
	wait_for "as well to support peace"
'

test_expect_success 'select a passage, r on the orphan re-attaches it' '
	keys ")" && wait_cursor Secretary &&
	keys v && wait_for "Selection:" &&
	keys w w &&
	keys Tab && keys r && wait_for "Note attached to the selection" &&
	keys q q q && wait_exit 0
'

test_expect_success 'the CLI sees the note attached to the new passage' '
	"$GLOSS" notes $A --json >out &&
	! grep -q "\"orphan\":true" out &&
	grep -q "Secretary of State" out &&
	grep -q "Taiwan Strait wording" out
'
test_done
