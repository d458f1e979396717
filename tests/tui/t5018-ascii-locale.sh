#!/bin/sh
# In a locale that is not UTF-8 (LANG=C, POSIX) the terminal gets ASCII
# only: every character beyond ASCII is drawn as <U+XXXX> and takes the
# columns it is counted for, so the panes keep their places.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

test_expect_success 'setup: an article with curly quotes, accents and Japanese' '
	mkdir loc &&
	printf "Title: Five o\\342\\200\\231clock in S\\303\\243o Paulo\\n\\nIt was five o\\342\\200\\231clock in S\\303\\243o Paulo, and \\346\\235\\261\\344\\272\\254 slept.\\n" >loc/a.txt
'

for loc in C POSIX; do
	test_expect_success "LANG=$loc: non-ASCII is drawn as <U+XXXX>, the separator stays in its column" '
		TUI_LOCALE='$loc' &&
		tui_start 100 20 loc &&
		wait_for "Five o<U+2019>clock" &&
		keys Enter && wait_for "S<U+00E3>o Paulo" &&
		wait_for "<U+6771>" && wait_for "<U+4EAC> slept" &&
		screen >s &&
		! LC_ALL=C grep -q "[^ -~]" s &&
		# the panes separator (a line drawing character, captured as x
		# here) is in the same column on every row
		sep=$(sed -n 1p s | LC_ALL=C awk "{ print index(\$0, \" x \") + 1 }") &&
		test "$sep" -gt 1 &&
		test "$(sed -n "2,12p" s | LC_ALL=C cut -c"$sep" | sort -u)" = x &&
		keys Q && wait_exit 0
	'
done

test_done
