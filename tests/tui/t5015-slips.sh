#!/bin/sh
# Slips cost no note: a Backspace too many in a prompt does nothing (the
# keys typed next stay in the prompt instead of running as actions), Esc
# in a prompt keeps its line in that prompt's history, and
# Esc in the note editor asks before it throws a changed note away.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/000_5512f4e0b11210a8.txt

test_expect_success 'a note to keep' '
	tui_start 100 30 $A &&
	wait_for "Takeshi Iwaya is set to" &&
	keys a && wait_for "New note on" &&
	keys -l "kept" && keys Enter && wait_for "Note added" &&
	"$GLOSS" notes $A >out && grep -q "kept" out
'

test_expect_success 'Backspace past the start of a prompt keeps it open' '
	keys t && wait_for "Tag note" &&
	keys -l "ab" && wait_for "Tag note (-TAG removes): ab" &&
	keys BSpace BSpace BSpace && keys -l "uu" &&
	wait_for "Tag note (-TAG removes): uu" &&
	keys Escape && wait_gone "Tag note" &&
	"$GLOSS" notes $A >out && grep -q "kept" out
'

test_expect_success 'Esc keeps a prompt'"'"'s line: Up brings it back there, not in another prompt' '
	keys t && wait_for "Tag note" &&
	keys -l "harbour" && wait_for "Tag note (-TAG removes): harbour" &&
	keys Escape && wait_gone "Tag note" &&
	keys / && keys Up && sleep 0.3 && ! screen | grep -q "harbour" &&
	keys Escape &&
	keys t && wait_for "Tag note" && keys Up &&
	wait_for "Tag note (-TAG removes): harbour" &&
	keys Up && wait_for "Tag note (-TAG removes): uu" &&
	keys Down && wait_for "Tag note (-TAG removes): harbour" &&
	keys Down && wait_gone "Tag note (-TAG removes): harbour" &&
	screen | grep -q "Tag note (-TAG removes): *$" &&
	keys Escape && wait_gone "Tag note" &&
	"$GLOSS" tags lib >out && ! grep -q "harbour" out
'

test_expect_success 'Esc on a changed note asks; Esc again goes on editing; Enter saves' '
	keys a && wait_for "Note 1 on" &&
	keys -l " and more" && wait_for "kept and more" &&
	keys Escape && wait_for "Keep this note?" &&
	keys Escape && wait_gone "Keep this note?" &&
	wait_for "kept and more" &&
	keys Escape && wait_for "Keep this note?" &&
	keys Enter && wait_for "Note saved" &&
	"$GLOSS" notes $A >out && grep -q "kept and more" out
'

test_expect_success 'd at the question discards the change, not the note' '
	keys a && wait_for "Note 1 on" &&
	keys -l " lost" && wait_for "more lost" &&
	keys Escape && wait_for "Keep this note?" &&
	keys d && wait_for "Note not saved" &&
	"$GLOSS" notes $A >out && grep -q "kept and more" out && ! grep -q "lost" out
'

test_expect_success 'Esc on an unchanged note closes at once' '
	keys a && wait_for "Note 1 on" &&
	keys Escape && wait_for "Note not saved"
'

test_expect_success 'at 80x24 the editor shows every key of its hint, on two rows' '
	T resize-window -t t -x 80 -y 24 &&
	keys a && wait_for "Note 1 on" &&
	wait_for "Esc cancel" && grep -q "Enter save  C-j new line" "$TRASH/screen" &&
	keys -l " x" && keys Escape && wait_for "Esc goes on editing" &&
	grep -q "Keep this note?  Enter saves" "$TRASH/screen" &&
	keys d && wait_for "Note not saved" &&
	keys q q && wait_exit 0
'

test_done
