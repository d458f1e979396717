#!/bin/sh
# t3000: gloss note add/rm/undo/edit/tag and gloss notes.
. "$top_srcdir/tests/cli/lib.sh"

F=lib/2024-01-11-state-blinken-cho-call.txt
Q="Secretary Blinken congratulated Foreign Minister Cho on assuming his new role"

test_expect_success 'note add by quote prints the new id' '
	copy_seeds lib &&
	"$GLOSS" note add "$F" --quote "$Q" --note "First call with *Cho*" --tag korea --tag alliance >id &&
	test "$(cat id)" = 1
'

test_expect_success 'note add by range, options after FILE' '
	"$GLOSS" note add "$F" --range 414:425 --note "his name" >id &&
	test "$(cat id)" = 2
'

test_expect_success 'notes lists both with quote, range and tags' '
	"$GLOSS" notes lib >out &&
	test $(wc -l <out) = 2 &&
	grep "^1	2024-01-11-state-blinken-cho-call.txt	427:504	\[alliance,korea\]	“$Q” — First call with \*Cho\*$" out &&
	grep "^2	.*	414:425		“Cho Tae-yul” — his name$" out
'

test_expect_success 'notes --json of one FILE' '
	"$GLOSS" notes "$F" --json >out.json &&
	python3 - out.json "$Q" <<-PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	assert [n["id"] for n in d] == [2, 1], d
	n = d[1]
	assert n["quote"] == sys.argv[2] and n["note"] == "First call with *Cho*"
	assert n["tags"] == ["alliance", "korea"] and n["orphan"] is False
	src = open("$F", "rb").read()
	assert src[n["start"]:n["end"]].decode() == n["quote"]
	assert src[n["start"] - len(n["prefix"].encode()):n["start"]].decode() == n["prefix"]
	assert len(n["prefix"].encode()) == 32 and len(n["suffix"].encode()) == 32
	PY
'

test_expect_success 'an ambiguous or missing quote is refused (exit 1)' '
	test_exit_code 1 "$GLOSS" note add "$F" --quote Blinken 2>err &&
	grep "occurs 5 times" err &&
	test_exit_code 1 "$GLOSS" note add "$F" --quote "not in the text" 2>err &&
	grep "not in the article" err
'

test_expect_success 'bad usage exits 2' '
	test_exit_code 2 "$GLOSS" note add "$F" &&
	test_exit_code 2 "$GLOSS" note add "$F" --quote a --range 1:2 &&
	test_exit_code 2 "$GLOSS" note add "$F" --range 5:2 &&
	test_exit_code 2 "$GLOSS" note add "$F" --quote x --tag "a,b" &&
	test_exit_code 2 "$GLOSS" note rm abc lib &&
	test_exit_code 2 "$GLOSS" note frob
'

test_expect_success 'a range that splits a UTF-8 character is refused' '
	test_exit_code 1 "$GLOSS" note add "$F" --range 25:30 2>err &&
	grep "splits a UTF-8 character" err
'

test_expect_success 'note tag, filter by tag (case ignored)' '
	"$GLOSS" note tag 2 Person --dir lib &&
	"$GLOSS" notes lib --tag person >out &&
	test $(wc -l <out) = 1 && grep "^2	" out &&
	"$GLOSS" notes lib --tag KOREA >out &&
	test $(wc -l <out) = 1 && grep "^1	" out
'

test_expect_success 'article tags select their notes too' '
	"$GLOSS" tag "$F" seoul &&
	"$GLOSS" notes lib --tag seoul >out &&
	test $(wc -l <out) = 2
'

test_expect_success 'note rm is soft, undo brings the note back (a new process)' '
	"$GLOSS" note rm 1 lib &&
	"$GLOSS" notes lib >out &&
	test $(wc -l <out) = 1 &&
	"$GLOSS" notes lib --deleted >out &&
	grep "^1	" out &&
	test_exit_code 1 "$GLOSS" note rm 1 lib &&
	"$GLOSS" note undo lib >out &&
	grep "undid note-delete of note 1" out &&
	"$GLOSS" notes lib >out &&
	test $(wc -l <out) = 2
'

test_expect_success 'note edit and its undo' '
	"$GLOSS" note edit 2 --note "Cho Tae-yul, ROK foreign minister" lib &&
	"$GLOSS" notes lib --json | grep "ROK foreign minister" &&
	"$GLOSS" note undo lib &&
	"$GLOSS" notes lib --json | grep "\"note\":\"his name\""
'

test_expect_success 'undo walks back to nothing, then says so' '
	"$GLOSS" note undo lib && "$GLOSS" note undo lib && "$GLOSS" note undo lib &&
	"$GLOSS" notes lib >out && test ! -s out &&
	test_exit_code 1 "$GLOSS" note undo lib 2>err &&
	grep "nothing to undo" err &&
	test "$(python3 -c "import sqlite3; print(sqlite3.connect(\"lib/.gloss.db\").execute(\"SELECT count(*) FROM notes\").fetchone()[0])")" = 2
'

test_expect_success 'an undo log entry of an unknown op is an error and stays' '
	python3 -c "import sqlite3; c=sqlite3.connect(\"lib/.gloss.db\"); c.execute(\"INSERT INTO undo_log(op, note_id, before, at) VALUES (\x27note-frobnicate\x27, 1, NULL, \x272030-01-01T00:00:00Z\x27)\"); c.commit()" &&
	test_exit_code 1 "$GLOSS" note undo lib 2>err &&
	grep "^gloss: .*note-frobnicate.*cannot undo" err &&
	test_exit_code 1 "$GLOSS" note undo lib 2>err &&
	grep "note-frobnicate" err &&
	python3 -c "import sqlite3; c=sqlite3.connect(\"lib/.gloss.db\"); c.execute(\"DELETE FROM undo_log WHERE op = \x27note-frobnicate\x27\"); c.commit()" &&
	test_exit_code 1 "$GLOSS" note undo lib 2>err &&
	grep "nothing to undo" err
'

test_expect_success 'redo does again, in order, what undo took back (a new process each time)' '
	"$GLOSS" note add "$F" --range 414:425 --note "third" >id3 &&
	n=$(cat id3) &&
	"$GLOSS" note tag "$n" harbour --dir lib &&
	"$GLOSS" note edit "$n" --note "third, edited" lib &&
	"$GLOSS" note undo lib >out && grep "undid note-edit of note $n" out &&
	"$GLOSS" note undo lib >out && grep "undid note-tag of note $n" out &&
	"$GLOSS" note undo lib >out && grep "undid note-add of note $n" out &&
	"$GLOSS" notes lib >out && ! grep "^$n	" out &&
	"$GLOSS" note redo lib >out && grep "redid note-add of note $n" out &&
	"$GLOSS" note redo lib >out && grep "redid note-tag of note $n" out &&
	"$GLOSS" note redo lib >out && grep "redid note-edit of note $n" out &&
	"$GLOSS" notes lib >out &&
	grep "^$n	.*\[harbour\]	“Cho Tae-yul” — third, edited$" out &&
	test_exit_code 1 "$GLOSS" note redo lib 2>err &&
	grep "nothing to redo" err
'

test_expect_success 'a new action after an undo empties the redo log' '
	"$GLOSS" note undo lib >out &&
	grep "undid note-edit of note $(cat id3)" out &&
	"$GLOSS" note edit "$(cat id3)" --note "a third text" lib &&
	test_exit_code 1 "$GLOSS" note redo lib 2>err &&
	grep "nothing to redo" err &&
	"$GLOSS" notes lib --json | grep "a third text"
'

test_expect_success 'note restore brings back a deleted note, also one undo cannot reach' '
	"$GLOSS" notes lib --deleted >out &&
	grep "^1	" out &&
	"$GLOSS" note edit "$(cat id3)" --note "a fourth text" lib &&
	test_exit_code 1 "$GLOSS" note edit 1 --note x lib 2>err &&
	grep "note 1 is deleted (gloss note restore 1 brings it back)" err &&
	"$GLOSS" note restore 1 lib &&
	"$GLOSS" notes lib >out &&
	grep "^1	" out &&
	grep "a fourth text" out &&
	test_exit_code 1 "$GLOSS" note restore 1 lib 2>err &&
	grep "note 1 is not deleted" err &&
	test_exit_code 1 "$GLOSS" note restore 99 lib 2>err &&
	grep "no note 99" err &&
	test_exit_code 2 "$GLOSS" note restore lib &&
	"$GLOSS" note undo lib >out &&
	grep "undid note-restore of note 1" out &&
	"$GLOSS" notes lib --deleted >out &&
	grep "^1	" out
'

test_expect_success 'untrusted text is sanitized on a terminal but kept in the data' '
	printf "Title: Evil\n\nA line with \033]0;pwned\007 inside.\n" >lib/evil.txt &&
	"$GLOSS" note add lib/evil.txt --range 25:35 --note "$(printf "bad \033[2J")" >/dev/null &&
	"$GLOSS" notes lib/evil.txt --json | python3 -c "import json,sys; d=json.load(sys.stdin); assert d[0][\"quote\"] == \"\\x1b]0;pwned\\x07\", d"
'

test_done
