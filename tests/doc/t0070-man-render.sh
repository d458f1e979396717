#!/bin/sh
# t0070: the manual pages render with groff -ww (every warning on) without
# a single warning, for a UTF-8 terminal and for plain ASCII. groff is in
# .ci/packages (groff-base, and man-db for man --warnings): without either
# the test fails, it is not skipped.
. "$top_srcdir/tests/cli/lib.sh"

PAGES="$top_srcdir/doc/gloss.1 $top_srcdir/doc/gloss-config.5"

test_expect_success 'groff is installed (.ci/packages: groff-base)' '
	command -v groff >/dev/null
'
for page in $PAGES; do
	name=$(basename "$page")
	for dev in utf8 ascii; do
		test_expect_success "$name renders for -T$dev without a warning" '
			groff -ww -man -T$dev "$page" >out 2>err &&
			test ! -s err &&
			test -s out
		'
	done
done
test_expect_success 'man is installed (.ci/packages: man-db)' '
	command -v man >/dev/null
'
for page in $PAGES; do
	test_expect_success "man --warnings shows $(basename "$page") without a warning" '
		MANWIDTH=80 man --warnings -l "$page" >out 2>err &&
		test ! -s err &&
		grep -q "^SEE ALSO" out
	'
done
test_done
