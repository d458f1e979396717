#!/bin/sh
# gloss feed import and update against server.py on 127.0.0.1: an OPML
# file with folders, every feed updated into feeds/NAME/ with front matter
# and tags, nothing saved twice (also an item the feed edited), the 304
# path, failing feeds among good ones, a billion-laughs feed refused
# quickly, the max-items cap, Ctrl-C.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/web/lib-server.sh"

mkdir pages lib
cp "$top_srcdir"/tests/web/feeds/* "$top_srcdir"/tests/web/feed-pages/* pages/
echo 'just some text, not a feed' >pages/text.xml
server_start pages
# the OPML names its feeds at http://127.0.0.1/feeds/NAME: the server's port
sed "s#http://127.0.0.1/feeds/#$BASE/#" pages/subscriptions.opml >subs.opml

test_expect_success 'import adds the feeds of the OPML file, folders as tags' '
	"$GLOSS" feed import subs.opml lib >out &&
	grep -q "^5 feeds added, 0 already there" out &&
	"$GLOSS" feed list --json lib >list.json &&
	python3 -c "
import json
d = {f[\"name\"]: f for f in json.load(open(\"list.json\"))}
assert sorted(d) == [\"harbour-notes\", \"lantern-workshop\", \"old-mill-gazette\", \"orchard-log\", \"quay-diary\"], d
assert d[\"old-mill-gazette\"][\"tags\"] == [\"Crafts\", \"Woodwork\"], d
assert d[\"harbour-notes\"][\"tags\"] == [], d
assert d[\"orchard-log\"][\"tags\"] == [\"Garden & orchard\"], d
assert d[\"harbour-notes\"][\"url\"].endswith(\"/rss2.xml\")
"
'

test_expect_success 'importing again adds nothing' '
	"$GLOSS" feed import subs.opml lib >out &&
	grep -q "^0 feeds added, 5 already there" out
'

test_expect_success 'update saves every item of every feed, one line per feed' '
	"$GLOSS" feed update lib >out &&
	cat >want <<-\EOT &&
	harbour-notes: 3 new
	lantern-workshop: 3 new
	old-mill-gazette: 2 new
	orchard-log: 2 new
	quay-diary: 2 new
	EOT
	diff -u want out &&
	test "$(ls lib/feeds/harbour-notes | wc -l)" = 3 &&
	test -f lib/feeds/harbour-notes/2024-03-05-the-ferry-returns.md
'

F=lib/feeds/harbour-notes/2024-03-05-the-ferry-returns.md
test_expect_success 'an article has front matter with the feed and its categories as tags' '
	sed -n "2,/^---$/p" $F >fm &&
	grep -q "^title: The ferry returns$" fm &&
	grep -q "^source: http://127.0.0.1/harbour/ferry-returns.html$" fm &&
	grep -q "^author: Maren Holt$" fm &&
	grep -q "^published: 2024-03-05T07:30:00Z$" fm &&
	grep -q "^site: Harbour Notes$" fm &&
	grep -q "^feed: harbour-notes$" fm &&
	sed -n "/^tags:/,\$p" fm >tags &&
	grep -q "^- transport$" tags && grep -q "^- town$" tags
'

test_expect_success 'the body is the item content as Markdown, links absolute' '
	grep -q "the \*\*winter ferry\*\* is back" $F &&
	grep -q "(http://127.0.0.1/harbour/timetable.html)" $F &&
	grep -q "ferry.mp3" $F &&
	! grep -q "<p>" $F
'

test_expect_success 'the subscription tags join the categories (folders of the OPML)' '
	for f in lib/feeds/old-mill-gazette/*.md; do
		grep -q "^- Crafts$" "$f" && grep -q "^- Woodwork$" "$f" || return 1
	done
'

test_expect_success 'the articles are in the library, unread, counted per feed' '
	"$GLOSS" list lib >all &&
	grep -q "The ferry returns" all &&
	"$GLOSS" feed list --json lib >list.json &&
	python3 -c "
import json
d = {f[\"name\"]: f for f in json.load(open(\"list.json\"))}
assert d[\"harbour-notes\"][\"articles\"] == 3 and d[\"harbour-notes\"][\"unread\"] == 3, d
assert d[\"harbour-notes\"][\"last_status\"] == \"3 new\", d
assert d[\"harbour-notes\"][\"last_update\"].endswith(\"Z\"), d
"
'

test_expect_success 'a second update saves nothing twice' '
	find lib/feeds -name "*.md" | sort >before &&
	"$GLOSS" feed update lib >out &&
	test "$(grep -c ": not changed$" out)" = 5 &&
	find lib/feeds -name "*.md" | sort >after &&
	diff -u before after
'

test_expect_success 'a feed that changed: the new item saved, the edited one not again' '
	"$GLOSS" feed add --name tide "$BASE/seq/changing-1.xml,changing-1.xml,changing-2.xml" lib &&
	"$GLOSS" feed update tide lib >out &&
	echo "tide: 2 new" >want && diff -u want out &&
	"$GLOSS" feed update tide lib >out &&
	echo "tide: 1 new" >want && diff -u want out &&
	ls lib/feeds/tide >files &&
	test "$(wc -l <files)" = 3 &&
	grep -q storm-surge files &&
	! grep -q updated files
'

test_expect_success 'a feed with an ETag: the next update asks conditionally and gets 304' '
	"$GLOSS" feed add --name cond "$BASE/etag/rss2.xml" lib &&
	"$GLOSS" feed update cond lib >out &&
	echo "cond: 3 new" >want && diff -u want out &&
	: >"$TRASH/requests" &&
	"$GLOSS" feed update cond lib >out &&
	echo "cond: not changed" >want && diff -u want out &&
	grep -q "^304 /etag/rss2.xml" "$TRASH/requests"
'

cat >bad.opml <<EOF
<?xml version="1.0"?>
<opml version="2.0"><head><title>bad ones</title></head><body>
<outline text="Gone" xmlUrl="$BASE/status/404"/>
<outline text="Broken server" xmlUrl="$BASE/status/500"/>
<outline text="Slow" xmlUrl="$BASE/slow"/>
<outline text="Not XML" xmlUrl="$BASE/text.xml"/>
<outline text="Laughs" xmlUrl="$BASE/laughs.xml"/>
<outline text="Nowhere" xmlUrl="http://127.0.0.1:1/feed.xml"/>
<outline text="Five" xmlUrl="$BASE/many/5"/>
</body></opml>
EOF

test_expect_success 'failing feeds do not stop the others; the status is 1' '
	"$GLOSS" feed import bad.opml lib >out &&
	grep -q "^7 feeds added" out &&
	test_exit_code 1 "$GLOSS" feed update --timeout 1 gone broken-server slow not-xml laughs nowhere five lib >out 2>err &&
	cat >want <<-\EOT &&
	gone: error: HTTP 404
	broken-server: error: HTTP 500
	slow: error: timed out after 1 s
	not-xml: error: malformed XML at line 1
	laughs: error: too many entity expansions
	nowhere: error: could not connect to 127.0.0.1:1
	five: 5 new
	EOT
	diff -u want out &&
	test "$(ls lib/feeds/five | wc -l)" = 5 &&
	test ! -e lib/feeds/gone
'

test_expect_success 'a failed feed keeps its error as its last status' '
	"$GLOSS" feed list lib >list &&
	grep "^gone	" list | grep -q "HTTP 404$" &&
	grep "^five	" list | grep -q "	5 new$"
'

test_expect_success 'the billion-laughs feed is refused quickly' '
	start=$(date +%s) &&
	test_exit_code 1 "$GLOSS" feed update laughs lib >out &&
	end=$(date +%s) &&
	test $((end - start)) -le 3 &&
	grep -q "^laughs: error: too many entity expansions" out
'

test_expect_success 'at most --max-items items a feed per update, the rest next time' '
	"$GLOSS" feed add --name long "$BASE/many/120" lib &&
	"$GLOSS" feed update --max-items 50 long lib >out &&
	echo "long: 50 new, 70 more next time" >want && diff -u want out &&
	test "$(ls lib/feeds/long | wc -l)" = 50 &&
	"$GLOSS" feed update --max-items 50 long lib >out &&
	echo "long: 50 new, 20 more next time" >want && diff -u want out &&
	"$GLOSS" feed update --max-items 50 long lib >out &&
	echo "long: 20 new" >want && diff -u want out &&
	test "$(ls lib/feeds/long | wc -l)" = 120
'

test_expect_success 'without --max-items, 200 a feed' '
	"$GLOSS" feed add --name longer "$BASE/many/230" lib &&
	"$GLOSS" feed update longer lib >out &&
	echo "longer: 200 new, 30 more next time" >want && diff -u want out
'

test_expect_success 'an unknown feed name is an error, nothing updated' '
	: >"$TRASH/requests" &&
	test_must_fail "$GLOSS" feed update five nosuch lib 2>err &&
	grep -q "nosuch: no such feed" err &&
	! test -s "$TRASH/requests"
'

# in the background, so that the step can send it SIGINT
update_in_background() {
	"$GLOSS" feed update slow five lib >out 2>err &
	pid=$!
}

test_expect_success 'Ctrl-C cancels: the others stop, what was saved stays, nothing half-written' '
	update_in_background &&
	sleep 1 &&
	kill -INT $pid &&
	test_exit_code 1 wait $pid &&
	grep -q "^slow: error: cancelled$" out &&
	grep -q "cancelled" err &&
	! find lib -name ".*tmp*" | grep -q .
'
test_done
