#!/bin/sh
# t0002: the comments of src/ name only files, functions and commands that
# exist (tests/cli/comment-refs.py says what it checks).
. "$top_srcdir/tests/cli/lib.sh"

test_expect_success 'every name in a comment of src/ exists' '
	if ! python3 "$top_srcdir/tests/cli/comment-refs.py" "$top_srcdir" "${top_builddir:-$top_srcdir}" >refs
	then
		cat refs && false
	fi
'
test_expect_success 'the check finds a false reference' '
	mkdir -p fake/src/core &&
	printf "/* x.c -- see gone.c, DESIGN \"Rules\" and nothing_here(). */\nint x;\n" >fake/src/core/x.c &&
	test_must_fail python3 "$top_srcdir/tests/cli/comment-refs.py" fake >refs &&
	grep -q "x.c:1: no file gone.c" refs &&
	grep -q "no document DESIGN" refs &&
	grep -q "no function nothing_here()" refs
'

test_done
