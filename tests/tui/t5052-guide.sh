#!/bin/sh
# doc/capture.sh, the script behind `make guide`, on a copy of the user
# guide: it runs, fills every capture block, each capture shows what the
# guide says about it, the prose around the captures is left as it was,
# and neither seeds/ nor the guide in the source tree is touched. The
# captures are checked for their words, never byte for byte.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
for tool in tmux python3; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "Bail out! $tool is not installed (.ci/packages lists it)"
		exit 1
	}
done

GUIDE=$top_srcdir/doc/guide.md
CAPTURE=$top_srcdir/doc/capture.sh

# block NAME FILE: the lines of capture NAME in FILE, fences left out.
block() {
	awk -v want="<!-- capture: $1 -->" '
		$0 == want { inside = 1; next }
		inside && /^<!-- \/capture -->$/ { exit }
		inside && !/^```/ { print }
	' "$2"
}

# prose FILE: the guide without what is inside the capture blocks.
prose() {
	awk '
		/^<!-- capture: / { print; inside = 1; next }
		/^<!-- \/capture -->$/ { inside = 0 }
		!inside { print }
	' "$1"
}

test_expect_success 'capture.sh fills the guide from the built gloss' '
	cksum "$GUIDE" "$SEEDS"/* >before &&
	cp "$GUIDE" guide.md &&
	"$CAPTURE" "$GLOSS" guide.md >out 2>err &&
	grep -q "captures" out &&
	cksum "$GUIDE" "$SEEDS"/* >after &&
	diff -u before after
'

test_expect_success 'the prose around the captures is as it was' '
	prose "$GUIDE" >want &&
	prose guide.md >got &&
	diff -u want got
'

# Each capture the guide has, and words it must show.
cat >checks <<'EOF'
start Library: sample (8)
reader Secretary Blinken’s Call with Republic of Korea
entities Cho Tae-yul
next-mention Next mention in: Japanese Foreign Minister
mentions 6 mentions in 3 articles
cli-mentions [Cho Tae-yul]
correct "Democratic People’s Republic of Korea" is always: p person
corrected is always a PLACE now
note-editor with the February meeting.
notes #korea
cli-notes 2024-01-11-state-blinken-cho-call.txt
export-md > Secretary Blinken congratulated Foreign Minister Cho
export-json "type": "TextQuoteSelector"
add-prompt Add (web address or file):
add-page Added 2026-03-14-the-night-ferry-to-bergen-runs-again.md
feeds Feeds updated: 3 new articles
feed-articles with eleven stalls
help move-down
EOF
while read -r name words; do
	test_expect_success "capture $name shows $words" '
		block "$name" guide.md >cap &&
		test -s cap &&
		grep -qF -- "$words" cap
	'
done <checks

test_expect_success 'every capture block of the guide is checked above' '
	sed -n "s/^<!-- capture: \(.*\) -->\$/\1/p" "$GUIDE" | sort >have &&
	cut -d" " -f1 checks | sort >checked &&
	test -s have &&
	diff -u checked have
'

test_expect_success 'no address of the local server is left in the captures' '
	! grep -n "127\.0\.0\.1:[0-9]" guide.md
'

test_expect_success 'a capture the script does not take fails and leaves the guide' '
	printf "<!-- capture: nosuch -->\n<!-- /capture -->\n" >>guide.md &&
	cp guide.md kept.md &&
	test_must_fail "$CAPTURE" "$GLOSS" guide.md 2>err &&
	grep -q "no capture named nosuch" err &&
	diff -u kept.md guide.md
'

test_done
