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

test_expect_success() {
	test_count=$((test_count + 1))
	if (eval "$2") >"$TRASH/.out" 2>&1; then
		echo "ok $test_count - $1"
	else
		echo "not ok $test_count - $1"
		sed 's/^/#   /' "$TRASH/.out"
		test_failures=$((test_failures + 1))
	fi
}

# Same as above but the commands must fail.
test_expect_failure() {
	test_count=$((test_count + 1))
	if (eval "$2") >"$TRASH/.out" 2>&1; then
		echo "not ok $test_count - $1 (succeeded)"
		sed 's/^/#   /' "$TRASH/.out"
		test_failures=$((test_failures + 1))
	else
		echo "ok $test_count - $1"
	fi
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
	echo "1..$test_count"
	cd / && [ "$test_failures" = 0 ] && rm -rf "$TRASH"
	[ "$test_failures" = 0 ]
}
