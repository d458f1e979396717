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

test_expect_success 'bad JSON: a message with line and column, exit 1, nothing written' '
	printf "{\"type\": \"AnnotationCollection\",\n \"first\": [1,}" >bad.json &&
	test_exit_code 1 "$GLOSS" --db bad.db import-notes bad.json lib 2>err &&
	grep "bad.json: line 2, column" err &&
	test_exit_code 1 "$GLOSS" --db bad.db import-notes /nonexistent.json lib &&
	test_exit_code 2 "$GLOSS" import-notes
'

test_expect_success 'an annotation on an unknown article fails, the others are kept' '
	python3 - notes.json <<-PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))
	d["first"]["items"][0]["target"]["source"] = "no-such-file.txt"
	json.dump(d, open("partial.json", "w"))
	PY
	test_exit_code 1 "$GLOSS" --db partial.db import-notes partial.json lib >out 2>err &&
	grep "no-such-file.txt: not an article" err &&
	grep "3 notes imported, 1 failed" out
'

test_done
