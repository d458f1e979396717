#!/bin/sh
# The terminal is restored on SIGTERM, SIGHUP and SIGINT; Ctrl-Z suspends
# and the interface comes back on SIGCONT.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

for sig in TERM:143 HUP:129; do
	name=${sig%%:*} code=${sig##*:}
	test_expect_success "SIG$name: exit $code, terminal restored" '
		tui_start 100 30 $A &&
		wait_for "The below is attributable" &&
		pid=$(gloss_pid) && test -n "$pid" &&
		kill -'$name' "$pid" &&
		wait_exit '$code' && terminal_restored
	'
done

test_expect_success 'Ctrl-C: exit 130, terminal restored' '
	tui_start 100 30 $A &&
	wait_for "The below is attributable" &&
	keys C-c &&
	wait_exit 130 && terminal_restored
'

test_expect_success 'Ctrl-Z suspends with the terminal restored; fg brings it back' '
	tui_start 100 30 $A &&
	wait_for "The below is attributable" &&
	keys C-z &&
	end=$(($(now_s) + 20)) &&
	while [ ! -f "$TRASH/stopped" ]; do
		[ "$(now_s)" -lt "$end" ] || { echo "not stopped"; exit 1; }; sleep 0.05
	done &&
	terminal_restored &&
	: >"$TRASH/resume" &&
	wait_for "The below is attributable" &&
	test "$(T display -p -t t "#{alternate_on}")" = 1 &&
	keys q q && wait_exit 0 && terminal_restored
'

test_done
