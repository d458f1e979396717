#!/bin/sh
# t1001: listing a library, titles, dates, tags, and the sidecar.
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success 'list --json shows the eight seeds with their titles' '
	copy_seeds lib &&
	"$GLOSS" list lib --json >out.json &&
	python3 - out.json <<-PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	assert len(d) == 8, len(d)
	t = {x["path"]: x for x in d}
	assert t["2024-01-11-state-blinken-cho-call.txt"]["title"] == "Secretary Blinken\u2019s Call with Republic of Korea Foreign Minister Cho"
	assert t["2024-01-11-state-blinken-cho-call.txt"]["date"] == "2024-01-11"
	assert t["2024-01-11-state-blinken-cho-call.txt"]["license"].startswith("public domain")
	h = t["000_5512f4e0b11210a8.txt"]["title"]
	assert h.startswith("Japanese Foreign Minister Takeshi Iwaya"), h
	assert all(x["read"] is False and x["tags"] == [] for x in d)
	assert [x["date"] for x in d][:7] == sorted([x["date"] for x in d][:7], reverse=True)
	PY
'
test_expect_success 'the sidecar is DIR/.gloss.db' '
	test -f lib/.gloss.db
'
test_expect_success 'list --limit' '
	"$GLOSS" list lib --limit 3 >out &&
	test "$(wc -l <out)" -eq 3
'
test_expect_success 'a bad --limit is a usage error' '
	test_exit_code 2 "$GLOSS" list lib --limit x 2>err &&
	grep -q "needs a number" err &&
	test_exit_code 2 "$GLOSS" search Seoul lib --limit -1
'
test_expect_success 'a new file appears, a removed one disappears' '
	printf "Title: Fresh\nDate: 2030-01-01\n\nNew text.\n" >lib/fresh.txt &&
	"$GLOSS" list lib >out &&
	head -n 1 out | grep -q Fresh &&
	rm lib/fresh.txt &&
	"$GLOSS" list lib >out &&
	! grep -q Fresh out
'
test_expect_success 'an edited file shows its new title after sync' '
	printf "Title: Before\n\nText.\n" >lib/edit.txt &&
	"$GLOSS" list lib | grep -q Before &&
	printf "Title: After, a longer title\n\nText.\n" >>lib/edit.txt.new &&
	cat lib/edit.txt.new >lib/edit.txt && rm lib/edit.txt.new &&
	"$GLOSS" sync lib >out &&
	grep -q "1 read" out &&
	"$GLOSS" list lib | grep -q "After, a longer title"
'
test_expect_success 'tag, list by tag, tags, untag' '
	"$GLOSS" tag lib/2024-01-11-state-blinken-cho-call.txt korea calls &&
	"$GLOSS" tag lib/2023-11-10-state-blinken-yoon-meeting.txt Korea &&
	"$GLOSS" list lib --tag korea >out &&
	test "$(wc -l <out)" -eq 2 &&
	"$GLOSS" tags lib >out &&
	grep -q "^2	korea" out && grep -q "^1	calls" out &&
	"$GLOSS" untag lib/2024-01-11-state-blinken-cho-call.txt calls &&
	"$GLOSS" list lib --json --tag korea | grep -q "\"tags\":\[\"korea\"\]"
'
test_expect_success 'a tag used only on notes is counted and filters the list' '
	"$GLOSS" note add lib/2024-03-19-state-blinken-marcos-meeting.txt --range 0:9 --note "n" --tag maritime >id &&
	"$GLOSS" tags lib >out &&
	grep -q "^1	maritime	1$" out &&
	grep -q "^2	korea	0$" out &&
	"$GLOSS" list lib --tag maritime >out &&
	test "$(wc -l <out)" -eq 1 &&
	grep -q "marcos-meeting" out &&
	"$GLOSS" note rm "$(cat id)" lib &&
	"$GLOSS" tags lib >out &&
	grep -q "^0	maritime	0$" out &&
	"$GLOSS" list lib --tag maritime >out &&
	! grep . out
'
test_expect_success 'a bad tag is a usage error' '
	test_exit_code 2 "$GLOSS" tag lib/2024-01-11-state-blinken-cho-call.txt "a,b" 2>err &&
	grep -q "not a valid tag" err
'
test_expect_success 'tags of a file in a subfolder go to the library sidecar' '
	mkdir -p lib/sub && cp lib/2024-02-29-state-blinken-cho-meeting.txt lib/sub/copy.txt &&
	"$GLOSS" tag lib/sub/copy.txt subtag &&
	"$GLOSS" list lib --tag subtag | grep -q "sub/copy.txt" &&
	test ! -e lib/sub/.gloss.db
'
test_expect_success 'a moved file keeps its tags' '
	mv lib/2023-11-10-state-blinken-yoon-meeting.txt lib/sub/yoon.txt &&
	"$GLOSS" list lib --tag korea | grep -q "sub/yoon.txt"
'
# Root writes into a read-only folder anyway: then the test is skipped.
test_expect_success SANITY 'a read-only folder keeps its sidecar in XDG_STATE_HOME' '
	test_when_finished "chmod 755 ro" &&
	copy_seeds ro && chmod 555 ro &&
	"$GLOSS" list ro >out 2>err &&
	grep -q "not writable" err &&
	test "$(wc -l <out)" -eq 8 &&
	ls "$XDG_STATE_HOME"/gloss/ro-*.db &&
	test ! -e ro/.gloss.db
'
test_expect_success SANITY 'a read-only folder with a sidecar shows its notes and refuses writes, naming --db' '
	test_when_finished "chmod -R u+w shared" &&
	copy_seeds shared &&
	"$GLOSS" note add shared/2024-01-11-state-blinken-cho-call.txt --quote "Cho Tae-yul" --note "shared note" &&
	chmod 444 shared/.gloss.db* && chmod 555 shared &&
	"$GLOSS" notes shared >out 2>err &&
	grep -q "shared note" out &&
	grep -q "read-only" err &&
	"$GLOSS" notes shared >out 2>err &&
	grep -q "shared note" out &&
	test ! -s err &&
	test_exit_code 1 "$GLOSS" note add shared/2024-01-11-state-blinken-cho-call.txt --quote "Cho Tae-yul" --note two 2>err &&
	grep -q -- "--db" err &&
	! ls "$XDG_STATE_HOME"/gloss/shared-*.db
'
test_expect_success '--db puts the sidecar elsewhere' '
	copy_seeds lib2 &&
	"$GLOSS" --db "$PWD/other.db" list lib2 >out &&
	test -f other.db && test ! -e lib2/.gloss.db
'
test_expect_success 'a sidecar from a newer gloss is read-only with a message' '
	copy_seeds newer && "$GLOSS" list newer >/dev/null &&
	python3 -c "import sqlite3; c=sqlite3.connect(\"newer/.gloss.db\"); c.execute(\"PRAGMA user_version=99\"); c.commit()" &&
	"$GLOSS" list newer >out 2>err &&
	grep -q "newer gloss" err &&
	test_exit_code 1 "$GLOSS" tag newer/2024-01-11-state-blinken-cho-call.txt x 2>err &&
	grep -q "read-only" err
'
test_expect_success 'a damaged sidecar is not written and the message says how to recover' '
	copy_seeds bad && printf "SQLite format 3\0garbage garbage garbage garbage garbage garbage garbage" >bad/.gloss.db &&
	cp bad/.gloss.db before.db &&
	test_exit_code 1 "$GLOSS" list bad 2>err &&
	grep -q -i "recover\|not a database" err &&
	cmp bad/.gloss.db before.db
'
test_expect_success 'a missing folder is an error (1)' '
	test_exit_code 1 "$GLOSS" list no-such-dir 2>err &&
	grep -q "^gloss: no-such-dir: No such file or directory" err
'
test_done
