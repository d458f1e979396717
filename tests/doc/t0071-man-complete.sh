#!/bin/sh
# t0071: the manual pages document what the program has: every command
# and option (from its --help), export format, action with its default
# keys (src/tui/actions.c), setting, colour element, colour, attribute and
# key name of the config file, and every environment variable gloss reads.
# man-check.py says what each check takes from the program and where it
# looks in the pages, rendered on one line per paragraph; it prints what
# is missing, which a failing step shows.
. "$top_srcdir/tests/cli/lib.sh"

CHECK="$top_srcdir/tests/doc/man-check.py"

test_expect_success 'the pages render as plain text' '
	groff -man -Tascii -P-cbou -rLL=3000n "$top_srcdir/doc/gloss.1" >gloss.txt &&
	groff -man -Tascii -P-cbou -rLL=3000n "$top_srcdir/doc/gloss-config.5" >config.txt &&
	grep -q "^COMMANDS" gloss.txt && grep -q "^SETTINGS" config.txt
'
check() {
	test_expect_success "$2" '
		python3 "$CHECK" '"$1"' gloss.txt config.txt
	'
}
check commands 'gloss(1) has every command of gloss --help'
check options 'gloss(1) has every option of every command'
check formats 'gloss(1) has every export format'
check actions 'gloss(1) has every action with its default keys, gloss-config(5) every name'
check settings 'gloss-config(5) has every setting with its default'
check colours 'gloss-config(5) has every element, colour and attribute'
check keys 'gloss-config(5) has every key name'
check env 'gloss(1) has every environment variable gloss reads'
check commandline 'the pages have every command of the config file and of the : line'
test_done
