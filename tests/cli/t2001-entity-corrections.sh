#!/bin/sh
# t2001: gloss entity set/ignore/forget, and corrections winning wherever
# the engine runs: gloss entities (a file, or standard input with --db),
# gloss show, and gloss mentions, whose index may have been made before.
. "$(dirname "$0")/lib.sh"

esc=$(printf '\033')
place="${esc}[32m"   # show's colour of a PLACE

test_expect_success 'setup' '
	mkdir lib &&
	printf "Acme Widgets opened a shop in Nairobi and Lagos on Monday.\n" >lib/a.txt &&
	printf "Title: Second\n\nThe minister flew from Nairobi to Accra.\n" >lib/b.txt
'
test_expect_success 'without corrections' '
	"$GLOSS" entities lib/a.txt >out &&
	grep -qF "\"text\":\"Nairobi\"" out && ! grep -qF "Acme" out &&
	"$GLOSS" show --color=always lib/a.txt >out &&
	grep -qF "${place}Nairobi" out && ! grep -qF "${place}Acme" out
'
test_expect_success 'the mention index is made before any correction' '
	"$GLOSS" mentions Nairobi lib >out &&
	grep -qF "2 mentions in 2 articles" out &&
	test_exit_code 1 "$GLOSS" mentions "Acme Widgets" lib
'
test_expect_success 'entity set and ignore write the sidecar' '
	"$GLOSS" entity set "acme widgets" place lib &&
	"$GLOSS" entity ignore Nairobi lib &&
	test -f lib/.gloss.db
'
test_expect_success 'corrections win in gloss entities' '
	"$GLOSS" entities lib/a.txt >out &&
	grep -F "\"text\":\"Acme Widgets\"" out | grep -qF "\"type\":\"PLACE\"" &&
	! grep -qF "\"text\":\"Nairobi\"" out &&
	grep -qF "\"text\":\"Lagos\"" out
'
test_expect_success 'corrections win in gloss entities on standard input with --db' '
	"$GLOSS" --db lib/.gloss.db entities - <lib/a.txt >out &&
	grep -F "\"text\":\"Acme Widgets\"" out | grep -qF "\"type\":\"PLACE\"" &&
	! grep -qF "\"text\":\"Nairobi\"" out &&
	"$GLOSS" entities - <lib/a.txt >out &&
	grep -qF "\"text\":\"Nairobi\"" out
'
test_expect_success 'corrections win in gloss show' '
	"$GLOSS" show --color=always lib/a.txt >out &&
	grep -qF "${place}Acme Widgets" out &&
	! grep -qF "${place}Nairobi" out &&
	grep -qF "${place}Lagos" out
'
test_expect_success 'corrections win in gloss mentions, over the older index' '
	test_exit_code 1 "$GLOSS" mentions Nairobi lib 2>err &&
	grep -qF "no mentions of" err &&
	"$GLOSS" mentions --json "Acme Widgets" lib >out &&
	grep -F "\"file\":\"a.txt\"" out | grep -qF "\"type\":\"PLACE\""
'
test_expect_success 'entity forget removes a correction' '
	"$GLOSS" entity forget Nairobi lib &&
	"$GLOSS" entities lib/a.txt >out &&
	grep -qF "\"text\":\"Nairobi\"" out &&
	test_exit_code 1 "$GLOSS" entity forget Nairobi lib
'
test_expect_success 'a forgotten correction is gone from gloss mentions and gloss show' '
	"$GLOSS" mentions Nairobi lib >out &&
	grep -qF "2 mentions in 2 articles" out &&
	"$GLOSS" show --color=always lib/a.txt >out &&
	grep -qF "${place}Nairobi" out
'
test_expect_success 'bad usage exits 2' '
	test_exit_code 2 "$GLOSS" entity &&
	test_exit_code 2 "$GLOSS" entity set Foo colour lib &&
	test_exit_code 2 "$GLOSS" entity paint Foo lib
'
test_done
