#!/bin/sh
# Highlights from the engine: colours per type, ] [ to the next entity,
# * # to the next mention of the same entity, E for the side pane.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/000_5512f4e0b11210a8.txt
esc=$(printf '\033')

test_expect_success 'highlighted names carry their colour' '
	tui_start 100 30 $A &&
	wait_for "Takeshi Iwaya is set to" &&
	screen_e >e &&
	grep -q "${esc}\[33mTakeshi Iwaya" e &&
	grep -q "${esc}\[32mSouth Korea" e &&
	grep -q "${esc}\[35mMonday" e &&
	! grep -q "PERSON 0 " "$TRASH/screen"
'

test_expect_success '] and [: next and previous entity' '
	keys g && wait_cursor Japanese &&
	keys "]" && wait_cursor "Takeshi Iwaya is" &&
	keys "]" && wait_cursor "South Korea" &&
	keys "[" && wait_cursor "Takeshi"
'

test_expect_success '* and #: the next and previous mention of the same person' '
	keys "*" && wait_cursor "Iwaya will engage" &&
	keys "*" && wait_cursor "Iwaya’s objective" &&
	keys "#" && wait_cursor "Iwaya will engage" &&
	keys "#" && wait_cursor "Takeshi"
'

test_expect_success '* with no entity under the cursor says so' '
	keys g && keys "*" && wait_for "No entity under the cursor"
'

test_expect_success 'E opens the entities pane with counts; Enter jumps' '
	keys E && wait_for "Entities" &&
	grep -q "P Takeshi Iwaya *[0-9]" "$TRASH/screen" &&
	keys Tab && keys Enter &&
	keys E && wait_gone "Entities" &&
	wait_cursor "Takeshi"
'

test_expect_success '1 turns PERSON highlights off, 1 on again' '
	keys 1 && wait_for "PERSON off" &&
	screen_e >e && ! grep -q "${esc}\[33mTakeshi" e &&
	keys 1 && wait_gone "PERSON off" &&
	grep -q "PERSON [1-9]" "$TRASH/screen" &&
	keys q q && wait_exit 0
'

test_done
