#!/bin/sh
# Corrections win everywhere: one made with `gloss entity` shows in the
# interface (and m does not bring the ignored mentions back into the
# index), and one made with c in the interface shows in the commands.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/000_5512f4e0b11210a8.txt
esc=$(printf '\033')

test_expect_success 'before any correction Seoul is a place, everywhere' '
	"$GLOSS" entities $A >ents &&
	grep -q "\"text\":\"Seoul\"" ents &&
	"$GLOSS" mentions Seoul lib >m &&
	grep -q "Seoul" m
'

test_expect_success 'gloss entity ignore: the interface does not highlight it' '
	"$GLOSS" entity ignore Seoul lib &&
	tui_start 100 30 $A &&
	wait_for "traveled to Seoul" &&
	screen_e >e &&
	grep -q "${esc}\[32mSouth Korea" e &&
	! grep -q "${esc}\[32mSeoul" e
'

test_expect_success 'm in the interface leaves the index with the correction' '
	keys g && keys "]" && wait_cursor "Takeshi Iwaya" &&
	keys m && wait_for "Mentions: Takeshi Iwaya" &&
	keys q q q && wait_exit 0 &&
	! "$GLOSS" mentions Seoul lib >m 2>err &&
	grep "no mentions of .Seoul." err
'

test_expect_success 'c then n on an entity: never highlighted, in the commands too' '
	tui_start 100 30 $A &&
	wait_for "Takeshi Iwaya is set to" &&
	keys g && keys "]" "]" && wait_cursor "South Korea" &&
	keys c && wait_for "is always: p person" &&
	wait_for "f forget (Esc: none)" &&
	keys n && wait_for "is never highlighted now" &&
	screen_e >e &&
	! grep -q "${esc}\[32mSouth Korea" e &&
	grep -q "${esc}\[33mTakeshi Iwaya" e &&
	"$GLOSS" entities $A >ents &&
	! grep -q "\"text\":\"South Korea\"" ents &&
	"$GLOSS" mentions "South Korea" lib >m &&
	! grep -q "\[South Korea\]" m
'

test_expect_success 'at 80 columns the question of c is shown whole, on two rows' '
	T resize-window -t t -x 80 -y 24 &&
	keys g && keys "]" && wait_cursor "Takeshi Iwaya" &&
	keys c && wait_for "is always: p person" &&
	wait_for "forget (Esc: none)" &&
	screen | tail -n 2 | head -n 1 | grep -q "is always: p person" &&
	keys Escape && wait_gone "is always: p person" &&
	T resize-window -t t -x 100 -y 30 && wait_for "Takeshi Iwaya is set to"
'

test_expect_success 'c then l makes a person a place; show and export agree' '
	keys g && keys "]" && wait_cursor "Takeshi Iwaya" &&
	keys c && wait_for "is always: p person" &&
	keys l && wait_for "is always a PLACE now" &&
	keys g && wait_cursor Japanese &&
	screen_e >e &&
	grep -q "${esc}\[32mTakeshi Iwaya" e &&
	"$GLOSS" entities $A >ents &&
	grep "\"text\":\"Takeshi Iwaya\"" ents | grep -q "\"type\":\"PLACE\"" &&
	"$GLOSS" show --color=always $A >shown &&
	grep -q "${esc}\[32mTakeshi Iwaya" shown
'

test_expect_success 'c then Esc changes nothing; c then f forgets' '
	keys "]" && wait_cursor "Takeshi Iwaya" &&
	keys c && wait_for "is always: p person" &&
	keys Escape && wait_gone "is always: p person" &&
	"$GLOSS" entities $A | grep "\"text\":\"Takeshi Iwaya\"" | grep -q "\"type\":\"PLACE\"" &&
	keys c && wait_for "is always: p person" &&
	keys f && wait_for "is read by the rules again" &&
	keys g && wait_cursor Japanese &&
	screen_e >e &&
	grep -q "${esc}\[33mTakeshi Iwaya" e &&
	"$GLOSS" entities $A | grep "\"text\":\"Takeshi Iwaya\"" | grep -q "\"type\":\"PERSON\""
'

test_expect_success 'c with nothing under the cursor says so' '
	keys g && wait_cursor Japanese &&
	keys c && wait_for "Nothing to correct here" &&
	keys q q && wait_exit 0
'

test_done
