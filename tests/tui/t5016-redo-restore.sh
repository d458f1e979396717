#!/bin/sh
# Notes are never lost to a slip: C-r redoes what u undid, and D in the
# notes pane lists the deleted notes, where u brings one back (80x24).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'setup: a note, deleted with the CLI, and one kept' '
	copy_seeds lib &&
	"$GLOSS" note add $A --quote "Cho Tae-yul" --note "the deleted one" >id &&
	"$GLOSS" note add $A --range 0:9 --note "the kept one" >/dev/null &&
	"$GLOSS" note rm "$(cat id)" lib
'

test_expect_success 'D in the notes pane shows the deleted notes, u restores one' '
	tui_start 80 24 $A &&
	wait_for "Secretary" &&
	keys o && wait_for "the kept one" &&
	! screen | grep -q "the deleted one" &&
	keys D && wait_for "Deleted notes" &&
	wait_for "the deleted one" &&
	! screen | grep -q "the kept one" &&
	keys u && wait_for "Note restored" &&
	wait_gone "the deleted one" &&
	"$GLOSS" notes $A >out &&
	grep -q "the deleted one" out
'

test_expect_success 'D again shows the notes, the restored one among them' '
	keys D && wait_gone "Deleted notes" &&
	wait_for "the deleted one" &&
	wait_for "the kept one"
'

test_expect_success 'u undoes the restore, C-r does it again' '
	keys u && wait_for "Undone: the note'"'"'s return" &&
	wait_gone "the deleted one" &&
	"$GLOSS" notes $A --deleted >out &&
	grep -q "the deleted one" out &&
	keys C-r && wait_for "Redone: the note'"'"'s return" &&
	wait_for "the deleted one" &&
	"$GLOSS" notes $A >out &&
	grep -q "the deleted one" out &&
	keys C-r && wait_for "Nothing to redo"
'

test_expect_success 'd on a deleted note does nothing to it' '
	"$GLOSS" note rm "$(cat id)" lib &&
	keys S && wait_gone "the deleted one" &&
	keys D && wait_for "the deleted one" &&
	keys d && wait_for "No note under the cursor" &&
	"$GLOSS" notes $A --deleted >out &&
	grep -q "the deleted one" out &&
	keys q Q && wait_exit 0
'

test_done
