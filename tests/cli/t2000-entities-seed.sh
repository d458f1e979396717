#!/bin/sh
# t2000: gloss entities on the seed articles (issue 3's acceptance list).
. "$(dirname "$0")/lib.sh"
seed="$SEEDS/000_5512f4e0b11210a8.txt"

has() { # has TYPE TEXT: a span of TYPE with exactly TEXT
	grep -F "\"type\":\"$1\"" out | grep -qF "\"text\":\"$2\"" || { echo "missing $1 $2" >&2; return 1; }
}

test_expect_success 'entities runs on the seed' '
	"$GLOSS" entities "$seed" >out && test -s out
'
test_expect_success 'every person of the seed is found' '
	for p in "Takeshi Iwaya" "Cho Tae-yul" "Choi Sang-mok" "Yoon Suk Yeol" Trump "Joe Biden" \
		"Fumio Kishida" "Rahm Emanuel" "Antony Blinken" "Surangel Whipp" Iwaya Yoon Blinken; do
		has PERSON "$p" || exit 1
	done
'
test_expect_success 'every place of the seed is found' '
	for p in "South Korea" Seoul China "United States" Japan Tokyo Philippines Palau; do
		has PLACE "$p" || exit 1
	done
'
test_expect_success 'every date of the seed is found' '
	for d in Monday "January 20" 2023 "December 3" "last month" "last week"; do
		has DATE "$d" || exit 1
	done
'
test_expect_success 'no span on Defence Talks, East Asian, nationality words, State Department' '
	! grep -E "\"text\":\"(Defence|Talks|Defence Talks|East|East Asian|Asian|Japanese|South Korean|Korean)\"" out
'
test_expect_success 'a surname alone has the full name as key' '
	grep -F "\"text\":\"Iwaya\"" out | grep -qF "\"key\":\"takeshi iwaya\"" &&
	grep -F "\"text\":\"Yoon\"" out | grep -qF "\"key\":\"yoon suk yeol\""
'
test_expect_success '"Jr." is never a person alone; every Marcos has one key' '
	"$GLOSS" entities "$SEEDS"/2025-01-12-*.txt "$SEEDS"/2024-03-19-*.txt >jr &&
	! grep -F "\"text\":\"Jr.\"" jr && ! grep -F "\"key\":\"jr.\"" jr &&
	grep -F "\"text\":\"Marcos\"" jr >marcos && test -s marcos &&
	! grep -vF "\"key\":\"ferdinand marcos\"" marcos
'
test_expect_success 'offsets are byte offsets into the file' '
	grep -F "\"text\":\"Takeshi Iwaya\"" out | head -1 | grep -qF "\"start\":26,\"end\":39" &&
	test "$(dd if="$seed" bs=1 skip=26 count=13 2>/dev/null)" = "Takeshi Iwaya"
'
test_expect_success 'offsets count the header block of an article with a Date' '
	f="$SEEDS/2023-11-10-state-blinken-yoon-meeting.txt" &&
	"$GLOSS" entities "$f" >out2 &&
	line=$(grep -F "\"text\":\"Antony J. Blinken\"" out2 | head -1) &&
	start=$(echo "$line" | sed "s/.*\"start\":\([0-9]*\).*/\1/") &&
	test "$(dd if="$f" bs=1 skip="$start" count=17 2>/dev/null)" = "Antony J. Blinken"
'
test_expect_success 'dates resolve against the Date header' '
	printf "Title: t\nDate: 2025-01-10\n\nShe left yesterday and returns on January 20.\n" >d.txt &&
	"$GLOSS" entities d.txt >out3 &&
	grep -F "\"text\":\"yesterday\"" out3 | grep -qF "\"value\":\"2025-01-09\"" &&
	grep -F "\"text\":\"January 20\"" out3 | grep -qF "\"value\":\"2025-01-20\""
'
test_expect_success 'words that only say "now" are dates marked deictic' '
	printf "Date: 2025-01-10\n\nThe kiln is now cold; today it rests, and at present it waits. It fired yesterday.\n" >dx.txt &&
	"$GLOSS" entities dx.txt >out5 &&
	for w in now today present; do
		grep -F "\"text\":\"$w\"" out5 | grep -qF "\"type\":\"DATE\"" &&
		grep -F "\"text\":\"$w\"" out5 | grep -qF "\"deictic\":true" || exit 1
	done &&
	grep -F "\"text\":\"yesterday\"" out5 >y && test -s y && ! grep -qF deictic y
'
test_expect_success '--types filters and - reads stdin' '
	"$GLOSS" entities --types date - <"$seed" >out4 &&
	test -s out4 && ! grep -v "\"type\":\"DATE\"" out4 && grep -q "\"file\":\"-\"" out4
'
test_expect_success 'all seeds run, every line is JSON with the five keys' '
	"$GLOSS" entities "$SEEDS"/*.txt >all &&
	test "$(grep -c . all)" -gt 50 &&
	! grep -v "^{\"file\":\".*\",\"start\":[0-9]*,\"end\":[0-9]*,\"type\":\"\(PERSON\|PLACE\|DATE\)\",\"key\":\".*\",\"text\":\".*\"" all
'
test_expect_success 'bad usage exits 2, a missing file 1' '
	test_exit_code 2 "$GLOSS" entities &&
	test_exit_code 2 "$GLOSS" entities --types colour "$seed" &&
	test_exit_code 1 "$GLOSS" entities does-not-exist.txt
'
test_expect_success 'options go anywhere: --types after the file filters too' '
	"$GLOSS" entities "$SEEDS/000_5512f4e0b11210a8.txt" --types date >after &&
	"$GLOSS" entities --types date "$SEEDS/000_5512f4e0b11210a8.txt" >before &&
	test -s after &&
	! grep -v "\"type\":\"DATE\"" after &&
	cmp before after
'

test_done
