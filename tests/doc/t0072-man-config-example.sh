#!/bin/sh
# t0072: the example file of gloss-config(5) is a config file the
# interface takes whole: not one bad line, and its bindings work.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'the example is taken from the rendered page' '
	groff -man -Tascii -P-cbou -rLL=3000n "$top_srcdir/doc/gloss-config.5" >page.txt &&
	sed -n "/^EXAMPLES/,/^SEE ALSO/p" page.txt | sed "1d;\$d" | sed "s/^       //" \
		>"$XDG_CONFIG_HOME/gloss/config" &&
	test "$(grep -c "^bind \|^unbind \|^color \|^set " "$XDG_CONFIG_HOME/gloss/config")" -ge 10
'
test_expect_success 'the interface starts with it and reports no bad line' '
	TUI_TERM=screen-256color tui_start 200 30 $A &&
	wait_for "Secretary of State Antony J. Blinken" &&
	keys : && keys -l messages && keys Enter &&
	wait_for "messages of this session" &&
	if grep -F "config:" "$TRASH/screen"; then false; fi &&
	keys q && wait_gone "messages of this session"
'
test_expect_success 'its bindings are in force: e exports, x is unbound' '
	keys e && wait_for "format (" &&
	keys Escape && wait_gone "format (" &&
	keys x && wait_for "Key x is not bound"
'
test_done
