#!/bin/sh
# t0003: the layering rules of src/core/core.h, checked on the source: the
# command line and the interface write through ops.h and read through
# query.h, and only src/core/store*.c speak SQL.
. "$top_srcdir/tests/cli/lib.sh"

src="$top_srcdir/src"

test_expect_success 'no store_* function is called in src/cli' '
	! grep -nE "(^|[^a-z_])store_[a-z_]+[ 	]*\(" "$src"/cli/*.c "$src"/cli/*.h
'
test_expect_success 'no store_* function is called in src/tui' '
	! grep -nE "(^|[^a-z_])store_[a-z_]+[ 	]*\(" "$src"/tui/*.c "$src"/tui/*.h
'
test_expect_success 'no SQL outside src/core/store*.c' '
	grep -rlE "sqlite3|store-internal\.h" "$src" --include="*.c" --include="*.h" >found &&
	! grep -v "^$src/core/store[^/]*\.[ch]\$" found
'
test_done
