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
test_done
