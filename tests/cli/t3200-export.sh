#!/bin/sh
# t3200: gloss export in five formats, each parsed back.
. "$top_srcdir/tests/cli/lib.sh"

F=lib/2024-01-11-state-blinken-cho-call.txt
G=lib/2023-11-10-state-blinken-yoon-meeting.txt

test_expect_success 'setup: notes on two articles, one hostile' '
	copy_seeds lib &&
	test_exit_code 2 "$GLOSS" note add "$F" --quote "Cho Tae-yul" --note "Foreign minister, *since* Jan 2024" --tag korea --tag "people, not" 2>err &&
	grep -q "is not a valid tag" err &&
	"$GLOSS" notes lib >out && test ! -s out &&
	"$GLOSS" note add "$F" --quote "Cho Tae-yul" --note "Foreign minister, *since* Jan 2024" --tag korea --tag people >/dev/null &&
	"$GLOSS" note add "$F" --quote "Secretary of State Antony J. Blinken" --note "=HYPERLINK(\"http://x\")" >/dev/null &&
	"$GLOSS" note add "$G" --range 200:260 --note "<script>alert(1)</script> & \"quotes\"
second line" --tag "us alliance" >/dev/null &&
	"$GLOSS" notes lib >out && test $(wc -l <out) = 3
'

test_expect_success 'default format is Markdown, to stdout' '
	"$GLOSS" export lib >out.md &&
	grep "^# Secretary Blinken’s Call with Republic of Korea Foreign Minister Cho$" out.md &&
	grep "^- Source: <https://" out.md &&
	grep "^- Date: 2024-01-11$" out.md &&
	{ grep "^> Cho Tae\\\\-yul$" out.md || grep "^> Cho Tae-yul$" out.md; } &&
	grep "^#korea #people$" out.md &&
	grep "^Foreign minister, \*since\* Jan 2024$" out.md
'

test_expect_success 'JSON is a W3C AnnotationCollection' '
	"$GLOSS" export --format json lib >out.json &&
	python3 - out.json <<-PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	assert d["@context"] == "http://www.w3.org/ns/anno.jsonld"
	assert d["type"] == "AnnotationCollection" and d["total"] == 3
	items = d["first"]["items"]
	assert d["first"]["type"] == "AnnotationPage" and len(items) == 3
	for a in items:
	    assert a["type"] == "Annotation" and a["id"].startswith("urn:")
	    sel = {s["type"]: s for s in a["target"]["selector"]}
	    q, p = sel["TextQuoteSelector"], sel["TextPositionSelector"]
	    text = open("lib/" + a["gloss:path"], encoding="utf-8").read()
	    # the source is the page the article was saved from (its Source: line)
	    src = [l[8:] for l in text.splitlines() if l.startswith("Source: ")]
	    assert src and a["target"]["source"] == src[0], (a["target"]["source"], src)
	    # positions are code points, as the model defines them
	    assert text[p["start"]:p["end"]] == q["exact"], (text[p["start"]:p["end"]], q["exact"])
	    assert text[:p["start"]].endswith(q["prefix"]) and text[p["end"]:].startswith(q["suffix"])
	    raw = open("lib/" + a["gloss:path"], "rb").read()
	    assert raw[a["gloss:start"]:a["gloss:end"]].decode() == q["exact"]
	cho = [a for a in items if a["target"]["selector"][0]["exact"] == "Cho Tae-yul"][0]
	bodies = cho["body"]
	assert {"type": "TextualBody", "purpose": "commenting", "format": "text/markdown", "value": "Foreign minister, *since* Jan 2024"} in bodies
	assert sorted(b["value"] for b in bodies if b.get("purpose") == "tagging") == ["korea", "people"]
	assert cho["motivation"] == "commenting"
	PY
'

test_expect_success 'CSV parses with one row per note and a header' '
	"$GLOSS" export --format csv lib >out.csv &&
	python3 - out.csv <<-PY
	import csv, sys
	rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
	assert len(rows) == 3, rows
	assert set(rows[0]) >= {"id", "file", "title", "start", "end", "quote", "note", "tags"}
	notes = {r["note"] for r in rows}
	assert "<script>alert(1)</script> & \"quotes\"\nsecond line" in notes, notes
	assert "'"'"'=HYPERLINK(\"http://x\")" in notes, notes
	assert any(r["tags"] == "korea,people" for r in rows)
	PY
'

test_expect_success 'HTML is a valid self-contained page, everything escaped' '
	"$GLOSS" export --format html lib >out.html &&
	xmllint --html --noout out.html 2>err && test ! -s err &&
	! grep "<script>" out.html &&
	grep "&lt;script&gt;" out.html &&
	grep "<span class=\"hl\">Cho Tae-yul</span>" out.html &&
	! grep -i "src=\|<link\|@import" out.html
'

test_expect_success 'Org mode' '
	"$GLOSS" export --format org lib >out.org &&
	grep "^\* Secretary Blinken’s Call with Republic of Korea Foreign Minister Cho$" out.org &&
	grep "^\*\* Cho Tae-yul :korea:people:$" out.org &&
	grep "^#+begin_quote$" out.org
'

test_expect_success '--tag and FILE select notes' '
	"$GLOSS" export --format csv --tag people lib >t.csv &&
	test $(python3 -c "import csv; print(len(list(csv.DictReader(open(\"t.csv\")))))") = 1 &&
	"$GLOSS" export --format csv "$G" >g.csv &&
	test $(python3 -c "import csv; print(len(list(csv.DictReader(open(\"g.csv\")))))") = 1 &&
	"$GLOSS" export --format csv "$F" "$G" >fg.csv &&
	test $(python3 -c "import csv; print(len(list(csv.DictReader(open(\"fg.csv\")))))") = 3
'

test_expect_success '-o writes the file, refuses to overwrite without --force' '
	"$GLOSS" export -o notes.md lib &&
	cmp notes.md out.md &&
	echo keep >keep.md &&
	test_exit_code 1 "$GLOSS" export -o keep.md lib 2>err &&
	grep "exists" err &&
	test "$(cat keep.md)" = keep &&
	"$GLOSS" export --format json -o keep.md --force lib &&
	python3 -c "import json; json.load(open(\"keep.md\"))" &&
	! ls keep.md.tmp* 2>/dev/null
'

test_expect_success 'bad usage' '
	test_exit_code 2 "$GLOSS" export --format pdf lib 2>err &&
	grep -q "unknown format .pdf. (one of md, json, csv, html, org)" err &&
	test_exit_code 2 "$GLOSS" export --bogus lib
'

test_expect_success '--help and the README name every format of the table' '
	"$GLOSS" --help >help &&
	sed -n "/^Export formats/,/^\$/p" help | sed -n "s/^  \([a-z]*\)  .*/\1/p" >names &&
	test "$(cat names | tr "\n" " ")" = "md json csv html org " &&
	sed -n "/^Exports (/,/^\$/p" "$top_srcdir/README.md" | tr "\n" " " >readme &&
	for f in $(cat names); do
		grep -q "\`$f\`" readme || echo "README does not name $f"
	done >missing &&
	cat missing && test ! -s missing
'

test_expect_success 'an empty export is still well formed' '
	mkdir empty && cp "$F" empty/ &&
	"$GLOSS" export --format json empty | python3 -c "import json,sys; assert json.load(sys.stdin)[\"total\"] == 0" &&
	"$GLOSS" export --format html empty >e.html && xmllint --html --noout e.html
'

test_expect_success '-o - writes to stdout, and no file named -' '
	"$GLOSS" export -o - lib >dash.md &&
	cmp dash.md out.md &&
	test ! -e ./- &&
	"$GLOSS" export --format json -o - --force lib >dash.json &&
	python3 -c "import json; json.load(open(\"dash.json\"))" &&
	test ! -e ./-
'

test_expect_success '-o --force never replaces a FIFO or a symlink' '
	mkfifo fifo &&
	test_exit_code 1 "$GLOSS" export -o fifo --force lib 2>err &&
	test -p fifo &&
	grep "fifo: not a regular file" err &&
	echo target >target.md &&
	ln -s target.md link.md &&
	test_exit_code 1 "$GLOSS" export -o link.md --force lib 2>err &&
	test -h link.md &&
	test "$(cat target.md)" = target &&
	grep "link.md: not a regular file" err &&
	ln -s nowhere dangling.md &&
	test_exit_code 1 "$GLOSS" export -o dangling.md --force lib 2>err &&
	test -h dangling.md && test ! -e nowhere &&
	! ls fifo.tmp* link.md.tmp* dangling.md.tmp* 2>/dev/null
'

test_expect_success 'exports carry no raw ESC or BEL from notes or file names' '
	ESC=$(printf "\033") && BEL=$(printf "\007") && CSI=$(printf "\302\233") &&
	copy_seeds hostile &&
	cp "$F" "hostile/esc${ESC}]8;;x${BEL}name.txt" &&
	"$GLOSS" note add "hostile/esc${ESC}]8;;x${BEL}name.txt" --quote "Cho Tae-yul" \
		--note "body ${ESC}[31mred${ESC}[0m ${BEL} and ${ESC}]0;title${BEL} ${CSI}1m c1
	tab	kept" >/dev/null &&
	for f in md csv org html json; do
		"$GLOSS" export --format $f hostile >hostile.$f &&
		if LC_ALL=C grep -q -e "[${ESC}${BEL}]" -e "$CSI" hostile.$f; then echo "raw control in $f"; fi
	done >raw &&
	cat raw && test ! -s raw &&
	grep -q "body ^\[\[31mred" hostile.md &&
	grep -q -F "File: esc^[\\]8;;x^Gname.txt" hostile.md &&
	grep -q "	kept" hostile.md &&
	python3 - hostile.json hostile.csv <<-PY
	import csv, json, sys
	d = json.load(open(sys.argv[1]))
	a = d["first"]["items"][0]
	# JSON escapes what it carries: the body comes back exactly
	assert "\x1b[31mred" in a["body"][0]["value"] and "\x9b1m" in a["body"][0]["value"], a["body"]
	rows = list(csv.reader(open(sys.argv[2], newline="")))
	assert len(rows) == 2 and "\x1b" not in "".join(rows[1])
	assert rows[1][0].endswith("\r") is False
	PY
'

test_expect_success 'the JSON label names the library, not its path' '
	"$GLOSS" export --format json "$PWD/lib" >label.json &&
	python3 -c "import json,sys; l = json.load(open(\"label.json\"))[\"label\"]; assert l == \"gloss notes: lib\", l" &&
	! grep -F "$PWD" label.json
'

test_expect_success 'a file name that is not UTF-8 goes out percent-encoded and comes back exactly' '
	copy_seeds badname &&
	bad=$(printf "badname/bad\377\376.txt") &&
	cp "$F" "$bad" &&
	"$GLOSS" note add "$bad" --quote "Cho Tae-yul" --note "on a bad name" >/dev/null &&
	"$GLOSS" export --format json badname >bad.json &&
	python3 -c "import json; d = json.load(open(\"bad.json\")); s = d[\"first\"][\"items\"][0][\"gloss:path\"]; assert s == \"bad%FF%FE.txt\", s" &&
	"$GLOSS" --db fresh-bad.db import-notes bad.json badname >out &&
	grep "1 note" out &&
	"$GLOSS" --db fresh-bad.db notes badname >notes.tsv &&
	grep -q "on a bad name" notes.tsv &&
	"$GLOSS" --db fresh-bad.db export --format json badname >bad2.json &&
	python3 -c "import json; d = json.load(open(\"bad2.json\")); s = d[\"first\"][\"items\"][0][\"gloss:path\"]; assert s == \"bad%FF%FE.txt\", s"
'

test_done
