# lib.sh -- the shell test library (after git's t/test-lib.sh), TAP output.
#
# A test script sources this file, runs test_expect_success blocks and ends
# with test_done. $GLOSS is the binary under test; $SEEDS the sample
# library; each script gets a fresh scratch folder $TRASH and runs in it.
set -u
: "${GLOSS:?GLOSS must point at the gloss binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
SEEDS="$top_srcdir/seeds"
test_name=$(basename "$0" .sh)
TRASH="$PWD/trash.$test_name"
rm -rf "$TRASH" && mkdir -p "$TRASH" || exit 1
cd "$TRASH" || exit 1
export HOME="$TRASH/home" XDG_STATE_HOME="$TRASH/state" XDG_DATA_HOME="$TRASH/data" XDG_CONFIG_HOME="$TRASH/config"
mkdir -p "$HOME"
unset GLOSS_LIBRARY NO_COLOR
test_count=0
test_failures=0
test_fixed=0
test_broken=0

# Prerequisites (git's test_set_prereq / test_lazy_prereq): a test whose
# first argument names one that does not hold is skipped, and the skip is
# reported ("ok N # SKIP"), never counted as a pass. A tool that
# .ci/packages installs is no prerequisite: its absence is a failure.
prereq_ok=, prereq_missing=,
test_set_prereq() {
	prereq_ok="$prereq_ok$1,"
}
# test_lazy_prereq NAME 'script': NAME holds when the script succeeds; it
# runs once, when a test first asks, in a scratch folder of its own.
test_lazy_prereq() {
	eval "prereq_script_$1=\$2"
}
# test_have_prereq A,B: all hold.
test_have_prereq() {
	for p in $(echo "$1" | tr , ' '); do
		case "$prereq_ok" in *",$p,"*) continue ;; esac
		case "$prereq_missing" in *",$p,"*) return 1 ;; esac
		eval "script=\${prereq_script_$p-}"
		if [ -n "$script" ] &&
		   (rm -rf "$TRASH/.prereq" && mkdir "$TRASH/.prereq" && cd "$TRASH/.prereq" &&
		    eval "$script") >/dev/null 2>&1; then
			prereq_ok="$prereq_ok$p,"
		else
			prereq_missing="$prereq_missing$p,"
			rm -rf "$TRASH/.prereq"
			return 1
		fi
		rm -rf "$TRASH/.prereq"
	done
	return 0
}
# SANITY: permissions keep a process out (not root), as in git.
test_lazy_prereq SANITY '
	mkdir ro && chmod 555 ro && {
		(: >ro/x) 2>/dev/null; wrote=$?
		chmod 755 ro && test "$wrote" != 0
	}
'

# test_when_finished 'cmd': run cmd when the current test ends, passed or
# failed (last registered first); a failing cleanup fails the test. Only
# inside a test body.
test_when_finished() {
	test_cleanup="{ $*
	} || test_cleanup_failed=1; $test_cleanup"
}

# Runs a test body in a subshell with its cleanups; the status is the
# body's, or 1 when a cleanup failed.
test_run_() {
	# git's chain lint: with a first command that fails, a body whose
	# commands are all joined by && fails with that status (117).
	(eval "(exit 117) && $1") >/dev/null 2>&1
	if [ $? != 117 ]; then
		echo "broken && chain in the test body" >"$TRASH/.out"
		return 1
	fi
	(
		test_cleanup=:
		test_cleanup_failed=0
		eval "$1"
		status=$?
		eval "$test_cleanup"
		if [ "$test_cleanup_failed" != 0 ]; then
			echo "a test_when_finished cleanup failed" >&2
			[ "$status" != 0 ] || status=1
		fi
		exit "$status"
	) >"$TRASH/.out" 2>&1
}

# Skips the test (reported as a skip) when a prerequisite is missing.
# Called with the test's arguments; sets test_desc and test_body.
test_start_() {
	test_count=$((test_count + 1))
	if [ $# = 3 ]; then
		test_prereq=$1
		shift
	else
		test_prereq=
	fi
	test_desc=$1 test_body=$2
	if [ -n "$test_prereq" ] && ! test_have_prereq "$test_prereq"; then
		echo "ok $test_count # SKIP $test_desc (missing $test_prereq)"
		return 1
	fi
	return 0
}

# test_expect_success [PREREQ] 'what' 'commands': the commands must succeed.
test_expect_success() {
	test_start_ "$@" || return 0
	if test_run_ "$test_body"; then
		echo "ok $test_count - $test_desc"
	else
		echo "not ok $test_count - $test_desc"
		sed 's/^/#   /' "$TRASH/.out"
		test_failures=$((test_failures + 1))
	fi
}

# test_expect_failure [PREREQ] 'what' 'commands': a known breakage (as in
# git): the commands should succeed but do not yet. TAP "not ok # TODO"
# (XFAIL); when they succeed it says so with "ok # TODO" (XPASS), which
# fails make check until the test becomes a test_expect_success. For a
# command that must fail, use test_must_fail in a test_expect_success.
test_expect_failure() {
	test_start_ "$@" || return 0
	if test_run_ "$test_body"; then
		echo "ok $test_count - $test_desc # TODO known breakage vanished"
		test_fixed=$((test_fixed + 1))
	else
		echo "not ok $test_count - $test_desc # TODO known breakage"
		test_broken=$((test_broken + 1))
	fi
}

# test_must_fail cmd...: cmd must fail by itself (exit status 1 to 125),
# not by a signal or a sanitizer abort, nor be missing.
test_must_fail() {
	"$@"
	got=$?
	if [ "$got" = 0 ]; then
		echo "test_must_fail: '$*' succeeded" >&2
		return 1
	elif [ "$got" -gt 125 ]; then
		echo "test_must_fail: '$*' died (exit status $got)" >&2
		return 1
	fi
	return 0
}

# test_exit_code N cmd...: runs cmd and checks its exit status is N.
test_exit_code() {
	want=$1; shift
	"$@"
	got=$?
	if [ "$got" != "$want" ]; then
		echo "exit status $got, want $want" >&2
		return 1
	fi
	return 0
}

# A copy of the seed library the test may write into.
copy_seeds() {
	rm -rf "${1:-lib}" && mkdir -p "${1:-lib}" && cp "$SEEDS"/*.txt "${1:-lib}/"
}

test_done() {
	[ "$test_fixed" = 0 ] || echo "# $test_fixed known breakage(s) vanished: make them test_expect_success"
	[ "$test_broken" = 0 ] || echo "# still have $test_broken known breakage(s)"
	echo "1..$test_count"
	cd / && [ "$test_failures" = 0 ] && rm -rf "$TRASH"
	[ "$test_failures" = 0 ]
}
