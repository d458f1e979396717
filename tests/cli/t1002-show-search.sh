#!/bin/sh
# t1002: show an article, awkward and hostile files, full-text search.
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success 'show prints the title, metadata and paragraphs' '
	copy_seeds lib &&
	"$GLOSS" show lib/2024-01-11-state-blinken-cho-call.txt >out &&
	head -n 1 out | grep -q "^Secretary Blinken.s Call with Republic of Korea Foreign Minister Cho$" &&
	grep -q "^Date: 2024-01-11$" out &&
	grep -q "^Secretary of State Antony J. Blinken spoke today" out
'
test_expect_success 'show of a missing file fails with its name (1)' '
	test_exit_code 1 "$GLOSS" show lib/nope.txt 2>err &&
	grep -q "^gloss: lib/nope.txt: No such file or directory$" err
'
test_expect_success 'show of a binary file is refused (1)' '
	printf "\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1" >lib/pic.txt &&
	test_exit_code 1 "$GLOSS" show lib/pic.txt 2>err &&
	grep -q "binary file" err
'
test_expect_success 'invalid UTF-8, NUL, CRLF, BOM and no final newline are read without loss' '
	printf "\357\273\277Title: Odd\r\n\r\nbad \377 byte and a \0 NUL\r\n\r\nlast line" >lib/odd.txt &&
	"$GLOSS" show lib/odd.txt >out &&
	head -n 1 out | grep -q "^Odd" &&
	grep -q "last line" out &&
	grep -a -q "^bad " out && test "$(grep -a -c NUL out)" -eq 1
'
test_expect_success 'an empty file is an article with its file name as title' '
	: >lib/empty-article-file.txt &&
	"$GLOSS" show lib/empty-article-file.txt >out &&
	grep -q "^Empty article file$" out
'
test_expect_success 'show --color=always marks people, places and dates' '
	"$GLOSS" show --color=always lib/000_5512f4e0b11210a8.txt >out &&
	grep -q "$(printf "\033")\[1;33mTakeshi Iwaya$(printf "\033")\[0m" out &&
	grep -q "$(printf "\033")\[32mSeoul" out &&
	grep -q "$(printf "\033")\[35mMonday" out
'
test_expect_success 'show --color=always leaves "today" and "now" unmarked' '
	printf "Title: Council\nDate: 2025-06-01\n\nThe council met today. It met on 1 June 2025 and meets now.\n" >lib/council.txt &&
	"$GLOSS" show --color=always lib/council.txt >out &&
	grep -q "$(printf "\033")\[35m1 June 2025" out &&
	grep -q " met today\. " out && grep -q " meets now\." out
'
test_expect_success 'show --color=never and piped output have no colour' '
	"$GLOSS" show --color=never lib/000_5512f4e0b11210a8.txt >out &&
	! grep -q "$(printf "\033")" out &&
	"$GLOSS" show lib/000_5512f4e0b11210a8.txt >out &&
	! grep -q "$(printf "\033")" out
'
test_expect_success 'on a terminal, hostile bytes are shown as placeholders' '
	printf "Title: Evil \033]0;pwned\007\n\nClear \033[2J screen, \302\233 C1, \342\200\256 bidi, \377 byte.\n" >lib/evil.txt &&
	TERM=dumb script -qec "\"$GLOSS\" show --color=never lib/evil.txt" /dev/null >out &&
	! grep -q "$(printf "\033")" out &&
	grep -q "Evil ^\[\]0;pwned^G" out &&
	grep -q "Clear ^\[\[2J screen, <U+009B> C1, <U+202E> bidi, \\\\xFF byte." out
'
test_expect_success 'piped --color=always is for a terminal: only its own SGR, the article sanitized' '
	"$GLOSS" show --color=always lib/evil.txt >out &&
	grep -q "Evil ^\[\]0;pwned^G" out &&
	grep -q "Clear ^\[\[2J screen, <U+009B> C1, <U+202E> bidi, \\\\xFF byte." out &&
	LC_ALL=C sed "s/$(printf "\033")\[[0-9;]*m//g" out >stripped &&
	! LC_ALL=C grep -q -e "$(printf "\033")" -e "$(printf "\007")" -e "$(printf "\302\233")" stripped
'
test_expect_success 'plain piped show stays the file'"'"'s bytes' '
	"$GLOSS" show lib/evil.txt >out &&
	grep -q "Clear $(printf "\033")\[2J screen" out
'
test_expect_success 'search finds words in articles' '
	"$GLOSS" search Manila lib >out &&
	grep -q "2024-03-19-state-blinken-marcos-meeting.txt" out &&
	"$GLOSS" search "\"Rio de Janeiro\"" lib --json >out.json &&
	python3 -c "import json,sys; l=[json.loads(x) for x in open(\"out.json\")]; assert len(l)==1 and l[0][\"path\"].startswith(\"2024-02-29\"), l"
'
test_expect_success 'search with nothing found prints nothing and succeeds' '
	"$GLOSS" search zyzzyvaqq lib >out &&
	test ! -s out
'
test_expect_success 'search without a query is a usage error' '
	test_exit_code 2 "$GLOSS" search
'
test_expect_success 'search finds Chinese, Japanese and Korean words inside a sentence' '
	mkdir cjk &&
	printf "Title: 日本の首相\n\n石破茂首相は月曜日に韓国を訪問した。東京では記者会見が開かれた。\n" >cjk/ja.txt &&
	printf "Title: 中文\n\n中国外交部长王毅今天在北京会见了客人。\n" >cjk/zh.txt &&
	printf "Title: 한국\n\n서울에서 정상회담이 열렸다.\n" >cjk/ko.txt &&
	printf "Title: Cafe\n\nThe café in São Paulo opened.\n" >cjk/en.txt &&
	for q in 首相:ja 記者会見:ja 韓国:ja 北京:zh 外交部长:zh 서울:ko 정상회담:ko cafe:en "sao paulo:en" "\"São Paulo\":en"
	do
		"$GLOSS" search "${q%:*}" cjk >out &&
		test "$(grep -c "^[^ ]" out)" = 1 &&
		grep -q "^${q##*:}.txt" out || return 1
	done &&
	"$GLOSS" search "首相 -韓国" cjk >out &&
	! grep . out
'
test_expect_success 'a sidecar indexed before the CJK tokenizer is upgraded and found again' '
	python3 - cjk/.gloss.db <<-PY &&
	import sqlite3, sys
	c = sqlite3.connect(sys.argv[1])
	c.execute("PRAGMA writable_schema = ON")
	c.execute("UPDATE sqlite_master SET sql = replace(sql, \"\x27gloss\x27\", \"\x27unicode61 remove_diacritics 2\x27\") WHERE name = \"articles_fts\"")
	c.execute("DELETE FROM migrations WHERE version >= 5")
	c.execute("PRAGMA user_version = 4")
	c.commit()
	PY
	python3 -c "import sqlite3,sys; assert \"unicode61\" in sqlite3.connect(sys.argv[1]).execute(\"SELECT sql FROM sqlite_master WHERE name = \x27articles_fts\x27\").fetchone()[0]" cjk/.gloss.db &&
	"$GLOSS" search 首相 cjk >out &&
	grep -q "^ja.txt" out &&
	test -f cjk/.gloss.db.bak-v4 &&
	python3 -c "import sqlite3,sys; assert \"gloss\" in sqlite3.connect(sys.argv[1]).execute(\"SELECT sql FROM sqlite_master WHERE name = \x27articles_fts\x27\").fetchone()[0]" cjk/.gloss.db
'
test_expect_success 'search: the snippet of a Markdown article has no runs of blanks where markup was' '
	mkdir mdq &&
	printf -- "---\ntitle: Harbour\n---\n\nThe **harbour** pilots met in [Valparaiso](http://example.org/v) on Monday.\n" >mdq/a.md &&
	"$GLOSS" search pilots mdq >out &&
	grep -q "The harbour \[pilots\] met in Valparaiso on Monday" out &&
	! grep -q "example.org" out
'
test_expect_success 'search: -word leaves out the articles that have it' '
	mkdir q &&
	printf "Title: One\n\nThe harbour pilots met in Valparaiso.\n" >q/one.txt &&
	printf "Title: Two\n\nThe harbour pilots met in Antofagasta.\n" >q/two.txt &&
	printf "Title: Three\n\nPilots of the harbour met again.\n" >q/three.txt &&
	"$GLOSS" search "harbour pilots" q >out &&
	test $(grep -c "^[^ ]" out) = 3 &&
	"$GLOSS" search "harbour -Valparaiso" q >out &&
	test $(grep -c "^[^ ]" out) = 2 &&
	! grep -q "^one.txt" out &&
	"$GLOSS" search "harbour -Valparaiso -\"in Antofagasta\"" q >out &&
	test $(grep -c "^[^ ]" out) = 1 &&
	grep -q "^three.txt" out
'
test_expect_success 'search: a quoted phrase must occur in its order' '
	"$GLOSS" search "\"harbour pilots\"" q >out &&
	test $(grep -c "^[^ ]" out) = 2 &&
	! grep -q "^three.txt" out
'
test_expect_success 'search: word* finds a prefix' '
	"$GLOSS" search "Valpar*" q >out &&
	grep -q "^one.txt" out
'
test_expect_success 'search: -word applies to notes too' '
	"$GLOSS" note add q/three.txt --quote "Pilots of the harbour" --note "tug crews from Talcahuano" >/dev/null &&
	"$GLOSS" search "tug crews" q >out &&
	grep -q "\[note\]" out &&
	"$GLOSS" search "tug -Talcahuano" q >out &&
	! grep -q "\[note\]" out
'
test_expect_success 'search: a note is matched as an article is (words, accents ignored, word*)' '
	"$GLOSS" note add q/one.txt --quote "harbour pilots" --note "the Café of the swordfishermen" >/dev/null &&
	"$GLOSS" search "cafe" q >out &&
	grep -q "\[note\].*One" out &&
	"$GLOSS" search "swordfish" q >out &&
	! grep -q "\[note\]" out &&
	"$GLOSS" search "swordfish*" q >out &&
	grep -q "\[note\].*One" out
'
test_expect_success 'search: a bad query is an error with exit 2' '
	test_exit_code 2 "$GLOSS" search "NEAR(harbour pilots)" q 2>err &&
	grep -q "no parentheses" err &&
	test_exit_code 2 "$GLOSS" search "(" q 2>err &&
	test_exit_code 2 "$GLOSS" search "\"harbour pilots" q 2>err &&
	grep -q "unclosed quote" err &&
	test_exit_code 2 "$GLOSS" search -- "-harbour" q 2>err &&
	grep -q "not only words to leave out" err &&
	test_exit_code 2 "$GLOSS" search "!!!" q 2>err &&
	grep -q "no word to search for" err
'
test_expect_success 'search: FTS5 operators are words, never syntax' '
	printf "Title: Four\n\nPilots OR tugs, NOT sailors.\n" >q/four.txt &&
	"$GLOSS" search "OR NOT" q >out &&
	test $(grep -c "^[^ ]" out) = 1 &&
	grep -q "^four.txt" out
'
test_done
