#!/bin/sh
# gloss feed add, list, rm, export and prune against server.py on
# 127.0.0.1: a site that announces its feed, names and tags, basic
# authentication (the password never shown), items with only a summary
# (their page fetched, or kept with --summary-only), removing a feed
# keeps its articles, export read back by import, prune keeps the
# articles with notes or tags.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/web/lib-server.sh"

mkdir pages lib
cp "$top_srcdir"/tests/web/feeds/* "$top_srcdir"/tests/web/feed-pages/* pages/
server_start pages
# the server knows the login by its hash only
H=$(python3 -c "import hashlib; print(hashlib.sha256(b\"ann:s3cret-pw\").hexdigest())")

test_expect_success 'add takes a feed, named after its title' '
	"$GLOSS" feed add "$BASE/atom.xml" lib >out &&
	grep -q "^lantern-workshop: subscribed ($BASE/atom.xml)$" out
'

test_expect_success 'add of a site finds the feed its page announces' '
	"$GLOSS" feed add --name site --tag harbour --tag "two words" "$BASE/page-with-feed.html" lib >out &&
	grep -q "^site: subscribed ($BASE/feeds/rss2.xml)$" out &&
	"$GLOSS" feed list --json lib >list.json &&
	python3 -c "
import json
d = {f[\"name\"]: f for f in json.load(open(\"list.json\"))}
assert d[\"site\"][\"tags\"] == [\"harbour\", \"two words\"], d
"
'

test_expect_success 'the same address or name twice is refused' '
	test_must_fail "$GLOSS" feed add "$BASE/atom.xml" lib 2>err &&
	grep -q "already subscribed as lantern-workshop" err &&
	test_must_fail "$GLOSS" feed add --name site "$BASE/rdf.xml" lib 2>err &&
	grep -q "a feed named site already exists" err
'

test_expect_success 'a name that is no folder name is refused' '
	test_must_fail "$GLOSS" feed add --name ../up "$BASE/rdf.xml" lib 2>err &&
	test_must_fail "$GLOSS" feed add --name .hidden "$BASE/rdf.xml" lib 2>err &&
	"$GLOSS" feed list lib >list &&
	! grep -q rdf list
'

test_expect_success 'a page that announces no feed, an address that fails: errors' '
	test_must_fail "$GLOSS" feed add "$BASE/ice-on-the-slipway.html" lib 2>err &&
	grep -q "not a feed" err &&
	test_must_fail "$GLOSS" feed add "$BASE/status/404" lib 2>err &&
	grep -q "HTTP 404" err &&
	test_must_fail "$GLOSS" feed add "file:///etc/passwd" lib 2>err &&
	grep -q "only http and https" err
'

test_expect_success 'a feed behind basic authentication: the password from the environment' '
	test_must_fail env GLOSS_FEED_PASSWORD=wrong "$GLOSS" feed add --name club --user ann "$BASE/auth/$H/rss2.xml" lib 2>err &&
	grep -q "HTTP 401" err &&
	GLOSS_FEED_PASSWORD=s3cret-pw "$GLOSS" feed add --name club --user ann "$BASE/auth/$H/rss2.xml" lib >out &&
	"$GLOSS" feed update club lib >out &&
	echo "club: 3 new" >want && diff -u want out &&
	test "$(ls lib/feeds/club | wc -l)" = 3
'

test_expect_success 'the password is never shown' '
	"$GLOSS" feed list lib >list &&
	"$GLOSS" feed list --json lib >list.json &&
	"$GLOSS" feed export lib >export.opml &&
	! grep -q s3cret list list.json export.opml out &&
	grep -q "\"user\":\"ann\"" list.json
'

test_expect_success 'without the password the server says no: an error' '
	"$GLOSS" feed add --name noauth "$BASE/rss091.xml" lib &&
	python3 - "$BASE" "$H" <<-\EOT &&
	import sqlite3, sys
	# the feed moves behind a login after it was added
	c = sqlite3.connect("lib/.gloss.db")
	c.execute("UPDATE feeds SET url = ? WHERE name = ?", (sys.argv[1] + "/auth/" + sys.argv[2] + "/rss091.xml", "noauth"))
	c.commit()
	EOT
	test_exit_code 1 "$GLOSS" feed update noauth lib >out &&
	grep -q "^noauth: error: HTTP 401$" out
'

test_expect_success 'items with only a summary: the page is fetched and extracted' '
	"$GLOSS" feed add --name quay "$BASE/rss2-summary.xml" lib &&
	"$GLOSS" feed update quay lib >out &&
	echo "quay: 2 new" >want && diff -u want out &&
	F=lib/feeds/quay/2024-01-10-ice-on-the-slipway.md &&
	grep -q "^feed: quay$" $F &&
	grep -q "sheet of clear ice" $F &&
	grep -q "Grit is in the blue bin" $F &&
	! grep -q "all rights reserved" $F &&
	grep -q "GET /quay/ice-on-the-slipway.html" "$TRASH/requests"
'

test_expect_success 'a page that cannot be fetched: the summary is kept' '
	F=lib/feeds/quay/2024-01-09-new-moorings.md &&
	grep -q "Twelve new moorings on the north wall" $F
'

test_expect_success '--summary-only keeps the summary and fetches no page' '
	"$GLOSS" feed add --summary-only --name quay2 "$BASE/etag/rss2-summary.xml" lib &&
	: >"$TRASH/requests" &&
	"$GLOSS" feed update quay2 lib >out &&
	echo "quay2: 2 new" >want && diff -u want out &&
	F=lib/feeds/quay2/2024-01-10-ice-on-the-slipway.md &&
	grep -q "The slipway froze overnight; read on" $F &&
	! grep -q "sheet of clear ice" $F &&
	! grep -q "GET /quay/" "$TRASH/requests" &&
	! grep -q "moorings" "$TRASH/requests"
'

test_expect_success 'rm removes the subscription and keeps its articles' '
	"$GLOSS" feed rm quay2 lib &&
	"$GLOSS" feed list lib >list &&
	! grep -q "^quay2	" list &&
	test -f lib/feeds/quay2/2024-01-10-ice-on-the-slipway.md &&
	"$GLOSS" feed rm "$BASE/atom.xml" lib &&
	test_must_fail "$GLOSS" feed rm nosuch lib 2>err &&
	grep -q "nosuch: no such feed" err
'

test_expect_success 'subscribing again saves nothing twice' '
	"$GLOSS" feed add --summary-only --name quay2 "$BASE/etag/rss2-summary.xml" lib &&
	"$GLOSS" feed update quay2 lib >out &&
	echo "quay2: not changed" >want && diff -u want out &&
	test "$(ls lib/feeds/quay2 | wc -l)" = 2
'

test_expect_success 'export writes OPML that import reads back the same' '
	"$GLOSS" feed export -o subs.opml lib &&
	grep -q "<opml" subs.opml &&
	grep -q "$BASE/feeds/rss2.xml" subs.opml &&
	mkdir lib2 &&
	"$GLOSS" feed import subs.opml lib2 >out &&
	"$GLOSS" feed list --json lib >a.json &&
	"$GLOSS" feed list --json lib2 >b.json &&
	python3 -c "
import json
a = {f[\"url\"]: f[\"tags\"] for f in json.load(open(\"a.json\"))}
b = {f[\"url\"]: f[\"tags\"] for f in json.load(open(\"b.json\"))}
assert a == b, (a, b)
"
'

test_expect_success 'the last argument is the library only when it is a folder' '
	test_must_fail env GLOSS_LIBRARY="$TRASH/lib" "$GLOSS" feed update site nosuch-folder 2>err &&
	grep -q "nosuch-folder: no such feed" err
'

test_expect_success 'prune removes old articles of a feed, never one with notes or tags' '
	"$GLOSS" feed update site lib >out &&
	ls lib/feeds/site >files &&
	test "$(wc -l <files)" = 3 &&
	"$GLOSS" tag lib/feeds/site/2024-03-05-the-ferry-returns.md keep &&
	"$GLOSS" note add lib/feeds/site/2024-03-04-nets-knots-a-workshop.md --quote "net mending" --note "ask about gloves" >/dev/null &&
	"$GLOSS" feed prune site --older-than 30 lib >out &&
	echo "1 article removed" >want && diff -u want out &&
	test -f lib/feeds/site/2024-03-05-the-ferry-returns.md &&
	test -f lib/feeds/site/2024-03-04-nets-knots-a-workshop.md &&
	test ! -e lib/feeds/site/2024-03-02-lighthouse-open-day.md &&
	"$GLOSS" list lib >all &&
	grep -q "feeds/club/2024-03-02-lighthouse-open-day.md" all &&
	! grep -q "feeds/site/2024-03-02-lighthouse-open-day.md" all
'

test_expect_success 'prune keeps what is younger, and a pruned item is not saved again' '
	"$GLOSS" feed prune site --older-than 100000 lib >out &&
	echo "0 articles removed" >want && diff -u want out &&
	"$GLOSS" feed update site lib >out &&
	echo "site: not changed" >want && diff -u want out
'
test_done
