#!/bin/sh
# t3100: notes follow their passage when the article file is edited.
. "$top_srcdir/tests/cli/lib.sh"

F=lib/2024-01-11-state-blinken-cho-call.txt
Q="Secretary Blinken thanked Foreign Minister Cho for the ROK signing the January 9 joint statement"

# range_text ID: the bytes of the file at the note's current range
note_field() {
	"$GLOSS" notes lib --json | python3 -c "
import json, sys
d = {n['id']: n for n in json.load(sys.stdin)}
n = d[int(sys.argv[1])]
if sys.argv[2] == 'text':
    src = open('$F', 'rb').read()
    print(src[n['start']:n['end']].decode())
else:
    print(n[sys.argv[2]])
" "$1" "$2"
}

# edit PY-EXPR: rewrites the file with s = the text, keeps the mtime moving
edit() {
	python3 - "$F" "$1" <<-PY
	import sys, os
	p = sys.argv[1]
	s = open(p, encoding="utf-8").read()
	s = eval(sys.argv[2])
	open(p, "w", encoding="utf-8").write(s)
	st = os.stat(p)
	os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1000000000))
	PY
}

test_expect_success 'setup: a note on a passage' '
	copy_seeds lib &&
	"$GLOSS" note add "$F" --quote "$Q" --note "joint statement" >id &&
	test "$(cat id)" = 1 &&
	"$GLOSS" note add "$F" --quote "Cho Tae-yul" >id &&
	test "$(cat id)" = 2
'

test_expect_success 'text inserted before the passage: the note moves with it' '
	old=$(note_field 1 start) &&
	edit "s.replace(\"The below is\", \"UPDATED: a new paragraph.\\n\\nThe below is\")" &&
	new=$(note_field 1 start) &&
	test "$new" -gt "$old" &&
	test "$(note_field 1 text)" = "$Q" &&
	test "$(note_field 1 orphan)" = False
'

test_expect_success 'a word changed inside the passage: fuzzy, whole passage' '
	edit "s.replace(\"joint statement\", \"joint declaration\")" &&
	test "$(note_field 1 text)" = "Secretary Blinken thanked Foreign Minister Cho for the ROK signing the January 9 joint declaration" &&
	test "$(note_field 1 orphan)" = False &&
	test "$(note_field 2 text)" = "Cho Tae-yul"
'

test_expect_success 'the passage duplicated elsewhere: the note stays on the original' '
	orig=$(note_field 1 start) &&
	edit "s.replace(\"The below is attributable\", \"Quoted in the press release: Secretary Blinken thanked Foreign Minister Cho for the ROK signing the January 9 joint declaration. The below is attributable\")" &&
	new=$(note_field 1 start) &&
	test "$(note_field 1 text)" = "Secretary Blinken thanked Foreign Minister Cho for the ROK signing the January 9 joint declaration" &&
	python3 -c "
import sys
s = open(\"$F\", \"rb\").read()
first = s.find(b\"Secretary Blinken thanked\")
assert int(sys.argv[1]) > first, (sys.argv[1], first)
" "$new"
'

test_expect_success 'the passage deleted: an orphan, still listed with its quote' '
	edit "s.replace(\"Secretary Blinken thanked Foreign Minister Cho for the ROK signing the January 9 joint declaration\", \"\")" &&
	! grep "Secretary Blinken thanked" "$F" &&
	test "$(note_field 1 orphan)" = True &&
	"$GLOSS" notes lib >out &&
	grep "^1	2024-01-11-state-blinken-cho-call.txt	orphan	" out &&
	test "$(note_field 2 text)" = "Cho Tae-yul"
'

test_expect_success 'an orphan is exported in its own section' '
	"$GLOSS" export lib >out.md &&
	grep "^## Orphaned notes" out.md &&
	grep "joint declaration" out.md
'

test_expect_success 'an orphan is re-attached by selecting a passage, and it is undoable' '
	"$GLOSS" note attach 1 --quote "Secretary Blinken also congratulated the ROK" lib &&
	test "$(note_field 1 orphan)" = False &&
	test "$(note_field 1 text)" = "Secretary Blinken also congratulated the ROK" &&
	"$GLOSS" note undo lib | grep note-anchor &&
	test "$(note_field 1 orphan)" = True
'

test_expect_success 'the passage restored: the orphan comes back by itself' '
	edit "s.replace(\"world.  condemning\", \"world. $Q condemning\")" &&
	test "$(note_field 1 orphan)" = False &&
	test "$(note_field 1 text)" = "$Q"
'

test_expect_success 'a stray byte right after the quote: the note moves with it, never stays on the old bytes' '
	test "$(note_field 2 text)" = "Cho Tae-yul" &&
	python3 - "$F" <<-PY &&
	import sys, os
	p = sys.argv[1]
	s = open(p, "rb").read()
	assert s.count(b"Cho Tae-yul") == 1
	s = s.replace(b"Cho Tae-yul", b"Cho Tae-yul\x80")
	s = s.replace(b"The below is", b"First sentence, new. The below is", 1)
	open(p, "wb").write(s)
	st = os.stat(p)
	os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1000000000))
	PY
	"$GLOSS" notes lib --json >notes.json &&
	python3 - "$F" notes.json <<-PY
	import json, sys
	src = open(sys.argv[1], "rb").read()
	n = {n["id"]: n for n in json.load(open(sys.argv[2]))}[2]
	assert n["orphan"] or src[n["start"]:n["end"]] == b"Cho Tae-yul", (n, src[n["start"]:n["end"]])
	assert not n["orphan"], n
	PY
'

test_done
