#!/bin/sh
# Feeds in the list, without updating any: a library with feeds/NAME/
# folders of articles. The status line counts the unread ones; `.` and
# `,` open the next and previous unread article in the list's order,
# wrapping; `:filter unread` and `:filter feed:NAME` show a part of the
# list.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"
. "$top_srcdir/tests/tui/lib-feeds.sh"

feed_library flib || exit 1

# Polls until the article open in the reader is $1: its bar, the first
# line right of the list (the list's row of the same title comes first).
open_is() {
	end=$(($(now_s) + 20))
	until screen | sed -n 1p | grep -qF "│ $1"; do
		[ "$(now_s)" -lt "$end" ] || { echo "open: $(screen | sed -n 1p)"; return 1; }
		sleep 0.05
	done
}

test_expect_success 'with no article open, . opens the selected one when it is unread' '
	feed_library flib2 &&
	tui_start 120 30 flib2 && wait_for "5 articles, 5 unread" &&
	keys . && open_is "Alpha three" && wait_for "4 unread" &&
	! screen | grep -q "back at the" &&
	keys Q && wait_exit 0
'

test_expect_success 'the status line counts the unread articles' '
	tui_start 120 30 flib &&
	wait_for "5 articles, 5 unread"
'

test_expect_success 'Enter opens one: the status line says 4 unread' '
	keys Enter && open_is "Alpha three" &&
	wait_for "4 unread"
'

test_expect_success '. opens the next unread article, then the one after' '
	keys . && open_is "Beta two" && wait_for "3 unread" &&
	keys . && open_is "Plain essay" && wait_for "2 unread"
'

test_expect_success ', goes back past the read ones, wrapping to the bottom' '
	keys , && wait_for "Unread articles: back at the bottom" && open_is "Beta one"
'

test_expect_success '. past the bottom wraps to the top: the first unread one' '
	keys . && wait_for "Unread articles: back at the top" && open_is "Alpha one"
'

test_expect_success '. with nothing unread says so' '
	keys . && wait_for "No unread articles"
'

test_expect_success ':filter unread lists the unread ones and the open one' '
	keys R && wait_for "1 unread" &&
	keys K && open_is "Plain essay" &&
	keys : && keys -l "filter unread" && keys Enter &&
	wait_for "1 unread article (:filter alone shows all)" &&
	wait_for "Library: flib (2)" &&
	grep -q "Alpha one" "$TRASH/screen" && grep -q "Plain essay" "$TRASH/screen" &&
	! grep -q "Beta two" "$TRASH/screen" && ! grep -q "Alpha three" "$TRASH/screen"
'

test_expect_success ':filter feed:NAME lists the articles in feeds/NAME/' '
	keys : && keys -l "filter feed:beta" && keys Enter &&
	wait_for "2 articles of the feed beta" &&
	wait_for "Library: flib (2)" &&
	grep -q "Beta one" "$TRASH/screen" && grep -q "Beta two" "$TRASH/screen" &&
	! grep -q "Alpha" "$TRASH/screen" && ! grep -q "Plain essay" "$TRASH/screen" &&
	keys : && keys -l "filter feed:gamma" && keys Enter &&
	wait_for "0 articles of the feed gamma" &&
	wait_for "No article matches the filter" &&
	keys : && keys -l "filter" && keys Enter && wait_for "Filter off: 5 articles"
'

test_expect_success ':filter with a bad word says how to use it' '
	keys : && keys -l "filter feed:a/b" && keys Enter &&
	wait_for "usage: filter [tag:NAME | feed:NAME | unread]"
'

test_done
