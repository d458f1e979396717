#!/bin/sh
# t3400: gloss mentions NAME [DIR]: the library-wide entity index.
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success 'Blinken is mentioned in six seed articles' '
	copy_seeds lib &&
	"$GLOSS" mentions Blinken lib >out &&
	tail -n 1 out | grep "^14 mentions in 6 articles$" &&
	grep "Secretary of State \[Antony J. Blinken\] spoke today" out
'

test_expect_success '--json: one object a line, offsets into the file as on disk' '
	"$GLOSS" mentions Blinken lib --json >out.json &&
	test $(wc -l <out.json) = 14 &&
	python3 - out.json <<-PY
	import json, sys
	for line in open(sys.argv[1]):
	    m = json.loads(line)
	    raw = open("lib/" + m["file"], "rb").read()
	    assert raw[m["start"]:m["end"]].decode() == m["text"], m
	    assert m["type"] == "PERSON" and "blinken" in m["key"]
	    assert raw[:m["start"]].decode().replace("\n", " ").endswith(m["before"])
	PY
'

test_expect_success 'the full name and the key find the same mentions' '
	"$GLOSS" mentions "Antony J. Blinken" lib --json >full.json &&
	cmp out.json full.json
'

test_expect_success 'the index follows an edited article' '
	printf "Title: New\nDate: 2025-06-01\n\nSecretary Blinken spoke with Foreign Minister Iwaya.\n" >lib/new.txt &&
	"$GLOSS" mentions Blinken lib | tail -n 1 | grep "^15 mentions in 7 articles$" &&
	printf "Title: New\nDate: 2025-06-01\n\nNothing here.\n" >lib/new.txt &&
	touch -d "+1 hour" lib/new.txt &&
	"$GLOSS" mentions Blinken lib | tail -n 1 | grep "^14 mentions in 6 articles$"
'

test_expect_success '"today" and "now" are not counted as mentions of a date' '
	printf "Title: Council\nDate: 2025-06-02\n\nThe council met today. It met on 2 June 2025 and meets now.\n" >lib/council.txt &&
	"$GLOSS" mentions 2025-06-02 lib >out &&
	tail -n 1 out | grep "^1 mention in 1 article$" &&
	grep -F "[2 June 2025]" out &&
	test_exit_code 1 "$GLOSS" mentions PRESENT_REF lib
'

test_expect_success '--type limits, unknown names fail' '
	test_exit_code 1 "$GLOSS" mentions Blinken lib --type place 2>err &&
	grep "no mentions" err &&
	test_exit_code 1 "$GLOSS" mentions Zyxwv lib &&
	test_exit_code 2 "$GLOSS" mentions &&
	test_exit_code 2 "$GLOSS" mentions Blinken lib --type people
'

test_done
