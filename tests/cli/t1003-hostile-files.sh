#!/bin/sh
# t1003: hostile and awkward files in a library: badly encoded text, FIFOs,
# huge and sparse files. Commands that could hang run under timeout.
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success 'text with 16 invalid bytes in 88 is read, not refused as binary' '
	copy_seeds lib &&
	printf "Title: Latin-1\n\nCaf\351 cr\350me br\373l\351e, na\357ve fa\347ade: \351t\351 \340 P\351rou, d\351j\340 vu.\n" >lib/latin1.txt &&
	test "$(wc -c <lib/latin1.txt)" -eq 71 &&
	printf "Caf\351 \351t\351 \340 vu ye\n" >>lib/latin1.txt &&
	test "$(wc -c <lib/latin1.txt)" -eq 88 &&
	"$GLOSS" show lib/latin1.txt >out &&
	head -n 1 out | grep -q "^Latin-1" &&
	"$GLOSS" list lib >out 2>err &&
	grep -q Latin-1 out &&
	! grep -q "could not be read" err
'
test_expect_success 'control bytes and NULs still make a binary file' '
	printf "a\001b\002c\003d\004e\005f\006g\016h\017i\020j\021\n" >lib/ctl.txt &&
	test_exit_code 1 "$GLOSS" show lib/ctl.txt 2>err &&
	grep -q "binary file" err &&
	rm lib/ctl.txt
'
test_expect_success 'a FIFO named x.txt is refused by show, note add, entities, tag and export' '
	mkfifo lib/x.txt &&
	test_exit_code 1 timeout 10 "$GLOSS" show lib/x.txt 2>err &&
	grep -q "not a regular file" err &&
	test_exit_code 1 timeout 10 "$GLOSS" note add lib/x.txt --quote a --note b 2>err &&
	grep -q "not a regular file" err &&
	test_exit_code 1 timeout 10 "$GLOSS" entities lib/x.txt 2>err &&
	grep -q "not a regular file" err &&
	test_exit_code 1 timeout 10 "$GLOSS" tag lib/x.txt t 2>err &&
	grep -q "not a regular file" err &&
	test_exit_code 1 timeout 10 "$GLOSS" export lib/x.txt 2>err &&
	grep -q "not a regular file" err &&
	timeout 10 "$GLOSS" list lib >out &&
	! grep -q "x.txt" out &&
	rm lib/x.txt
'
test_expect_success 'a file past the size limit is refused without being read' '
	printf "Title: Huge\n\nText.\n" >lib/huge.txt &&
	seq 1 40000 | sed "s/^/Line of text /" >>lib/huge.txt &&
	truncate -s 300M lib/huge.txt &&
	test_exit_code 1 "$GLOSS" show lib/huge.txt 2>err &&
	grep -q "too large for an article" err &&
	test_exit_code 1 "$GLOSS" note add lib/huge.txt --quote Text --note n 2>err &&
	grep -q "too large for an article" err &&
	test_exit_code 1 "$GLOSS" entities lib/huge.txt 2>err &&
	grep -q "too large for an article" err &&
	"$GLOSS" mentions "Cho Tae-yul" lib >out &&
	grep -q "2024-01-11-state-blinken-cho-call.txt" out &&
	rm lib/huge.txt
'
test_expect_success 'a refused file is not read again while its size and mtime stay' '
	copy_seeds ref &&
	printf "\0\0\0\0\0\0\0\0\0\0binary\n" >ref/blob.txt &&
	touch -d "2020-01-01 00:00:00" ref/blob.txt &&
	"$GLOSS" sync ref >out &&
	grep -q "8 read, 1 skipped" out &&
	printf "Title: Now\n\ntext\n" >ref/blob.txt &&
	touch -d "2020-01-01 00:00:00" ref/blob.txt &&
	"$GLOSS" sync ref >out &&
	grep -q "0 read, 1 skipped" out &&
	touch ref/blob.txt &&
	"$GLOSS" sync ref >out &&
	grep -q "1 read, 0 skipped" out &&
	"$GLOSS" list ref | grep -q "Now"
'
test_done
