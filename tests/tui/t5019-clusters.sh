#!/bin/sh
# Emoji sequences (ZWJ families, skin tones, variation selectors), flags and
# combining marks take the columns curses counts for them, so scrolling
# leaves no stray cells of the last screen behind (80x24).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

test_expect_success 'setup: lines of emoji sequences between lines of plain text' '
	mkdir em &&
	python3 - em/a.txt <<-PY
	import sys
	fam = "\\U0001F468\\u200D\\U0001F469\\u200D\\U0001F467\\u200D\\U0001F466"
	odd = "\\U0001F44D\\U0001F3FD \\u2764\\uFE0F \\U0001F1EF\\U0001F1F5"
	lines = []
	for i in range(60):
	    if i % 3 == 0:
	        lines.append(f"Line {i}: the family {fam} went to Zu\u0308rich and Cafe\u0301 with {fam}{fam} twice.")
	    elif i % 9 == 4:
	        lines.append(f"Line {i}: {odd} and Cafe\u0301")
	    else:
	        lines.append(f"Line {i}: plain words here to fill the screen nicely with text.")
	open(sys.argv[1], "w").write("Title: Emoji\\n\\n" + "\\n\\n".join(lines) + "\\n")
	PY
'

test_expect_success 'after paging and moving, each line ends where its text ends' '
	tui_start 80 24 em/a.txt &&
	wait_for "Line 0: the family" &&
	keys Space && sleep 0.3 && keys j j j && sleep 0.5 &&
	screen >s &&
	# the text after "Caf" on each row is the e and its accent, nothing more
	grep -q "and Caf" s &&
	sed -n "s/.*and Caf//p" s | sed "s/ *$//" | sort -u >rest &&
	printf "e\314\201\n" >want &&
	cmp want rest &&
	keys C-l && sleep 0.3 && screen >after &&
	cmp s after &&
	keys Q && wait_exit 0
'

test_done
