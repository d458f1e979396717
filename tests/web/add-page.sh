#!/bin/sh
# gloss add: a page served on 127.0.0.1 saved as a Markdown article (name,
# front matter, body), the same address again, --again, a Markdown file
# copied, a page with no article, pages in other charsets, a hostile
# title; gloss extract of a local file with --url.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/web/lib-server.sh"

PAGES="$top_srcdir/tests/web/fetch-pages"
server_start "$PAGES"
mkdir lib

test_expect_success 'add saves the page and prints the new file' '
	"$GLOSS" add "$BASE/lighthouse.html" lib >out &&
	test "$(cat out)" = "lib/2024-05-17-the-keeper-of-gannet-rock.md" &&
	test -f lib/2024-05-17-the-keeper-of-gannet-rock.md
'

F=lib/2024-05-17-the-keeper-of-gannet-rock.md

test_expect_success 'the saved file has front matter with the page metadata' '
	head -n 1 $F >first && echo --- >want && cmp first want &&
	sed -n "2,/^---$/p" $F >fm &&
	grep "^title:" fm >fm.title &&
	grep -q "The Keeper of Gannet Rock" fm.title &&
	! grep -q "Coastal Notes" fm.title &&
	grep -q "^source: .*https://coastal.example/2024/keeper" fm &&
	grep -q "^author: .*Ines Varga" fm &&
	grep -q "^published: .*2024-05-17" fm &&
	grep -q "^site: .*Coastal Notes" fm &&
	grep -q "^lang: .*en" fm &&
	grep -q "^saved: .*[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T" fm &&
	grep -q "^tags: \[\]$" fm
'

test_expect_success 'the body is the article, not the page' '
	grep -q "For thirty-one winters the light on Gannet Rock" $F &&
	grep -q "^## A light without a keeper" $F &&
	grep -q "harbour museum" $F &&
	! grep -q "all rights reserved" $F &&
	! grep -q "Privacy" $F
'

test_expect_success 'gloss lists the saved article with its title and date' '
	"$GLOSS" list lib >list &&
	grep -q "^2024-05-17	.*	The Keeper of Gannet Rock	" list
'

test_expect_success 'entities and a note on the saved page are byte ranges of the file' '
	at=$(grep -bo "Tomas Brenner" $F | cut -d: -f1) &&
	"$GLOSS" entities $F >ents &&
	grep -q "\"start\":$at,\"end\":$((at + 13)),\"type\":\"PERSON\"" ents &&
	"$GLOSS" note add $F --quote "harbour museum" --note "worth a visit" >/dev/null &&
	m=$(grep -bo "harbour museum" $F | cut -d: -f1) &&
	"$GLOSS" notes $F --json >notes &&
	grep -q "\"start\":$m,\"end\":$((m + 14))," notes
'

test_expect_success 'the same address again is reported, nothing saved' '
	test_exit_code 1 "$GLOSS" add "$BASE/lighthouse.html" lib >out 2>err &&
	test ! -s out &&
	grep -q "^gloss: $BASE/lighthouse.html: already saved as $F" err &&
	test "$(ls lib | wc -l)" = 1
'

test_expect_success 'an address already saved as a source is not even fetched' '
	"$GLOSS" add "$BASE/harbour.html" lib >out &&
	H=$(cat out) &&
	: >"$TRASH/requests" &&
	test_must_fail "$GLOSS" add "$BASE/harbour.html" lib 2>err &&
	grep -q "already saved as $H" err &&
	test ! -s "$TRASH/requests"
'

test_expect_success 'after a redirect the canonical address is still known' '
	test_must_fail "$GLOSS" add "$BASE/r/2/lighthouse.html" lib 2>err &&
	grep -q "already saved as $F" err
'

test_expect_success '--again saves a second copy beside the first' '
	"$GLOSS" add --again "$BASE/lighthouse.html" lib >out &&
	test "$(cat out)" = "lib/2024-05-17-the-keeper-of-gannet-rock-2.md" &&
	"$GLOSS" add --again "$BASE/lighthouse.html" lib >out &&
	test "$(cat out)" = "lib/2024-05-17-the-keeper-of-gannet-rock-3.md" &&
	cmp $F lib/2024-05-17-the-keeper-of-gannet-rock.md
'

test_expect_success 'the Source: header of a .txt article counts as saved too' '
	mkdir txtlib &&
	printf "Title: Ferry\nSource: %s\n\nBody.\n" "$BASE/harbour.html" >txtlib/ferry.txt &&
	test_must_fail "$GLOSS" add "$BASE/harbour.html" txtlib 2>err &&
	grep -q "already saved as txtlib/ferry.txt" err
'

test_expect_success 'a page with no article is an error and saves nothing' '
	ls lib >before &&
	test_exit_code 1 "$GLOSS" add "$BASE/nothing.html" lib >out 2>err &&
	grep -q "^gloss: $BASE/nothing.html: no article found" err &&
	test ! -s out &&
	ls lib >after && cmp before after &&
	! ls -a lib | grep -q tmp
'

test_expect_success 'a 404 saves nothing and says so' '
	test_must_fail "$GLOSS" add "$BASE/missing" lib 2>err &&
	grep -q "HTTP 404" err &&
	ls lib >after && cmp before after
'

test_expect_success 'a failed add into an empty folder leaves it empty (no sidecar)' '
	mkdir empty &&
	test_must_fail "$GLOSS" add "$BASE/missing" empty 2>err &&
	grep -q "HTTP 404" err &&
	test -z "$(ls -A empty)"
'

test_expect_success 'several arguments: each saved or reported, status 1 for a failure' '
	mkdir many &&
	test_exit_code 1 "$GLOSS" add "$BASE/harbour.html" "$BASE/missing" "$BASE/lighthouse.html" many >out 2>err &&
	test "$(wc -l <out)" = 2 &&
	grep -q "HTTP 404" err
'

test_expect_success 'the same address twice in one command: saved once, then reported' '
	mkdir twice &&
	test_exit_code 1 "$GLOSS" add "$BASE/harbour.html" "$BASE/harbour.html" twice >out 2>err &&
	test "$(wc -l <out)" = 1 &&
	grep -q "already saved as $(cat out)" err &&
	test "$(ls twice | wc -l)" = 1
'

test_expect_success 'a windows-1252 page without a charset in the header reads right' '
	mkdir cs &&
	"$GLOSS" add "$BASE/raw/-/cafe-1252.html" cs >out &&
	grep -q "^title: .*Le café du port rouvre ses portes" "$(cat out)" &&
	grep -q "la carte n’a presque pas changé" "$(cat out)" &&
	case "$(cat out)" in cs/*-le-caf*-du-port-rouvre-ses-portes.md) ;; *) false ;; esac
'

test_expect_success 'a page whose header names a charset that does not exist still reads right' '
	"$GLOSS" extract "$BASE/raw/no-such-charset/cafe-1252.html" >out &&
	grep -q "Après deux ans de travaux" out
'

test_expect_success 'a hostile title makes a safe file name inside the library' '
	mkdir hostile &&
	"$GLOSS" add "$BASE/hostile.html" hostile >out &&
	P=$(cat out) &&
	case "$P" in hostile/[0-9]*-*.md) ;; *) false ;; esac &&
	N=${P#hostile/} &&
	case "$N" in */*|.*) false ;; esac &&
	! printf "%s" "$N" | grep -q "[^a-z0-9.-]" &&
	! printf "%s" "$N" | grep -q "\.\." &&
	test "$(find hostile -type f ! -name ".gloss.db*" | wc -l)" = 1 &&
	test ! -e .hidden && test ! -e evil
'

test_expect_success 'a Markdown file is copied as it is, named from its front matter' '
	mkdir mdlib &&
	"$GLOSS" add "$PAGES/note.md" mdlib >out &&
	test "$(cat out)" = "mdlib/2023-09-02-tide-tables-annotated.md" &&
	cmp "$PAGES/note.md" mdlib/2023-09-02-tide-tables-annotated.md &&
	test_must_fail "$GLOSS" add "$PAGES/note.md" mdlib 2>err &&
	grep -q "already saved as mdlib/2023-09-02-tide-tables-annotated.md" err
'

test_expect_success 'a local .html file is extracted and saved' '
	mkdir filelib &&
	"$GLOSS" add "$PAGES/harbour.html" filelib >out &&
	grep -q "morning ferry leaves" "$(cat out)"
'

test_expect_success 'a FIFO is refused without waiting; a file over --max-size too' '
	mkfifo pipe.html &&
	test_must_fail "$GLOSS" add pipe.html filelib 2>err &&
	grep -q "pipe.html: not a regular file" err &&
	{ cat "$PAGES/harbour.html" && head -c 1100000 /dev/zero | tr "\\0" x; } >huge.html &&
	test_must_fail "$GLOSS" add --max-size 1 huge.html filelib 2>err &&
	grep -q "huge.html: larger than 1 MB" err &&
	cp huge.html huge.md &&
	test_must_fail "$GLOSS" add --max-size 1 huge.md filelib 2>err &&
	grep -q "huge.md: larger than 1 MB" err
'

test_expect_success 'a file of another kind is refused' '
	echo hello >plain.txt &&
	test_must_fail "$GLOSS" add plain.txt filelib 2>err &&
	grep -q "plain.txt: neither an http(s) address nor a .html file" err
'

test_expect_success 'DIR omitted: the default library' '
	GLOSS_LIBRARY="$TRASH/deflib" &&
	export GLOSS_LIBRARY &&
	mkdir -p "$GLOSS_LIBRARY" &&
	"$GLOSS" add "$BASE/harbour.html" >out &&
	case "$(cat out)" in "$TRASH/deflib/"*.md) ;; *) false ;; esac &&
	test -f "$(cat out)"
'

test_expect_success 'a last argument that is no page and no folder is an error; nothing saved' '
	GLOSS_LIBRARY="$TRASH/deflib" &&
	export GLOSS_LIBRARY &&
	ls "$GLOSS_LIBRARY" >before &&
	test_exit_code 1 "$GLOSS" add "$BASE/lighthouse.html" no-such-lib >out 2>err &&
	grep -q "^gloss: no-such-lib: no such folder$" err &&
	test ! -s out && test ! -e no-such-lib &&
	ls "$GLOSS_LIBRARY" >after && cmp before after
'

test_expect_success 'extract prints the Markdown and saves nothing' '
	ls lib >before &&
	"$GLOSS" extract "$BASE/lighthouse.html" >out &&
	head -n 1 out | grep -q "^---$" &&
	grep -q "For thirty-one winters" out &&
	ls lib >after && cmp before after
'

test_expect_success 'extract of a file with --url makes relative links absolute' '
	"$GLOSS" extract --url https://coastal.example/2024/keeper "$PAGES/lighthouse.html" >out &&
	grep -q "(https://coastal.example/museum)" out &&
	grep -q "^source: .*https://coastal.example/2024/keeper" out
'

test_expect_success 'extract of a page with no article fails' '
	test_exit_code 1 "$GLOSS" extract "$PAGES/nothing.html" >out 2>err &&
	grep -q "nothing.html: no article found" err
'

test_expect_success '--help and the manual page list add and extract' '
	"$GLOSS" --help >help &&
	grep -q "^  add \[--again\].*URL|FILE.html|FILE.md... \[DIR\]" help &&
	grep -q "^  extract \[--url URL\]" help &&
	grep -q "^\.B add " "$top_srcdir/doc/gloss.1" &&
	grep -q "^\.B extract " "$top_srcdir/doc/gloss.1"
'

test_done
