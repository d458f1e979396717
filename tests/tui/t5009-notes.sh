#!/bin/sh
# Notes in the interface: v selects, a opens the note editor, t tags;
# after a restart the note is drawn (colour and margin mark) and the CLI
# lists it; d deletes, u undoes; o lists the notes and Enter jumps; the
# editor marks misspellings and hands the note to $EDITOR on Ctrl-E.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt
esc=$(printf '\033')
# The editor the note goes to on Ctrl-E: appends a line to the file.
cat >"$TRASH/ed.sh" <<-\EOF
	#!/bin/sh
	printf 'added in the editor\n' >>"$1"
EOF
chmod +x "$TRASH/ed.sh"
export EDITOR="$TRASH/ed.sh" TMPDIR="$TRASH"

test_expect_success 'v selects, a opens the editor, Enter saves the note' '
	tui_start 100 30 $A &&
	wait_for "Secretary of State Antony J. Blinken" &&
	keys g && wait_cursor The &&
	keys ")" && wait_cursor Secretary &&
	keys v && wait_for "Selection:" &&
	keys w w w a && wait_for "New note on Secretary of State Antony " &&
	keys -l "Talks with Cho about the DPRK" &&
	wait_for "Talks with Cho about the DPRK" &&
	keys Enter && wait_for "Note added" &&
	wait_gone "New note on" &&
	keys C-l && wait_for "notes 1"
'

test_expect_success 't tags the note under the cursor' '
	keys t && wait_for "Tag note" &&
	keys -l korea && keys Enter &&
	wait_for "Note tagged: korea" &&
	keys w W && wait_for "note: korea"
'

test_expect_success 'after a restart the note is drawn with its colour and mark' '
	keys q q && wait_exit 0 &&
	tui_start 100 30 $A &&
	wait_for "Secretary of State Antony J. Blinken" &&
	wait_for "notes 1" &&
	screen_e >e &&
	grep -q "▎" e &&
	grep -q "${esc}\[30m${esc}\[46mSecretary of State" e
'

test_expect_success 'the CLI lists the note made in the interface' '
	"$GLOSS" notes $A >out &&
	grep -q "Talks with Cho about the DPRK" out &&
	grep -q "korea" out &&
	grep -q "Secretary of State Antony" out
'

test_expect_success 'd deletes the note under the cursor, u brings it back' '
	keys g && wait_cursor The &&
	keys ")" && wait_cursor Secretary &&
	keys d && wait_for "Note deleted" && wait_gone "▎" &&
	keys u && wait_for "Undone: the note'"'"'s deletion" && wait_for "▎" &&
	"$GLOSS" notes $A | grep -q "Talks with Cho"
'

test_expect_success 'o lists the notes; Enter jumps to one' '
	keys G && keys o && wait_for "Notes" &&
	wait_for "Talks with Cho about" &&
	wait_for "#korea" &&
	keys Enter && wait_cursor Secretary &&
	keys o && wait_gone "#korea"
'

test_expect_success 'the editor marks a misspelled word and suggests' '
	keys a && wait_for "Note 1 on" &&
	keys -l " recieve it" && wait_for "recieve it" &&
	screen_e >e &&
	grep -q "${esc}\[31mrecieve" e &&
	keys Left Left Left Left Tab && wait_for "1 receive" &&
	keys 1 && wait_for "DPRK receive it" &&
	keys Escape && wait_for "Keep this note?" &&
	keys d && wait_for "Note not saved" &&
	"$GLOSS" notes $A >out && ! grep -q "receive" out
'

test_expect_success 'Ctrl-E hands the note to $EDITOR and takes it back' '
	keys a && wait_for "Note 1 on" &&
	keys C-e && wait_for "added in the editor" &&
	wait_for "Back from the editor" &&
	keys Enter && wait_for "Note saved" &&
	"$GLOSS" notes $A >out &&
	grep -q "added in the editor" out &&
	! ls "$TRASH"/gloss-note-* 2>/dev/null
'

test_expect_success 'u undoes the edit, after a restart too' '
	keys q q && wait_exit 0 &&
	tui_start 100 30 $A && wait_for "Secretary of State" &&
	keys u && wait_for "Undone: the note'"'"'s edit" &&
	"$GLOSS" notes $A >out &&
	! grep -q "added in the editor" out &&
	grep -q "Talks with Cho" out &&
	keys q q && wait_exit 0
'

test_expect_success 'at 80x24 the notes pane gives the reader the list'"'"'s room and shows the selected note whole' '
	id=$("$GLOSS" notes $A | cut -f1 | head -n 1) &&
	"$GLOSS" note edit $id --note "Talks with Cho about the DPRK, the missile launches of the week and the trilateral exercises planned for the summer" lib &&
	tui_start 80 24 $A && wait_for "Secretary of State" &&
	keys o && wait_for "Notes" &&
	wait_gone "Library: lib" &&
	wait_for "launches of the week" && wait_for "│  the summer" &&
	keys Tab && wait_for "Library: lib" &&
	keys Tab && wait_gone "Library: lib" &&
	keys q q q && wait_exit 0
'

test_done
