#!/bin/sh
# t2001: gloss entity set/ignore/forget, and corrections winning in gloss entities.
. "$(dirname "$0")/lib.sh"

test_expect_success 'setup' '
	mkdir lib &&
	printf "Acme Widgets opened a shop in Nairobi and Lagos on Monday.\n" >lib/a.txt
'
test_expect_success 'without corrections' '
	"$GLOSS" entities lib/a.txt >out &&
	grep -qF "\"text\":\"Nairobi\"" out && ! grep -qF "Acme" out
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
test_expect_success 'entity forget removes a correction' '
	"$GLOSS" entity forget Nairobi lib &&
	"$GLOSS" entities lib/a.txt >out &&
	grep -qF "\"text\":\"Nairobi\"" out &&
	test_exit_code 1 "$GLOSS" entity forget Nairobi lib
'
test_expect_success 'bad usage exits 2' '
	test_exit_code 2 "$GLOSS" entity &&
	test_exit_code 2 "$GLOSS" entity set Foo colour lib &&
	test_exit_code 2 "$GLOSS" entity paint Foo lib
'
test_done
