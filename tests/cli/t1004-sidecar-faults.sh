#!/bin/sh
# t1004: a sidecar that is damaged, foreign, a folder, or read-only: a
# clear message, nothing written to what gloss must not write.
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success 'a sidecar that is a folder is named as such' '
	copy_seeds dirdb && mkdir dirdb/.gloss.db &&
	test_exit_code 1 "$GLOSS" list dirdb 2>err &&
	grep -q "dirdb/.gloss.db: is a folder, not a sidecar file" err &&
	! grep -q "unable to open" err
'
test_expect_success 'a foreign SQLite file named .gloss.db is refused and left as it was' '
	copy_seeds foreign &&
	python3 -c "import sqlite3; c=sqlite3.connect(\"foreign/.gloss.db\"); c.execute(\"CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT)\"); c.execute(\"INSERT INTO accounts(name) VALUES (\x27x\x27)\"); c.commit(); c.close()" &&
	cp foreign/.gloss.db foreign.before &&
	test_exit_code 1 "$GLOSS" list foreign 2>err &&
	grep -q "not a gloss sidecar" err &&
	cmp foreign/.gloss.db foreign.before &&
	test_exit_code 1 "$GLOSS" tag foreign/2024-01-11-state-blinken-cho-call.txt x 2>err &&
	cmp foreign/.gloss.db foreign.before
'
test_done
