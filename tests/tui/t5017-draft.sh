#!/bin/sh
# A note being written survives a crash or a killed terminal: the editor
# keeps its text in the sidecar, and the next start opens it again; Enter
# saves it, a deliberate discard forgets it (80x24).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

draft() {
	python3 -c "import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute(\"SELECT value FROM meta WHERE key = 'draft'\").fetchone(); print(r[0] if r and r[0] else '')" lib/.gloss.db
}

test_expect_success 'a new note being typed is kept, and comes back after kill -9' '
	copy_seeds lib &&
	tui_start 80 24 $A &&
	wait_for "Secretary" &&
	keys ")" && keys v w w a && wait_for "New note on" &&
	keys -l "a draft that must survive" && wait_for "must survive" &&
	sleep 1.2 &&
	draft | grep -q "a draft that must survive" &&
	pid=$(gloss_pid) && test -n "$pid" &&
	kill -KILL "$pid" &&
	wait_exit 137 &&
	tui_start 80 24 lib &&
	wait_for "Your unsaved note" &&
	wait_for "a draft that must survive" &&
	keys -l ", and did" && keys Enter && wait_for "Note added" &&
	"$GLOSS" notes $A >out &&
	grep -q "a draft that must survive, and did" out &&
	test -z "$(draft)"
'

test_expect_success 'an edit of a note is kept after SIGHUP and comes back with Esc asking' '
	keys o && wait_for "a draft that must" &&
	keys Enter && keys a && wait_for "Note 1 on" &&
	keys C-u && keys -l "second thoughts" && wait_for "second thoughts" &&
	pid=$(gloss_pid) && test -n "$pid" &&
	kill -HUP "$pid" &&
	wait_exit 129 &&
	draft | grep -q "second thoughts" &&
	tui_start 80 24 lib &&
	wait_for "Your unsaved note" &&
	wait_for "second thoughts" &&
	keys Escape && wait_for "Keep this note?" &&
	keys d && wait_for "Note not saved" &&
	test -z "$(draft)" &&
	"$GLOSS" notes $A >out &&
	grep -q "a draft that must survive, and did" out &&
	keys q q && wait_exit 0
'

test_expect_success 'a start with no draft opens no editor' '
	tui_start 80 24 lib &&
	wait_for "Secretary" &&
	! screen | grep -q "Your unsaved note" &&
	keys Q && wait_exit 0
'

test_done
