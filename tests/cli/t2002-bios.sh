#!/bin/sh
# t2002: the engine on short encyclopedia-style biographies written for
# this test (t2002-bios/README.md).
. "$(dirname "$0")/lib.sh"
W="$top_srcdir/tests/cli/t2002-bios"

has() { # has FILE TYPE TEXT
	grep -F "\"type\":\"$2\"" "$1" | grep -qF "\"text\":\"$3\"" || { echo "missing $2 $3 in $1" >&2; return 1; }
}

test_expect_success 'entities on the biographies' '
	for f in "$W"/*.txt; do "$GLOSS" entities "$f" >"$(basename "$f" .txt).out" || exit 1; done
'
test_expect_success 'people' '
	has painter.out PERSON "Margit Olsson" && has painter.out PERSON Olsson &&
	has painter.out PERSON "Daniel Ferreira" &&
	has bandleader.out PERSON "Tomas Varga" && has bandleader.out PERSON Varga &&
	has bandleader.out PERSON "Frank Delaney" && has bandleader.out PERSON "Ruth Hollis" &&
	has grocer.out PERSON "Egil Brekke" && has grocer.out PERSON Brekke
'
test_expect_success 'places' '
	has painter.out PLACE Uppsala && has painter.out PLACE Glasgow &&
	has painter.out PLACE Copenhagen && has painter.out PLACE Porto &&
	has bandleader.out PLACE Budapest && has bandleader.out PLACE Cleveland &&
	has bandleader.out PLACE "St. Louis" && has bandleader.out PLACE "San Diego" &&
	has grocer.out PLACE Drammen && has grocer.out PLACE Oslo && has grocer.out PLACE Denmark
'
test_expect_success 'keys join mentions' '
	grep -F "\"text\":\"Olsson\"" painter.out | grep -qF "\"key\":\"margit olsson\"" &&
	grep -F "\"text\":\"Varga\"" bandleader.out | grep -qF "\"key\":\"tomas varga\""
'
test_expect_success 'no organisation as a place: University of ...' '
	! grep -qF "\"text\":\"University\"" painter.out &&
	! grep -qF "\"text\":\"Bergen\"" painter.out
'
test_done
