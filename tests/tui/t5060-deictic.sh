#!/bin/sh
# Dates that only say "now" ("now", "today", "currently") are not
# highlighted, counted or visited by ] unless the config says
# `set deictic-dates on`.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

esc=$(printf '\033')
printf 'Title: Ferry notes\nDate: 2025-01-10\n\nThe ferry is today moored at Brindle Quay and sails again on Monday.\n' >"$TRASH/ferry.txt"

test_expect_success 'by default "today" is neither highlighted, counted nor visited' '
	tui_start 100 20 "$TRASH/ferry.txt" &&
	wait_for "moored at" &&
	screen_e >e &&
	grep -q "${esc}\[35mMonday" e &&
	! grep -q "${esc}\[35mtoday" e &&
	grep -q "DATE 1" "$TRASH/screen" &&
	keys g && keys "]" && wait_cursor "Monday" &&
	keys q q && wait_exit 0
'

test_expect_success 'set deictic-dates on shows them' '
	mkdir -p "$XDG_CONFIG_HOME/gloss" &&
	echo "set deictic-dates on" >"$XDG_CONFIG_HOME/gloss/config" &&
	tui_start 100 20 "$TRASH/ferry.txt" &&
	wait_for "moored at" &&
	screen_e >e &&
	grep -q "${esc}\[35mtoday" e &&
	grep -q "DATE 2" "$TRASH/screen" &&
	keys g && keys "]" && wait_cursor "today" &&
	keys q q && wait_exit 0
'

test_done
