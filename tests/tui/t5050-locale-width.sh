#!/bin/sh
# Translated labels take the columns they are shown in: the help screen's
# column heads widen their columns, the status line's hint stays at the
# right edge, with wide (two-column) characters. The catalogue is the
# test's own (language "xx", found through GLOSS_LOCALEDIR as the build
# tree's are), so it needs no po/LINGUAS.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

command -v msgfmt >/dev/null || { echo "t5050: msgfmt (GNU gettext) is missing" >&2; exit 1; }

# The display width of stdin's first line (wide characters count two).
width() {
	python3 -c 'import sys, unicodedata
s = sys.stdin.readline().rstrip("\n")
print(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s))'
}

test_expect_success 'setup: a catalogue with wide heads (the library is the seeds)' '
	cat >xx.po <<-\EOF &&
	msgid ""
	msgstr ""
	"Content-Type: text/plain; charset=UTF-8\n"

	msgid "KEYS"
	msgstr "キーボードのキーの名前"

	msgid "ACTION"
	msgstr "動作"

	msgid "WHAT IT DOES"
	msgstr "説明"

	msgid "? help"
	msgstr "? ヘルプ"
	EOF
	mkdir -p locale/xx/LC_MESSAGES &&
	msgfmt --check -o locale/xx/LC_MESSAGES/gloss.mo xx.po
'
# For every gloss (and tmux server) from here on.
LANGUAGE=xx GLOSS_LOCALEDIR="$TRASH/locale"
export LANGUAGE GLOSS_LOCALEDIR

test_expect_success 'the hint ends one column before the right edge' '
	tui_start 80 16 lib &&
	wait_for "? ヘルプ" &&
	screen | grep "? ヘルプ" >line &&
	test "$(width <line)" = 79
'

test_expect_success 'a wide head widens its column: the action names start after it' '
	keys "?" && wait_for "動作" &&
	screen >s &&
	grep "キーボードのキーの名前" s | sed "s/動作.*//" >head &&
	grep " move-down " s | sed "s/move-down.*//" >row &&
	test "$(width <head)" = 24 &&
	test "$(width <row)" = 24 &&
	keys Q && wait_exit 0
'

test_done
