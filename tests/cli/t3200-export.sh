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
	    text = open("lib/" + a["target"]["source"], encoding="utf-8").read()
	    # positions are code points, as the model defines them
	    assert text[p["start"]:p["end"]] == q["exact"], (text[p["start"]:p["end"]], q["exact"])
	    assert text[:p["start"]].endswith(q["prefix"]) and text[p["end"]:].startswith(q["suffix"])
	    raw = open("lib/" + a["target"]["source"], "rb").read()
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

test_done
