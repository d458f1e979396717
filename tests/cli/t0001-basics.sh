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
test_expect_success 'the default library is created on first use, with no sidecar while it is empty' '
	test_exit_code 1 env XDG_DATA_HOME="$PWD/fresh-data" "$GLOSS" list >out 2>err &&
	test ! -s out &&
	grep -q "no articles in .*fresh-data/gloss/library" err &&
	test -d fresh-data/gloss/library &&
	test ! -e fresh-data/gloss/library/.gloss.db
'
test_expect_success 'no command leaves a sidecar in a folder without articles' '
	mkdir -p bare/sub &&
	echo "not an article" >bare/sub/readme.rst &&
	for cmd in list notes export tags sync "search word" "mentions Someone" "entity set Foo person"
	do
		test_exit_code 1 "$GLOSS" $cmd bare 2>err &&
		grep -q "no articles in bare" err || return 1
	done &&
	test ! -e bare/.gloss.db &&
	printf "Title: A\n\nText.\n" >bare/sub/a.md &&
	"$GLOSS" list bare >out &&
	grep -q "sub/a.md" out &&
	test -e bare/.gloss.db
'
test_expect_success 'every command has its --help: usage, what it does, an example' '
	for cmd in list show search tag untag tags sync note notes export import-notes mentions entities entity add extract feed
	do
		"$GLOSS" $cmd --help >out 2>err || return 1
		grep -q "^Usage: gloss \[OPTION\]... $cmd " out || return 1
		grep -q "^Example:" out || return 1
		test ! -s err || return 1
	done &&
	"$GLOSS" note -h >out &&
	grep -q "restore ID" out
'
test_expect_success 'a bad option names the command'"'"'s help' '
	test_exit_code 2 "$GLOSS" list --bogus 2>err &&
	grep -q "Try .gloss list --help. for more information" err
'
test_expect_success 'the examples of the reading commands run on the sample library' '
	copy_seeds seeds &&
	for cmd in list show search tags notes mentions entities
	do
		ex=$("$GLOSS" $cmd --help | sed -n "/^Example:/{n;s/^  gloss /\"\$GLOSS\" /p}") &&
		test -n "$ex" &&
		eval "$ex" >out 2>err </dev/null || { echo "$ex failed: $(cat err)"; return 1; }
	done
'
test_done
