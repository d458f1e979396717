#!/bin/sh
# t2003: gloss entity set/unset --at FILE:START:END TYPE corrects one
# mention: it wins over the engine and over a correction of the text, for
# that passage only; `entity list` shows it; it follows the passage when
# the file is edited before it, and becomes an orphan when the passage is
# gone. Bad input changes nothing. An older sidecar is upgraded.
. "$(dirname "$0")/lib.sh"

esc=$(printf '\033')
A=lib/a.txt

# The byte offset of the Nth (default 1) occurrence of TEXT in FILE.
at() {
	grep -bo "$2" "$1" | sed -n "${3:-1}p" | cut -d: -f1
}

test_expect_success 'setup' '
	mkdir lib &&
	printf "Title: Harbour\n\nMaria Lopez met the mayor in Paris on Monday.\nLater Lopez flew from Paris to Lyon with Acme Widgets.\n" >$A &&
	printf "Title: Two\n\nJosé Álvarez sailed to Paris.\n" >lib/b.txt &&
	"$GLOSS" entities $A >before &&
	test $(grep -c "\"text\":\"Paris\",*" before) = 2 &&
	p2=$(at $A Paris 2) && test "$p2" = 84 &&
	grep "\"start\":84," before | grep -q PLACE &&
	! grep -q "Acme" before
'
test_expect_success 'set --at: one mention changes type, the other stays' '
	"$GLOSS" entity set --at $A:84:89 person &&
	"$GLOSS" entities $A >out &&
	grep "\"start\":84," out | grep -q "\"type\":\"PERSON\".*\"corrected\":true" &&
	grep "\"start\":45," out | grep "\"type\":\"PLACE\"" | grep -qv corrected &&
	test $(wc -l <out) = $(wc -l <before) &&
	printf "Title: Copy\n\nLater Lopez flew from Paris to Lyon with Acme Widgets.\n" >lib/c.txt &&
	"$GLOSS" entities lib/c.txt $A >out &&
	grep "c.txt" out | grep "\"text\":\"Paris\"" | grep "PLACE" | grep -qv corrected &&
	grep "a.txt" out | grep -q "\"start\":84,.*\"corrected\":true"
'
test_expect_success 'set --at none: no highlight there; a type where the engine saw none adds one' '
	"$GLOSS" entity set --at $A:54:60 none &&
	w=$(at $A "Acme Widgets") &&
	"$GLOSS" entity set --at "$A:$w:$((w + 12))" place &&
	"$GLOSS" entities $A >out &&
	! grep -q "\"text\":\"Monday\"" out &&
	grep -q "\"text\":\"Acme Widgets\",\"corrected\":true" out &&
	grep "Acme Widgets" out | grep -q "\"type\":\"PLACE\""
'
test_expect_success 'a correction inside a longer mention takes the whole mention'"'"'s place' '
	"$GLOSS" entity set --at $A:22:27 place &&
	"$GLOSS" entities $A >out &&
	! grep -q "\"text\":\"Maria Lopez\"" out &&
	grep "\"start\":22," out | grep -q "\"type\":\"PLACE\".*\"corrected\":true" &&
	"$GLOSS" entity unset --at $A:16:27 &&
	"$GLOSS" entities $A | grep -q "\"text\":\"Maria Lopez\""
'
test_expect_success 'entity list shows the corrections of a text and of a passage' '
	"$GLOSS" entity set "Lyon" person lib &&
	"$GLOSS" entity list lib >list &&
	cat >expect <<-EOF &&
	text	Lyon	PERSON
	at	a.txt:54:60	NONE	Monday
	at	a.txt:84:89	PERSON	Paris
	at	a.txt:103:115	PLACE	Acme Widgets
	EOF
	diff -u expect list
'
test_expect_success 'a passage correction wins over the correction of its text, there only' '
	l=$(at $A Lyon) &&
	"$GLOSS" entity set --at "$A:$l:$((l + 4))" date &&
	printf "Lyon again.\n" >>$A &&
	"$GLOSS" entities $A >out &&
	grep "\"start\":$l," out | grep -q "\"type\":\"DATE\",.*\"corrected\":true" &&
	l2=$(at $A Lyon 2) &&
	grep "\"start\":$l2," out | grep "\"type\":\"PERSON\"" | grep -qv corrected
'
test_expect_success 'gloss show and gloss mentions see them' '
	"$GLOSS" show --color=always $A >shown &&
	grep -qF "${esc}[32mAcme Widgets" shown &&
	! grep -qF "${esc}[35mMonday" shown &&
	"$GLOSS" mentions --json "Acme Widgets" lib >m &&
	grep -q "\"type\":\"PLACE\"" m
'
test_expect_success 'unset --at removes the correction there and nothing else' '
	"$GLOSS" entity unset --at $A:55:56 &&
	"$GLOSS" entities $A >out &&
	grep -q "\"text\":\"Monday\"" out &&
	"$GLOSS" entity list lib >list &&
	! grep -q Monday list &&
	grep -q "a.txt:84:89	PERSON	Paris" list &&
	test_exit_code 1 "$GLOSS" entity unset --at $A:55:56 2>err &&
	grep -q "no correction there to unset" err
'
test_expect_success 'note undo brings an unset correction back; note redo takes it again' '
	"$GLOSS" note undo lib >out &&
	grep -q "^undid entity-at\$" out &&
	"$GLOSS" entity list lib | grep -q "a.txt:54:60	NONE	Monday" &&
	! "$GLOSS" entities $A | grep -q "\"text\":\"Monday\"" &&
	"$GLOSS" note redo lib >out &&
	grep -q "^redid entity-at\$" out &&
	! "$GLOSS" entity list lib | grep -q Monday
'
test_expect_success 'note undo and redo of a correction set over another' '
	"$GLOSS" entity set --at $A:84:89 date &&
	"$GLOSS" entities $A | grep "\"start\":84," | grep -q "DATE.*corrected" &&
	"$GLOSS" note undo lib &&
	"$GLOSS" entities $A | grep "\"start\":84," | grep -q "PERSON.*corrected" &&
	"$GLOSS" entity list lib >list &&
	grep -q "a.txt:84:89	PERSON	Paris" list &&
	"$GLOSS" note redo lib &&
	"$GLOSS" entities $A | grep "\"start\":84," | grep -q "DATE.*corrected" &&
	"$GLOSS" note undo lib &&
	"$GLOSS" entities $A | grep "\"start\":84," | grep -q "PERSON.*corrected"
'
test_expect_success 'bad input is refused with a message and changes nothing' '
	cp lib/.gloss.db db.before &&
	"$GLOSS" entity list lib >list.before &&
	test_exit_code 1 "$GLOSS" entity set --at $A:100:9999 person 2>err &&
	grep -q "is not a passage of the file" err &&
	test_exit_code 1 "$GLOSS" entity set --at $A:2:5 person 2>err &&
	grep -q "is in the header" err &&
	test_exit_code 1 "$GLOSS" entity set --at lib/b.txt:13:16 person 2>err &&
	grep -q "splits a UTF-8 character" err &&
	test_exit_code 2 "$GLOSS" entity set --at $A:60:54 person 2>err &&
	grep -q "START < END" err &&
	test_exit_code 2 "$GLOSS" entity set --at $A:54:54 person 2>err &&
	test_exit_code 2 "$GLOSS" entity set --at $A:54:60 thing 2>err &&
	grep -q "not a type: person, place, date or none" err &&
	test_exit_code 2 "$GLOSS" entity set --at $A person 2>err &&
	test_exit_code 2 "$GLOSS" entity set --at $A:54:60 2>err &&
	printf "x" >lib/pic.png &&
	test_exit_code 1 "$GLOSS" entity set --at lib/pic.png:0:1 person 2>err &&
	grep -q "not an article" err &&
	mkdir lib/.hidden && cp $A lib/.hidden/ &&
	test_exit_code 1 "$GLOSS" entity set --at lib/.hidden/a.txt:45:50 person 2>err &&
	grep -q "hidden" err &&
	test_exit_code 1 "$GLOSS" entity set --at lib/gone.txt:0:1 person 2>err &&
	"$GLOSS" entity list lib >list &&
	diff -u list.before list &&
	"$GLOSS" entities $A >out &&
	! grep -q "pic.png\|gone.txt" out
'
test_expect_success 'an edit before the passage: the correction follows it' '
	printf "Title: Harbour\n\nA first line, new.\nMaria Lopez met the mayor in Paris on Monday.\nLater Lopez flew from Paris to Lyon with Acme Widgets.\n" >$A &&
	p=$(at $A Paris 2) && test "$p" = 103 &&
	"$GLOSS" entities $A >out &&
	grep "\"start\":103," out | grep -q "\"type\":\"PERSON\".*\"corrected\":true" &&
	grep "\"start\":64," out | grep "\"type\":\"PLACE\"" | grep -qv corrected &&
	"$GLOSS" entity list lib >list &&
	grep -q "^at	a.txt:103:108	PERSON	Paris\$" list
'
test_expect_success 'the passage gone: the correction is an orphan, listed, not applied' '
	printf "Title: Harbour\n\nA first line, new.\nMaria Lopez met the mayor in Paris on Monday.\nNothing more.\n" >$A &&
	"$GLOSS" entities $A >out &&
	! grep -q corrected out &&
	"$GLOSS" entity list lib >list &&
	grep -q "^at	a.txt:103:108	PERSON	Paris	orphan\$" list &&
	"$GLOSS" entity unset --at $A:103:108 &&
	"$GLOSS" entity list lib >list &&
	! grep -q "Paris" list
'
test_expect_success 'a sidecar of the version before is upgraded, with a copy kept' '
	mkdir old &&
	printf "Title: Old\n\nMaria Lopez met the mayor in Paris.\n" >old/a.txt &&
	"$GLOSS" list old >/dev/null &&
	python3 - old/.gloss.db <<-PY &&
	import sqlite3, sys
	c = sqlite3.connect(sys.argv[1])
	c.execute("DROP TABLE passage_corrections")
	c.execute("DELETE FROM migrations WHERE version >= 7")
	c.execute("PRAGMA user_version = 6")
	c.commit()
	PY
	"$GLOSS" entities old/a.txt >out &&
	grep -q "\"text\":\"Paris\"" out &&
	! test -f old/.gloss.db.bak-v6 &&
	p=$(at old/a.txt Paris) &&
	"$GLOSS" entity set --at "old/a.txt:$p:$((p + 5))" none &&
	test -f old/.gloss.db.bak-v6 &&
	"$GLOSS" entities old/a.txt >out &&
	! grep -q "\"text\":\"Paris\"" out &&
	python3 -c "import sqlite3,sys; assert sqlite3.connect(sys.argv[1]).execute(\"PRAGMA user_version\").fetchone()[0] == 7" old/.gloss.db
'
test_done
