#!/bin/sh
# What does not fit is cut with an ellipsis, and the part that matters
# stays: the list's bar cuts a long folder name, not the count after it; a
# prompt's label takes what the line has beyond room to type, and ends in
# "…" when even that is too little.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

long=a-library-with-a-rather-long-folder-name
copy_seeds "$long"

test_expect_success 'the list bar keeps the count and cuts the name' '
	tui_start 80 24 "$long" &&
	wait_for "(8)" &&
	screen | sed -n 1p >bar &&
	grep -q "^ Library: a-lib[a-z-]*… (8) " bar
'

test_expect_success 'a prompt label fits whole at 80 columns' '
	keys x && wait_for "Export all notes, format (md json csv html org): md" &&
	keys Escape
'

test_expect_success 'at 50 columns it ends in an ellipsis, the text still shown' '
	T resize-window -t t -x 50 -y 20 &&
	keys x && wait_for "Export all notes, format" &&
	screen | tail -n 1 | grep -q "^Export all notes, format (md …md" &&
	keys Escape && keys Q && wait_exit 0
'

test_done
