#!/bin/sh
# t0002: the layering rules of src/core/core.h, checked on the source: the
# command line writes through ops.h and reads through query.h, and only
# src/core/store*.c speak SQL.
. "$top_srcdir/tests/cli/lib.sh"

src="$top_srcdir/src"

test_expect_success 'no store_* function is called in src/cli' '
	! grep -nE "(^|[^a-z_])store_[a-z_]+[ 	]*\(" "$src"/cli/*.c "$src"/cli/*.h
'
test_expect_success 'no SQL outside src/core/store*.c' '
	grep -rlE "sqlite3|store-internal\.h" "$src" --include="*.c" --include="*.h" >found;
	! grep -v "^$src/core/store[^/]*\.[ch]\$" found
'
test_done
