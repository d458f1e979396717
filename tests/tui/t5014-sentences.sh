#!/bin/sh
# The reader's sentences are the core's (text.h): an abbreviation the
# highlight engine reads as part of a date ("Jan. 20") or a title
# ("Mr. Smith") ends no sentence, for ) and ( and for the passage a takes.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

mkdir -p talks &&
printf 'Title: Talks\n\nThe talks began on Jan. 20 in Geneva. Mr. Smith spoke first. They ended late.\n\nA second paragraph.\n' >talks/talks.txt

test_expect_success ') goes over Jan. 20 and Mr. Smith to the next sentence' '
	tui_start 160 20 talks/talks.txt &&
	wait_for "The talks began on" &&
	wait_cursor "The talks" &&
	keys ")" && wait_cursor "Mr. Smith spoke" &&
	keys ")" && wait_cursor "They ended" &&
	keys ")" && wait_cursor "A second" &&
	keys "(" && wait_cursor "They ended" &&
	keys "(" && wait_cursor "Mr. Smith spoke"
'

test_expect_success 'a takes the whole sentence with its date as its passage' '
	keys "(" && wait_cursor "The talks" &&
	keys w w w w && wait_cursor "Jan" &&
	keys a && wait_for "New note on The talks began on Jan. 20 in Geneva." &&
	keys Escape && wait_for "Note not saved" &&
	keys q q && wait_exit 0
'

test_expect_success 'the engine reads the same date the sentence keeps whole' '
	"$GLOSS" entities talks/talks.txt >ents &&
	grep "\"type\":\"DATE\"" ents | grep -q "\"text\":\"Jan. 20\""
'

test_expect_success 'v ) selects the sentence and stops before the next one' '
	tui_start 160 20 talks/talks.txt &&
	wait_for "The talks began on" &&
	wait_cursor "The talks" &&
	keys v && wait_for "Selection: move the cursor" &&
	keys ")" a && wait_for "New note on The talks began" &&
	keys -l "one" && keys Enter && wait_for "Note added" &&
	"$GLOSS" notes talks/talks.txt --json >n.json &&
	grep -q "\"quote\":\"The talks began on Jan. 20 in Geneva.\"" n.json
'

test_expect_success 'a second v ends the selection: the cursor moves on, the selection stays' '
	keys "(" && wait_cursor "The talks" &&
	keys v && wait_for "Selection: move the cursor" &&
	keys w w v && wait_for "Selected: a annotates" &&
	keys w w a && wait_for "New note on The talks began" &&
	keys -l "two" && keys Enter && wait_for "Note added" &&
	"$GLOSS" notes talks/talks.txt --json >n.json &&
	grep -q "\"quote\":\"The talks began\"" n.json
'

test_expect_success 'Esc lets an ended selection go' '
	keys v && wait_for "Selection: move the cursor" &&
	keys w v && wait_for "Selected: a annotates" &&
	keys Escape && keys a && wait_for "Note 1 on The talks began on Jan. 20" &&
	keys Escape && keys q q && wait_exit 0
'

test_done
