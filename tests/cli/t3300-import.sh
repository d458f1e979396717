#!/bin/sh
# t3300: import-notes restores a JSON export into an empty sidecar.
. "$top_srcdir/tests/cli/lib.sh"

F=lib/2024-01-11-state-blinken-cho-call.txt
G=lib/2023-11-10-state-blinken-yoon-meeting.txt

test_expect_success 'setup: notes, tags, an orphan, a deleted note' '
	copy_seeds lib &&
	"$GLOSS" note add "$F" --quote "Cho Tae-yul" --note "Foreign minister
with a second line and \"quotes\"" --tag korea --tag people >/dev/null &&
	"$GLOSS" note add "$F" --quote "ironclad U.S.-ROK alliance" --tag alliance >/dev/null &&
	"$GLOSS" note add "$G" --range 200:260 >/dev/null &&
	"$GLOSS" note add "$G" --range 300:320 --note gone >/dev/null &&
	"$GLOSS" note rm 4 lib &&
	"$GLOSS" note add "$F" --quote "Tawain Strait" --note "typo in the source" >/dev/null &&
	python3 -c "
p = \"$F\"; s = open(p, encoding=\"utf-8\").read()
open(p, \"w\", encoding=\"utf-8\").write(s.replace(\"as well to support peace and stability in the Tawain Strait and the South China Sea\", \"elsewhere\"))
import os; st = os.stat(p); os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))" &&
	"$GLOSS" notes lib --json >before.json &&
	python3 -c "import json; d = json.load(open(\"before.json\")); assert len(d) == 4; assert [n[\"orphan\"] for n in d if n[\"id\"] == 5] == [True], d"
'

test_expect_success 'export JSON, import into a fresh sidecar: nothing lost' '
	"$GLOSS" export --format json -o notes.json lib &&
	"$GLOSS" --db fresh.db import-notes notes.json lib >out &&
	grep "4 notes imported" out &&
	"$GLOSS" --db fresh.db notes lib --json >after.json &&
	python3 - before.json after.json <<-PY
	import json, sys
	a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
	assert a == b, "\n%s\n%s" % (a, b)
	PY
'

test_expect_success 'importing twice adds nothing' '
	"$GLOSS" --db fresh.db import-notes notes.json lib >out &&
	grep "0 notes imported, 4 already there" out &&
	"$GLOSS" --db fresh.db notes lib --json >again.json &&
	cmp after.json again.json
'

test_expect_success 'into a library without the articles: every note is kept as an orphan' '
	mkdir -p elsewhere &&
	printf "Title: Else\n\nNothing of the kind.\n" >elsewhere/else.txt &&
	python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d[\"first\"][\"items\"]))" notes.json >count &&
	"$GLOSS" import-notes notes.json elsewhere >out 2>err &&
	grep "$(cat count) notes imported, $(cat count) kept as orphans" out &&
	"$GLOSS" notes elsewhere --json >orphans.json &&
	python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d) == int(sys.argv[2]) and all(n[\"orphan\"] for n in d), d" orphans.json "$(cat count)" &&
	"$GLOSS" list elsewhere >list &&
	! grep -q blinken list
'

test_expect_success 'when the article arrives, its imported notes take their places' '
	cp lib/2024-01-11-state-blinken-cho-call.txt elsewhere/ &&
	"$GLOSS" notes elsewhere --json >placed.json &&
	python3 - placed.json <<-PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	src = open("elsewhere/2024-01-11-state-blinken-cho-call.txt", "rb").read()
	placed = [n for n in d if not n["orphan"]]
	assert len(placed) >= 2, d
	for n in placed:
	    assert src[n["start"]:n["end"]].decode() == n["quote"], n
	PY
'

test_expect_success 'importing into the library without the articles again adds nothing' '
	"$GLOSS" import-notes notes.json elsewhere >out &&
	grep "0 notes imported, $(cat count) already there" out
'

test_expect_success 'a foreign annotation (no gloss fields) is placed by its quote' '
	cat >foreign.json <<-EOF &&
	[{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
	  "body": {"type": "TextualBody", "value": "from Hypothesis"},
	  "target": {"source": "2024-01-11-state-blinken-cho-call.txt",
	             "selector": [{"type": "TextQuoteSelector", "exact": "vital importance"}]}}]
	EOF
	"$GLOSS" --db other.db import-notes foreign.json lib >out &&
	grep "1 note imported" out &&
	"$GLOSS" --db other.db notes lib --json | python3 -c "
import json, sys
n = json.load(sys.stdin)[0]
src = open(\"$F\", \"rb\").read()
assert src[n[\"start\"]:n[\"end\"]] == b\"vital importance\" and not n[\"orphan\"] and n[\"note\"] == \"from Hypothesis\", n"
'

test_expect_success 'a web annotator'"'"'s annotation of a page lands on the article saved from it' '
	url=$(sed -n "s/^Source: //p" "$F") &&
	cat >web.json <<-EOF &&
	[{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
	  "body": {"type": "TextualBody", "value": "on the page"},
	  "target": {"source": "$url",
	             "selector": [{"type": "TextQuoteSelector", "exact": "vital importance"}]}}]
	EOF
	"$GLOSS" --db web.db import-notes web.json lib >out &&
	grep "1 note imported" out &&
	"$GLOSS" --db web.db notes lib --json | python3 -c "
import json, sys
n = json.load(sys.stdin)[0]
assert n[\"file\"] == \"$(basename "$F")\" and not n[\"orphan\"] and n[\"note\"] == \"on the page\", n"
'

test_expect_success 'bad JSON: a message with line and column, exit 1, nothing written' '
	printf "{\"type\": \"AnnotationCollection\",\n \"first\": [1,}" >bad.json &&
	test_exit_code 1 "$GLOSS" --db bad.db import-notes bad.json lib 2>err &&
	grep "bad.json: line 2, column" err &&
	test_exit_code 1 "$GLOSS" --db bad.db import-notes /nonexistent.json lib &&
	test_exit_code 2 "$GLOSS" import-notes
'

test_expect_success 'an annotation on a file not in the library is an orphan, a bad name fails, the others are kept' '
	python3 - notes.json <<-PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))
	d["first"]["items"][0]["gloss:path"] = "no-such-file.txt"
	d["first"]["items"][1]["gloss:path"] = "sub/../x.txt"
	json.dump(d, open("partial.json", "w"))
	PY
	test_exit_code 1 "$GLOSS" --db partial.db import-notes partial.json lib >out 2>err &&
	grep "sub/../x.txt: not an article" err &&
	grep "3 notes imported, 1 kept as an orphan (its article is not in the library), 1 failed" out
'

test_expect_success 'only articles of the library are named: other paths fail with a message, nothing is read' '
	echo "a secret outside the library" >outside.txt &&
	mkfifo lib/fifo.txt &&
	test_when_finished "rm -f lib/fifo.txt" &&
	python3 - notes.json <<-PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))
	one = d["first"]["items"][0]
	items = []
	for src in ["../outside.txt", "../../../../etc/passwd", "/etc/passwd", "%2e%2e/outside.txt",
	            "./2024-01-11-state-blinken-cho-call.txt", ".gloss.db", "fifo.txt", "/dev/zero"]:
	    a = json.loads(json.dumps(one))
	    a["target"]["source"] = src
	    a["target"]["selector"] = [{"type": "TextQuoteSelector", "exact": "secret"}]
	    for k in ("gloss:note", "gloss:start", "gloss:end", "gloss:hash", "gloss:path"):
	        del a[k]
	    items.append(a)
	json.dump(items, open("hostile.json", "w"))
	PY
	test_exit_code 1 timeout 60 "$GLOSS" --db hostile.db import-notes hostile.json lib >out 2>err &&
	grep "0 notes imported, 8 failed" out &&
	grep "not an article of the library" err &&
	"$GLOSS" --db hostile.db list lib >list &&
	! grep -e outside -e passwd -e fifo -e zero list &&
	"$GLOSS" --db hostile.db search secret lib >found &&
	! grep . found
'

test_expect_success 'an imported range is checked against its quote, even with the right hash' '
	python3 - notes.json <<-PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))
	one = [a for a in d["first"]["items"] if a["gloss:note"] == 1][0]
	assert one["target"]["selector"][0]["exact"] == "Cho Tae-yul"
	items = []
	for i, (s, e) in enumerate([(0, 11), (10**12, 10**12 + 11), (2**63 - 12, 2**63 - 1)]):
	    a = json.loads(json.dumps(one))
	    del a["gloss:note"]
	    a["gloss:start"], a["gloss:end"] = s, e
	    a["body"] = [{"type": "TextualBody", "value": "range %d" % i}]
	    a["target"]["selector"] = a["target"]["selector"][:1]
	    items.append(a)
	json.dump(items, open("ranges.json", "w"))
	PY
	"$GLOSS" --db ranges.db import-notes ranges.json lib >out &&
	grep "3 notes imported" out &&
	"$GLOSS" --db ranges.db notes lib --json >ranges.out &&
	python3 - "$F" ranges.out <<-PY
	import json, sys
	src = open(sys.argv[1], "rb").read()
	d = json.load(open(sys.argv[2]))
	assert len(d) == 3, d
	for n in d:
	    assert not n["orphan"] and src[n["start"]:n["end"]] == b"Cho Tae-yul", n
	PY
'

test_expect_success 'a range past what JSON numbers hold is a clear error, and nothing is imported' '
	sed "s/\"gloss:start\": 0,/\"gloss:start\": 18446744073709551626,/" ranges.json >huge.json &&
	! cmp -s ranges.json huge.json &&
	test_must_fail "$GLOSS" --db huge.db import-notes huge.json lib 2>err &&
	grep "huge.json: line 1, column [0-9]*: too big integer" err &&
	"$GLOSS" --db huge.db notes lib --json >huge.out &&
	test "$(cat huge.out)" = "[]"
'

test_expect_success 'an imported 1 MB context is cut to 32 bytes and costs nothing after an edit' '
	python3 - <<-PY &&
	import json
	body = ("word " * 200000) + "the passage to find. "
	open("lib/long.txt", "w").write("Title: long\n\n" + body + "and after it\n")
	a = {"type": "Annotation", "body": {"type": "TextualBody", "value": "long"},
	     "target": {"source": "long.txt", "selector": [{"type": "TextQuoteSelector",
	       "exact": "the passage to find", "prefix": "word " * 200000, "suffix": ". and" + " x" * 500000}]},
	     "gloss:start": 1, "gloss:end": 2, "gloss:hash": "0000000000000000", "gloss:orphan": True}
	json.dump([a], open("long.json", "w"))
	PY
	"$GLOSS" --db long.db import-notes long.json lib >out &&
	grep "1 note imported" out &&
	timeout 60 "$GLOSS" --db long.db notes lib --json >long.out &&
	python3 - long.out <<-PY &&
	import json, sys
	n = json.load(open(sys.argv[1]))[0]
	assert len(n["prefix"].encode()) <= 32 and len(n["suffix"].encode()) <= 32, (len(n["prefix"]), len(n["suffix"]))
	PY
	printf "one more line\n" >>lib/long.txt &&
	test_exit_code 0 timeout 60 "$GLOSS" --db long.db notes lib >/dev/null
'

test_expect_success 'importing into a library whose ids are taken: once, however often' '
	"$GLOSS" --db mixed.db note add "$G" --range 100:130 --note "mine, 1" >/dev/null &&
	"$GLOSS" --db mixed.db note add "$G" --range 10:40 --note "mine, 2" >/dev/null &&
	"$GLOSS" --db mixed.db import-notes notes.json lib >out &&
	grep "4 notes imported" out &&
	for i in 2 3 4 5; do
		"$GLOSS" --db mixed.db import-notes notes.json lib >out &&
		grep "0 notes imported, 4 already there" out || return 1
	done &&
	"$GLOSS" --db mixed.db notes lib --json >mixed.out &&
	python3 - mixed.out <<-PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	assert len(d) == 6, [(n["id"], n["note"]) for n in d]
	assert len({(n["file"], n["start"], n["note"]) for n in d}) == 6, d
	PY
'

# A full disk is a small tmpfs (mount needs root); without it the step is
# skipped and says so.
test_lazy_prereq TMPFS '
	mkdir m && mount -t tmpfs -o size=1m tmpfs m && umount m
'

test_expect_success TMPFS 'a full disk: import-notes says nothing was imported, and nothing was' '
	mkdir disk &&
	mount -t tmpfs -o size=4m tmpfs disk &&
	test_when_finished "umount disk" &&
	"$GLOSS" --db disk/side.db list lib >/dev/null &&
	python3 - <<-PY &&
	import json, os
	items = [{"type": "Annotation", "body": {"type": "TextualBody", "value": "note %d " % i + "x" * 1000},
	          "target": {"source": "2024-01-11-state-blinken-cho-call.txt",
	                     "selector": [{"type": "TextQuoteSelector", "exact": "Cho Tae-yul"}]}} for i in range(200)]
	json.dump(items, open("full.json", "w"))
	st = os.statvfs("disk")
	free = st.f_bavail * st.f_frsize
	with open("disk/fill", "wb") as f:
	    f.write(b"\0" * (free - 64 * 1024))
	PY
	test_exit_code 1 "$GLOSS" --db disk/side.db import-notes full.json lib >out 2>err &&
	cat out err &&
	grep "disk is full" err &&
	grep "no note was imported" err &&
	! grep "[1-9][0-9]* notes* imported" out &&
	rm disk/fill &&
	"$GLOSS" --db disk/side.db notes lib --json >after.json &&
	python3 -c "import json, sys; d = json.load(open(\"after.json\")); assert d == [], len(d)"
'

test_done
