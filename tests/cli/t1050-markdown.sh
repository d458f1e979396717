#!/bin/sh
# t1050: a Markdown article with front matter: its title, visible text,
# entities, search, notes and tags, all in the file's own bytes.
. "$top_srcdir/tests/cli/lib.sh"

F=lib/2024-05-02-lighthouse.md
Q="She climbed the two hundred steps every evening before dusk."

# span NAME: "start end" of the person NAME in gloss entities' output
span() {
	python3 -c "
import json, sys
for line in open('ent'):
    e = json.loads(line)
    if e['type'] == 'PERSON' and e['text'] == sys.argv[1]:
        print(e['start'], e['end'])
        break
" "$1"
}

# bytes S E: the file's bytes [S, E)
bytes() {
	python3 -c "
import sys
print(open('$F', 'rb').read()[int(sys.argv[1]):int(sys.argv[2])].decode())
" "$1" "$2"
}

# note_text ID: the file's bytes at the note's current range
note_text() {
	"$GLOSS" notes lib --json >notes.json &&
	python3 -c "
import json, sys
n = {n['id']: n for n in json.load(open('notes.json'))}[int(sys.argv[1])]
assert not n['orphan'], n
print(open('$F', 'rb').read()[n['start']:n['end']].decode())
" "$1"
}

# bump: a later mtime, so that a sync reads the file again
bump() {
	python3 -c "
import os
st = os.stat('$F')
os.utime('$F', ns=(st.st_atime_ns, st.st_mtime_ns + 2000000000))
"
}

test_expect_success 'setup: a library with one Markdown article' '
	mkdir lib &&
	cat >"$F" <<-\EOF &&
	---
	title: "The Lighthouse Keepers of Brest"
	source: https://example.org/keepers
	author: [Ines Marrec]
	published: 2024-05-02
	tags: [coast, history]
	---
	# The Lighthouse Keepers of Brest

	The keeper **Anne Le Guen** kept the light burning through the winter,
	and her logbook is now in the museum.

	> She climbed the two hundred steps every evening before dusk.

	Her brother [Yves Le Guen](http://x.example/kerlouan) said the storm &amp; the fog
	were worse than anything he had seen.

	- a list item about *tides*
	- another about the cliffs
	EOF
	"$GLOSS" sync lib
'

test_expect_success 'list shows the front matter title and date' '
	"$GLOSS" list lib >out &&
	grep -F "The Lighthouse Keepers of Brest" out &&
	grep -F 2024-05-02 out
'

test_expect_success 'show prints the visible text, no markup' '
	"$GLOSS" show "$F" >out &&
	grep -F "The keeper Anne Le Guen kept the light" out &&
	grep -F "Her brother Yves Le Guen said the storm & the fog" out &&
	grep -F "Author: Ines Marrec" out &&
	! grep -F "**" out &&
	! grep -F "#" out &&
	! grep -F "kerlouan" out &&
	! grep -F "&amp;" out &&
	! grep -F "title:" out &&
	test "$(grep -c "Lighthouse Keepers" out)" = 1
'

test_expect_success 'entities: a person in bold and in a link, at the file bytes of the name' '
	"$GLOSS" entities "$F" >ent &&
	s=$(span "Anne Le Guen") && test -n "$s" &&
	test "$(bytes $s)" = "Anne Le Guen" &&
	s=$(span "Yves Le Guen") && test -n "$s" &&
	test "$(bytes $s)" = "Yves Le Guen"
'

test_expect_success 'mentions show the words around a name as read' '
	"$GLOSS" mentions "Yves Le Guen" lib >out &&
	grep -F "Her brother [Yves Le Guen] said the storm &" out
'

test_expect_success 'search finds a word of the text, not of a link address' '
	"$GLOSS" search logbook lib >out &&
	grep -F lighthouse.md out &&
	"$GLOSS" search kerlouan lib >out &&
	! grep -F lighthouse.md out
'

test_expect_success 'a note on a quoted passage anchors on its bytes' '
	"$GLOSS" note add "$F" --quote "$Q" --note "the steps" >id &&
	test "$(note_text "$(cat id)")" = "$Q"
'

test_expect_success 'the note survives text inserted above it' '
	python3 -c "
p = \"$F\"
s = open(p, encoding=\"utf-8\").read()
s = s.replace(\"The keeper\", \"A new **opening** paragraph.\\n\\nThe keeper\")
open(p, \"w\", encoding=\"utf-8\").write(s)
" &&
	bump &&
	test "$(note_text "$(cat id)")" = "$Q"
'

test_expect_success 'front matter tags are the article tags' '
	"$GLOSS" tags lib >out &&
	grep -E "^1[[:space:]]+coast" out &&
	grep -E "^1[[:space:]]+history" out
'

test_expect_success 'a front matter tag the user removed is not added again' '
	"$GLOSS" untag "$F" coast &&
	python3 -c "
p = \"$F\"
s = open(p, encoding=\"utf-8\").read()
open(p, \"w\", encoding=\"utf-8\").write(s + \"\\nOne more line.\\n\")
" &&
	bump &&
	"$GLOSS" sync lib &&
	"$GLOSS" list lib >out &&
	grep -F "[history]" out &&
	"$GLOSS" tags lib >out &&
	! grep -E "^[1-9][0-9]*[[:space:]]+coast" out
'

test_done
