#!/bin/sh
# t0000: the test library itself (after git's t0000-basic.sh): known
# breakages, skips, cleanups, the && chain lint and test_must_fail report
# what happened.
. "$top_srcdir/tests/cli/lib.sh"

# run_sub NAME 'tests': runs the tests as a script of their own; its TAP
# output is in NAME.out, its exit status in NAME.rc.
run_sub() {
	{
		echo ". \"\$top_srcdir/tests/cli/lib.sh\""
		printf '%s\n' "$2"
		echo "test_done"
	} >"$1.sh" &&
	{ sh "./$1.sh" >"$1.out" 2>&1; echo $? >"$1.rc"; }
}

test_expect_success 'a known breakage is a TODO not-ok, the script passes' '
	run_sub broken "test_expect_failure \"still broken\" \"false\"" &&
	grep -q "^not ok 1 - still broken # TODO known breakage$" broken.out &&
	test "$(cat broken.rc)" = 0
'
test_expect_success 'a known breakage that passes is a TODO ok, and said' '
	run_sub fixed "test_expect_failure \"now fixed\" \"true\"" &&
	grep -q "^ok 1 - now fixed # TODO known breakage vanished$" fixed.out &&
	grep -q "^# 1 known breakage(s) vanished" fixed.out
'
test_expect_success 'a failing test fails the script' '
	run_sub failing "test_expect_success \"fails\" \"false\"" &&
	grep -q "^not ok 1 - fails$" failing.out &&
	test "$(cat failing.rc)" = 1
'
test_expect_success 'a missing prerequisite is a reported skip' '
	run_sub skip "test_lazy_prereq NEVER false
test_set_prereq ALWAYS
test_expect_success NEVER \"needs never\" \"false\"
test_expect_success ALWAYS \"needs always\" \"true\"" &&
	grep -q "^ok 1 # SKIP needs never (missing NEVER)$" skip.out &&
	grep -q "^ok 2 - needs always$" skip.out &&
	test "$(cat skip.rc)" = 0
'
test_expect_success 'test_when_finished runs after a failure; a failing cleanup fails' '
	run_sub cleanup "test_expect_success \"cleaned\" \"test_when_finished \\\"touch ../cleaned\\\" && false\"
test_expect_success \"bad cleanup\" \"test_when_finished false && true\"" &&
	test -f cleaned &&
	grep -q "^not ok 1 - cleaned$" cleanup.out &&
	grep -q "^not ok 2 - bad cleanup$" cleanup.out
'
test_expect_success 'a step whose commands are not all joined by && fails' '
	run_sub chain "test_expect_success \"broken chain\" \"false
true\"" &&
	grep -q "^not ok 1 - broken chain$" chain.out &&
	grep -q "broken && chain" chain.out
'
test_expect_success 'test_must_fail: a failure passes, a success or a crash does not' '
	test_must_fail false &&
	test_must_fail sh -c "exit 1" &&
	! test_must_fail true 2>/dev/null &&
	! test_must_fail sh -c "kill -SEGV \$\$" 2>/dev/null
'

test_done
