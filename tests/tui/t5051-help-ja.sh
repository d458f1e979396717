#!/bin/sh
# The interface speaks Japanese under LANGUAGE=ja: the help screen's heads
# and every description of an action on its first page, the list's status
# line and the reading pane's hint; with the build tree's catalogue (GLOSS_LOCALEDIR, tests/locale.mk).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

[ -n "${GLOSS_LOCALEDIR:-}" ] || { echo "t5051: GLOSS_LOCALEDIR is not set (run through make check)" >&2; exit 1; }
[ -f "$GLOSS_LOCALEDIR/ja/LC_MESSAGES/gloss.mo" ] || { echo "t5051: no ja catalogue in $GLOSS_LOCALEDIR" >&2; exit 1; }

# The prose (from a word of small letters followed by another) of each
# line of $1 that is in $2 as well.
english_left() {
	python3 - "$1" "$2" <<-\PY
	import re, sys
	en = open(sys.argv[1], encoding="utf-8").read().splitlines()
	out = set(l.strip() for l in open(sys.argv[2], encoding="utf-8").read().splitlines())
	for l in en:
	    m = re.search(r"[a-z]{2,}( [a-z]+)+.*", l)
	    if m and m.group(0).strip() in "\n".join(out):
	        print(m.group(0).strip())
	PY
}

test_expect_success 'the help screen in English' '
	tui_start 100 40 lib &&
	wait_for "? help" &&
	screen >list-en &&
	keys "?" && wait_for "move-down" &&
	screen >help-en &&
	keys Q && wait_exit 0
'

LANGUAGE=ja
export LANGUAGE

test_expect_success 'the same screens in Japanese: no English description is left' '
	tui_start 100 40 lib &&
	wait_for "Blinken" && sleep 0.3 &&
	screen >list-ja &&
	keys "?" && wait_for "move-down" &&
	screen >help-ja &&
	english_left help-en help-ja >left &&
	test ! -s left &&
	tail -n 1 list-en >status-en && tail -n 1 list-ja >status-ja &&
	english_left status-en status-ja >left &&
	test ! -s left &&
	grep -q "Select an article" list-en && ! grep -q "Select an article" list-ja &&
	keys Q && wait_exit 0
'

test_expect_success 'the Japanese help shows Japanese text, wide characters drawn whole' '
	n=$(python3 -c "import sys, unicodedata
print(sum(any(unicodedata.east_asian_width(c) == \"W\" for c in l) for l in open(sys.argv[1], encoding=\"utf-8\")))" help-ja) &&
	test "$n" -gt 10
'

test_done
