#!/bin/sh
# U updates the feeds while reading goes on: a server on 127.0.0.1 serves
# the fixture feeds of tests/web/feeds; the progress shows in the status
# line, keys keep working during a slow feed, new articles come unread,
# a failed feed is told, Esc stops a run, `set feed-interval` starts
# one by itself, and the feeds pane keeps the focus through a run.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"
. "$top_srcdir/tests/web/lib-server.sh"
. "$top_srcdir/tests/tui/lib-feeds.sh"

mkdir pages
cp "$top_srcdir"/tests/web/feeds/* pages/
server_start pages
feed_library flib || exit 1

# subscribe DIR NAME PATH...: OPML outlines NAME at $BASE/PATH, imported.
subscribe() {
	dir=$1
	shift
	{
		echo '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
		while [ $# -gt 1 ]; do
			echo "<outline text=\"$1\" xmlUrl=\"$BASE/$2\"/>"
			shift 2
		done
		echo '</body></opml>'
	} >subs.opml &&
	"$GLOSS" feed import subs.opml "$dir" >/dev/null
}

test_expect_success 'U brings the new items of a feed, unread' '
	subscribe flib harbour rss2.xml &&
	tui_start 120 30 flib && wait_for "5 articles, 5 unread" &&
	keys U && wait_for "Feeds updated: 3 new articles" &&
	wait_for "Library: flib (8)" &&
	grep -q "●.The ferry returns" "$TRASH/screen" &&
	keys Escape && wait_for "8 articles, 8 unread"
'

test_expect_success 'a second U saves nothing twice' '
	keys U && wait_for "Feeds updated: 0 new articles" &&
	wait_for "Library: flib (8)" &&
	test "$(ls flib/feeds/harbour | wc -l)" = 3
'

# The row of the list with the selection mark.
selected() {
	screen | grep "▸" | head -n 1
}

test_expect_success 'during a slow feed the progress shows and keys keep working' '
	subscribe flib slow slow &&
	keys U && wait_for "updating 1/2 feeds, 0 new" &&
	keys j && wait_for "▸● Beta two" &&
	keys j && wait_for "▸● Plain essay" &&
	keys Enter && wait_for "The text of Plain essay" &&
	wait_for "updating 1/2 feeds, 0 new"
'

test_expect_success 'when the slow feed fails, the status line says so; :feeds shows why' '
	wait_for "0 new articles; 1 feed failed: :feeds shows why" 20 &&
	wait_gone "updating 1/2" &&
	keys F && wait_for "Feeds (4)" &&
	keys G && wait_for "slow: 0 unread of 0" &&
	wait_for "not a feed" &&
	keys k && wait_for "harbour: 3 unread of 3" && wait_for ": not changed" &&
	keys F && wait_gone "Feeds (4)"
'

test_expect_success 'Esc stops a run at once; nothing is saved from it' '
	"$GLOSS" feed rm slow flib >/dev/null &&
	subscribe flib trickle trickle &&
	keys U && wait_for "updating 1/2 feeds" &&
	keys Escape && wait_for "Update stopped: 0 new articles" 5 &&
	wait_gone "updating" &&
	test ! -d flib/feeds/trickle
'

test_expect_success 'Q during a run quits at once and cleanly' '
	keys U && wait_for "updating 1/2 feeds" &&
	keys Q && { wait_exit 0 5 || { sleep 1; T capture-pane -p -S -100 -t t; false; }; } &&
	test ! -d flib/feeds/trickle
'

test_expect_success 'set feed-interval starts an update by itself while idle' '
	mkdir flib2 &&
	subscribe flib2 harbour rss2.xml &&
	echo "set feed-interval 0.05" >"$XDG_CONFIG_HOME/gloss/config" &&
	tui_start 120 30 flib2 &&
	wait_for "Feeds updated: 3 new articles" 20 &&
	wait_for "Library: flib2 (3)"
'

test_expect_success 'set feed-interval takes minutes or off' '
	keys : && keys -l "set feed-interval soon" && keys Enter &&
	wait_for "bad interval '"'soon'"' (minutes, or off)" &&
	keys : && keys -l "set feed-interval off" && keys Enter && wait_gone "bad interval"
'

test_expect_success 'U from the feeds pane leaves the focus there: Enter then filters the feed' '
	mkdir flib3 &&
	subscribe flib3 harbour rss2.xml &&
	echo >"$XDG_CONFIG_HOME/gloss/config" &&
	tui_start 120 30 flib3 &&
	keys F && wait_for "Feeds (1)" &&
	keys U && wait_for "Feeds updated: 3 new articles" 20 &&
	wait_for "Library: flib3 (3)" &&
	keys Enter && wait_for "3 articles of the feed harbour"
'

test_done
