#!/bin/sh
# T in the reader corrects one mention: person, place, date, none, then the
# engine's own again. The highlight, the status line's counts and ] follow
# at once; the other mentions of the same text keep their type; the
# command line sees the same correction.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

esc=$(printf '\033')
A=mine/a.txt

# counts: the status line (the last row), after C-l took the message away
counts() {
	keys C-l && wait_gone "here only" && wait_gone "engine's again" && wait_gone "mention's correction" &&
	screen | tail -n 1 >bar &&
	grep -q "PERSON $1 .*PLACE $2 .*DATE $3" bar
}

test_expect_success 'setup: an article whose mentions the engine finds' '
	mkdir mine &&
	printf "Title: Harbour\n\nMaria Lopez met the mayor in Paris on Monday.\nLater Lopez flew from Paris to Lyon.\n" >$A &&
	"$GLOSS" entities $A >ents &&
	test $(grep -c "\"text\":\"Paris\".*PLACE\|PLACE.*\"text\":\"Paris\"" ents) = 2 &&
	tui_start 100 20 $A &&
	wait_for "Maria Lopez met" &&
	counts 2 3 1
'
test_expect_success 'T on a place makes it a date, here only' '
	keys g && wait_cursor Maria && keys "]" && wait_cursor Paris &&
	keys T && wait_for "This mention is a DATE now, here only (u undoes; T: none)" &&
	counts 2 2 2 &&
	screen_e >e &&
	grep -q "${esc}\[32mParis${esc}\[[0-9;]*m to" e &&
	"$GLOSS" entities $A >ents &&
	grep "\"start\":45," ents | grep -q "\"type\":\"DATE\".*\"corrected\":true" &&
	grep "\"start\":84," ents | grep -q "\"type\":\"PLACE\"" &&
	! grep "\"start\":84," ents | grep -q corrected
'
test_expect_success 'T again: none, not highlighted, and ] goes past it' '
	keys T && wait_for "This mention is not highlighted now" &&
	counts 2 2 1 &&
	"$GLOSS" entities $A >ents &&
	! grep -q "\"start\":45," ents &&
	"$GLOSS" entity list mine >list &&
	grep -q "^at	a.txt:45:50	NONE	Paris\$" list &&
	keys g && wait_cursor Maria && keys "]" && wait_cursor Monday
'
test_expect_success 'T on the passage again: the engine'"'"'s own type comes back' '
	keys W W && wait_cursor Paris &&
	keys T && wait_for "again (u undoes; T: DATE)" &&
	counts 2 3 1 &&
	"$GLOSS" entity list mine >list &&
	! grep -q "^at" list &&
	"$GLOSS" entities $A | grep "\"start\":45," | grep -q "\"type\":\"PLACE\""
'
test_expect_success 'T on a selection the engine did not mark adds a person there' '
	keys g && wait_cursor Maria &&
	keys w w w w && wait_cursor mayor &&
	keys v && keys T && wait_for "This mention is a PERSON now" &&
	counts 3 3 1 &&
	"$GLOSS" entities $A | grep -q "\"text\":\"mayor\",\"corrected\":true"
'
test_expect_success 'u undoes the last T, C-r does it again' '
	keys u && wait_for "Undone: the mention'"'"'s correction" &&
	counts 2 3 1 &&
	! "$GLOSS" entities $A | grep -q "\"text\":\"mayor\"" &&
	keys C-r && wait_for "Redone: the mention'"'"'s correction" &&
	counts 3 3 1 &&
	"$GLOSS" entities $A | grep -q "\"text\":\"mayor\",\"corrected\":true"
'
test_expect_success 'T with nothing under the cursor says so' '
	keys g && wait_cursor Maria && keys w w && wait_cursor met &&
	keys T && wait_for "Nothing to retype here" &&
	keys q q && wait_exit 0
'
test_done
