#!/bin/sh
# gloss feed on a terminal (tmux): the password of --user asked without
# echo and never shown; the progress line of an update, gone at the end.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"
. "$top_srcdir/tests/web/lib-server.sh"

mkdir pages feeds
cp "$top_srcdir"/tests/web/feeds/* pages/
server_start pages
H=$(python3 -c "import hashlib; print(hashlib.sha256(b\"ann:s3cret-pw\").hexdigest())")

test_expect_success 'the password is asked on the terminal, without echo' '
	tui_start 100 20 feed add --name club --user ann "$BASE/auth/$H/rss2.xml" feeds &&
	wait_for "Password for ann:" &&
	keys -l "s3cret-pw" && keys Enter &&
	wait_for "club: subscribed" &&
	wait_exit 0 &&
	screen >shown &&
	! grep -q s3cret shown
'

test_expect_success 'the password kept works for the update' '
	"$GLOSS" feed update club feeds >out &&
	grep -q "^club: 3 new$" out
'

test_expect_success 'an update on a terminal shows a progress line, then the results' '
	cat >slow.opml <<-EOF &&
	<?xml version="1.0"?>
	<opml version="2.0"><body><outline text="Slow" xmlUrl="$BASE/slow"/></body></opml>
	EOF
	"$GLOSS" feed import slow.opml feeds &&
	tui_start 100 20 feed update club slow feeds &&
	wait_for "updating 1/2 feeds, 0 new" &&
	wait_for "slow: error: " 20 &&
	wait_exit 1 &&
	screen >shown &&
	! grep -q "updating" shown
'
test_done
