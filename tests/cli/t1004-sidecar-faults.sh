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
test_expect_success 'after a command the stamp matches the sidecar, so the next one runs no check' '
	copy_seeds stamped &&
	"$GLOSS" tag stamped/2024-01-11-state-blinken-cho-call.txt x &&
	python3 - stamped/.gloss.db <<-PY
	import os, sys
	st = os.stat(sys.argv[1])
	got = open(sys.argv[1] + "-stamp").read()
	assert got == "%d %d\n" % (st.st_size, st.st_mtime_ns), (got, st.st_size, st.st_mtime_ns)
	PY
'
test_expect_success 'a sidecar with 4 KB overwritten in the middle is never written' '
	copy_seeds dmg &&
	"$GLOSS" note add dmg/2024-01-11-state-blinken-cho-call.txt --quote "Cho Tae-yul" --note one &&
	"$GLOSS" list dmg >/dev/null &&
	python3 - dmg/.gloss.db <<-PY &&
	import sqlite3, sys
	p = sys.argv[1]
	c = sqlite3.connect(p)
	ps = c.execute("PRAGMA page_size").fetchone()[0]
	n = c.execute("PRAGMA page_count").fetchone()[0]
	roots = [r[0] for r in c.execute("SELECT rootpage FROM sqlite_master WHERE type = \x27index\x27 AND rootpage > 1")]
	c.close()
	assert n >= 16, n
	root = min(roots, key=lambda r: abs(r - n // 2))
	with open(p, "r+b") as f:
	    f.seek((root - 1) * ps)
	    f.write(bytes([0x5a]) * 4096)
	PY
	cp dmg/.gloss.db dmg.before &&
	test_exit_code 1 "$GLOSS" list dmg 2>err &&
	grep -q "damaged.*recover" err &&
	cmp dmg/.gloss.db dmg.before &&
	test_exit_code 1 "$GLOSS" note add dmg/2024-01-11-state-blinken-cho-call.txt --quote "Cho Tae-yul" --note two 2>err &&
	grep -q "damaged.*recover" err &&
	cmp dmg/.gloss.db dmg.before &&
	test_exit_code 1 "$GLOSS" tag dmg/2024-01-11-state-blinken-cho-call.txt t 2>err &&
	grep -q "damaged.*recover" err &&
	cmp dmg/.gloss.db dmg.before &&
	test_exit_code 1 "$GLOSS" sync dmg 2>err &&
	grep -q "damaged.*recover" err &&
	cmp dmg/.gloss.db dmg.before
'
test_done
