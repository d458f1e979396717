#!/bin/sh
# f lists the article's source (0) and its links, numbered; Enter or a
# number opens one with $BROWSER (a test script here that writes its
# argument to a file); O opens the source; a link to another article of
# the library opens it in gloss; y copies with OSC 52 only when the
# config says so; Esc and q close the pane.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-05-01-links-report.txt

# No graphical session: every browser gets the terminal and is waited for.
unset DISPLAY WAYLAND_DISPLAY
cat >"$TRASH/browser" <<EOF
#!/bin/sh
printf '%s\n' "\$@" >"$TRASH/opened.tmp" && mv "$TRASH/opened.tmp" "$TRASH/opened"
EOF
chmod +x "$TRASH/browser"
BROWSER="no-such-browser-anywhere:$TRASH/browser"
export BROWSER

cat >$A <<\EOF
Title: A report with links
Source: https://example.org/articles/links-report
Date: 2024-05-01

The full report is at https://one.example.net/report. The figures (see https://two.example.net/figures?id=7) come from the survey.
EOF
cat >lib/2024-05-02-links-figures.txt <<\EOF
Title: The survey figures
Source: https://two.example.net/figures?id=7
Date: 2024-05-02

Figures of the survey, kept here.
EOF

cat >lib/2024-05-03-links-notes.md <<\EOF
---
title: Notes on the survey
source: https://example.org/notes/survey
---

Read [the figures](2024-05-02-links-figures.txt) and [the report](https://one.example.net/report).
EOF

# The side pane: what is right of the last separator.
pane() {
	screen | sed -n 's/^.*│//p'
}

# wait_opened URL: gloss says it opened URL, which it does after the
# browser (waited for: no display) has exited; the browser got URL.
wait_opened() {
	wait_for "Opened $1 with" &&
	got=$(cat "$TRASH/opened") &&
	rm -f "$TRASH/opened" &&
	{ [ "$got" = "$1" ] || { echo "the browser got '$got', want '$1'"; return 1; }; }
}

test_expect_success 'f lists the source first, then the links, numbered' '
	tui_start 200 30 $A &&
	wait_for "The full report is at" &&
	keys f && wait_for "Links" && wait_for "links-report" &&
	pane >p &&
	grep -n "^ *0 source https://example.org/articles/links-report *$" p &&
	grep -n "^ *1 https://one.example.net/report *$" p &&
	grep -n "^ *2 https://two.example.net/figures?id=7 *$" p &&
	test "$(grep -n "source https" p | cut -d: -f1)" -lt "$(grep -n "1 https://one" p | cut -d: -f1)" &&
	test "$(grep -n "1 https://one" p | cut -d: -f1)" -lt "$(grep -n "2 https://two" p | cut -d: -f1)" &&
	grep -q "2 links and the source" "$TRASH/screen"
'

test_expect_success 'moving shows the address; Enter opens it with the browser' '
	keys j && wait_for "1: https://one.example.net/report" &&
	keys Enter && wait_opened "https://one.example.net/report" &&
	wait_for "0 source https://example.org"
'

test_expect_success 'digits type a number in the pane (not the highlight toggles); Enter opens that link' '
	keys g && wait_for "0: https://example.org" &&
	keys 1 && wait_for "1: https://one.example.net/report" &&
	keys Enter && wait_opened "https://one.example.net/report" &&
	keys 0 Enter && wait_opened "https://example.org/articles/links-report" &&
	keys 9 && wait_for "No link 9" &&
	keys Escape && wait_for "0 source" && wait_gone "go to 9"
'

test_expect_success 'y with osc52 off says how to turn it on' '
	keys y && wait_for "put \"set osc52 on\" in the config file"
'

test_expect_success 'Esc closes the pane, and so does q' '
	keys Escape && wait_gone "0 source" &&
	keys f && wait_for "0 source" &&
	keys q && wait_gone "0 source"
'

test_expect_success 'O opens the source with the browser' '
	keys O && wait_opened "https://example.org/articles/links-report" &&
	wait_for "The full report is at"
'

test_expect_success 'a link to the source of another article opens it in gloss' '
	keys f && wait_for "0 source" &&
	keys 2 Enter && wait_for "Figures of the survey, kept here." &&
	test ! -f "$TRASH/opened" &&
	keys f && wait_for "0 source https://two.example.net/figures?id=7" &&
	keys q q q && wait_exit 0
'

test_expect_success 'Markdown: the links with their text; a relative path to a file of the library opens it in gloss' '
	tui_start 200 30 lib/2024-05-03-links-notes.md &&
	wait_for "Notes on the survey" &&
	keys f && wait_for "0 source https://example.org/notes/survey" &&
	pane >p &&
	grep -n "^ *1 the figures  *https://example.org/notes/2024-05-02-links-figures.txt *$" p &&
	grep -n "^ *2 the report  *https://one.example.net/report *$" p &&
	keys 1 Enter && wait_for "Figures of the survey, kept here." &&
	test ! -f "$TRASH/opened" &&
	keys q q && wait_exit 0
'

test_expect_success 'with set osc52 on, y puts the address in the clipboard' '
	echo "set osc52 on" >"$XDG_CONFIG_HOME/gloss/config" &&
	tui_start 200 30 $A &&
	T set -s set-clipboard on &&
	wait_for "The full report is at" &&
	keys f && wait_for "0 source" &&
	keys 2 && wait_for "2: https://two" &&
	keys y && wait_for "Copied to the clipboard: https://two.example.net/figures?id=7" &&
	test "$(T show-buffer)" = "https://two.example.net/figures?id=7" &&
	keys q q q && wait_exit 0
'

test_done
