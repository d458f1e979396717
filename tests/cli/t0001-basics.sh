#!/bin/sh
# t0001: start-up, help, version, usage errors and exit codes.
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success '--help lists the commands' '
	"$GLOSS" --help >out &&
	grep -q "^Usage: gloss" out &&
	grep -q "  list " out && grep -q "  search " out && grep -q "  tag " out
'
test_expect_success '--version names the program and licence' '
	"$GLOSS" --version >out &&
	grep -q "^gloss [0-9]" out && grep -q "GPLv3+" out
'
test_expect_success 'an unknown option is a usage error (2)' '
	test_exit_code 2 "$GLOSS" --bogus 2>err &&
	grep -q "^gloss: unknown option" err
'
test_expect_success 'an unknown command is a usage error (2)' '
	test_exit_code 2 "$GLOSS" frobnicate 2>err &&
	grep -q "not a command" err
'
test_expect_success 'a bad option of a command is a usage error with its usage' '
	test_exit_code 2 "$GLOSS" list --nope 2>err &&
	grep -q "^gloss: list: unknown option" err &&
	grep -q "^Usage: gloss list" err
'
test_expect_success '--db without a path is a usage error' '
	test_exit_code 2 "$GLOSS" --db
'
test_expect_success '--dict without a value is a usage error' '
	test_exit_code 2 "$GLOSS" --dict 2>err &&
	grep -q "needs a NAME or PATH" err
'
test_expect_success 'not on a terminal, gloss DIR lists the library' '
	copy_seeds lib &&
	"$GLOSS" lib </dev/null >out &&
	test "$(wc -l <out)" -eq 8
'
test_expect_success 'the default library is $GLOSS_LIBRARY' '
	copy_seeds deflib &&
	GLOSS_LIBRARY="$PWD/deflib" "$GLOSS" list >out &&
	test "$(wc -l <out)" -eq 8
'
test_expect_success 'the default library is created on first use' '
	XDG_DATA_HOME="$PWD/fresh-data" "$GLOSS" list >out &&
	test ! -s out &&
	test -d fresh-data/gloss/library
'
test_done
