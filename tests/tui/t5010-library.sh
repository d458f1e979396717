#!/bin/sh
# Across the library: * and # continue into the next and previous article
# that mentions the entity, m lists every mention (KWIC, grouped by
# article), tags in the list and :filter, x exports.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success '* past the last mention goes on into the next article' '
	tui_start 120 30 $A &&
	wait_for "Secretary of State Antony J. Blinken" &&
	keys / && keys -l "Blinken also" && keys Enter &&
	wait_cursor "Blinken also" &&
	keys "*" && wait_for "Next mention in: Secretary Blinken’s Meeting with Republic of Korea President Yoon" &&
	wait_cursor "Antony J. Blinken met"
'

test_expect_success '# before the first mention goes back into the previous article' '
	keys "#" && wait_for "Previous mention in: Secretary Blinken’s Call with Republic" &&
	wait_cursor "Blinken also"
'

test_expect_success 'm lists the mentions of Blinken in six articles' '
	keys m && wait_for "mentions in 6 articles" &&
	wait_for "Mentions: Antony J. Blinken" &&
	grep -q "Secretary Blinken’s Meeting with Ph" "$TRASH/screen" &&
	grep -q "Japanese Foreign Minister" "$TRASH/screen" &&
	grep -q "Blinken in Tokyo" "$TRASH/screen"
'

test_expect_success 'Enter on a mention opens its article there' '
	keys g j Enter &&
	wait_for "Marcos, Jr." && wait_for "Meeting with Philipp" &&
	keys m && wait_gone "Mentions:"
'

test_expect_success 'E shows the co-occurring entities; s sorts by appearance' '
	keys E && wait_for "Entities" &&
	wait_for "Most often with" &&
	grep -q "Most often with [A-Z]" "$TRASH/screen" &&
	! grep -q "Most often with [a-z]" "$TRASH/screen" &&
	! grep -q "XXXX-" "$TRASH/screen" &&
	keys s && wait_for "Entities in order of appearance" &&
	keys s && wait_for "Entities by count" &&
	keys E && wait_gone "Most often with"
'

test_expect_success 't in the list tags the article; :filter tag: shows only it' '
	keys Tab && keys t && wait_for "Tag article" &&
	keys -l asia && keys Enter && wait_for "Article tagged: asia" &&
	keys : && keys -l "filter tag:as" && keys Tab && wait_for ":filter tag:asia" &&
	keys Enter && wait_for "(1)" &&
	wait_for "Marcos" &&
	keys : && keys -l filter && keys Enter && wait_for "(8)"
'

test_expect_success 'x exports the notes; no overwrite without y' '
	"$GLOSS" note add $A --quote "Cho Tae-yul" --note "new minister" --tag korea >/dev/null &&
	keys x && wait_for "format (md json csv html org)" &&
	keys C-u && keys -l json && keys Enter &&
	wait_for "Export to: ./gloss-notes.json" &&
	keys Enter && wait_for "Notes exported to ./gloss-notes.json" &&
	python3 -c "import json,sys; d=json.load(open(\"gloss-notes.json\")); sys.exit(0 if \"Cho Tae-yul\" in json.dumps(d) else 1)" &&
	keys x Enter && wait_for "Export to: ./gloss-notes.md" && keys Enter &&
	wait_for "Notes exported to ./gloss-notes.md" &&
	grep -q "new minister" gloss-notes.md &&
	keys x Enter && wait_for "Export to:" && keys Enter &&
	wait_for "exists: overwrite? (y/n)" && keys n && wait_for "Not exported" &&
	keys : && keys -l "export md gloss-notes.md" && keys Enter && wait_for "exists" &&
	keys : && keys -l "export! html out.html" && keys Enter && wait_for "Notes exported to out.html" &&
	test -s out.html
'

test_expect_success ':tag tags the note under the cursor' '
	keys q && keys q && keys Q && wait_exit 0 &&
	tui_start 120 30 $A && wait_for "notes 1" &&
	keys / && keys -l "Tae-yul" && keys Enter && wait_cursor "Tae" &&
	keys : && keys -l "tag dprk" && keys Enter && wait_for "Note tagged: dprk" &&
	"$GLOSS" notes $A --tag dprk | grep -q "new minister" &&
	keys Q && wait_exit 0
'

test_done
