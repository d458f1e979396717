#!/bin/sh
# The feeds pane (F, :feeds) on a library with feeds/NAME/ folders of
# articles: each feed with its unread and article counts; Enter shows
# only that feed's articles, M marks the feed read, C marks everything
# read after a y.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"
. "$top_srcdir/tests/tui/lib-feeds.sh"

feed_library flib || exit 1
article flib/feeds/alpha/a0.md "Alpha zero" 2026-02-26 || exit 1

# feed_row NAME COUNTS: the pane's row of feed NAME shows COUNTS (unread/articles).
feed_row() {
	screen | grep -q "│[ ▸]$1  *$2 *\$" || { echo "no row '$1 ... $2'"; screen; return 1; }
}

test_expect_success ':feeds lists each feed with its unread and article counts' '
	tui_start 120 30 flib &&
	wait_for "6 articles, 6 unread" &&
	keys Enter && wait_for "5 unread" &&
	keys : && keys -l feeds && keys Enter &&
	wait_for "Feeds (2)" && wait_for "4 unread" &&
	feed_row alpha 2/3 && feed_row beta 2/2 &&
	wait_for "alpha: 2 unread of 3" &&
	wait_for "not subscribed: its articles stayed"
'

test_expect_success 'j selects the next feed; F closes the pane, F opens it again' '
	keys j && wait_for "beta: 2 unread of 2" &&
	keys F && wait_gone "Feeds (2)" &&
	keys F && wait_for "Feeds (2)" && wait_for "beta: 2 unread of 2"
'

test_expect_success 'Enter shows only the articles of the feed' '
	keys Enter && wait_for "2 articles of the feed beta" &&
	wait_for "Library: flib (2)" &&
	grep -q "Beta one" "$TRASH/screen" && ! grep -q "Alpha" "$TRASH/screen" &&
	keys Tab && wait_for "feed:beta  2 articles, 2 unread"
'

test_expect_success 'M marks the selected feed read' '
	keys : && keys -l filter && keys Enter && wait_for "Filter off: 6 articles" &&
	keys F && wait_for "beta: 2 unread of 2" &&
	keys k && wait_for "alpha: 2 unread of 3" &&
	keys M && wait_for "2 articles of alpha marked read" &&
	feed_row alpha 0/3 && feed_row beta 2/2 &&
	keys F && wait_gone "Feeds (2)" && wait_for "6 articles, 3 unread"
'

test_expect_success 'C asks first; n marks nothing, y marks every article read' '
	keys C && wait_for "Mark every article of the library read? (y/n)" &&
	keys n && wait_for "Nothing marked" && keys Escape && wait_for "6 articles, 3 unread" &&
	keys C && wait_for "Mark every article of the library read? (y/n)" &&
	keys y && wait_for "3 articles marked read" && keys Escape && wait_for "6 articles, 0 unread"
'

test_expect_success 'the read marks are kept: a new start counts none unread' '
	keys Q && wait_exit 0 &&
	tui_start 120 30 flib && wait_for "6 articles, 0 unread"
'

test_expect_success 'a library without feeds says how to subscribe' '
	mkdir plain && article plain/x.md "Only one" 2026-01-01 &&
	tui_start 120 30 plain && wait_for "1 article, 1 unread" &&
	keys F && wait_for "No feeds yet: gloss feed add URL subscribes to one" &&
	wait_for "No feeds in this library."
'

test_done
