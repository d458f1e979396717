#!/bin/sh
# t2002: regression on WikiGold documents (Wikipedia text, CC BY 4.0 as
# distributed with WikiGold; see t2002-wikigold/README.md).
. "$(dirname "$0")/lib.sh"
W="$top_srcdir/tests/cli/t2002-wikigold"

has() { # has FILE TYPE TEXT
	grep -F "\"type\":\"$2\"" "$1" | grep -qF "\"text\":\"$3\"" || { echo "missing $2 $3 in $1" >&2; return 1; }
}

test_expect_success 'entities on the WikiGold documents' '
	for f in "$W"/*.txt; do "$GLOSS" entities "$f" >"$(basename "$f" .txt).out" || exit 1; done
'
test_expect_success 'people' '
	has wikigold-021.out PERSON "Andrew Sant" && has wikigold-021.out PERSON Sant &&
	has wikigold-050.out PERSON "Herman Salling" &&
	has wikigold-069.out PERSON "Candace Savage" && has wikigold-069.out PERSON Savage &&
	has wikigold-074.out PERSON "Carmen Cavallaro" && has wikigold-074.out PERSON "Rudy Vallee" &&
	has wikigold-091.out PERSON "Claire Keim"
'
test_expect_success 'places' '
	has wikigold-021.out PLACE Melbourne && has wikigold-021.out PLACE Tasmania &&
	has wikigold-050.out PLACE Aarhus && has wikigold-050.out PLACE "West Germany" &&
	has wikigold-069.out PLACE Alberta && has wikigold-069.out PLACE Saskatchewan &&
	has wikigold-074.out PLACE "San Francisco" && has wikigold-074.out PLACE "St. Louis"
'
test_expect_success 'keys join mentions' '
	grep -F "\"text\":\"Savage\"" wikigold-069.out | grep -qF "\"key\":\"candace savage\"" &&
	grep -F "\"text\":\"Cavallaro\"" wikigold-074.out | grep -qF "\"key\":\"carmen cavallaro\""
'
test_expect_success 'no organisation as a place: University of ...' '
	! grep -qF "\"text\":\"University\"" wikigold-021.out
'
test_done
