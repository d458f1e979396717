#!/bin/sh
# $XDG_CONFIG_HOME/gloss/config: bind, color, set; bad lines reported with
# their number and skipped. The : command line takes the same commands.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'a config with good and bad lines' '
	cat >"$XDG_CONFIG_HOME/gloss/config" <<-\EOF &&
	# gloss config
	bind x quit-now
	bind <F2> help
	bind y no-such-action
	color person red default bold
	set max-width 40
	colour nope red blue
	EOF
	# Wide enough for the message after the long scratch path of the
	# config file (the build tree of make distcheck is deep).
	tui_start 250 30 $A &&
	wait_for "config:4: unknown action" &&
	wait_for "(and 1 more bad line: :messages lists them)"
'

test_expect_success ':messages lists every bad line of the config' '
	keys : && keys -l messages && keys Enter &&
	wait_for "messages of this session" &&
	wait_for "config:4: unknown action" &&
	wait_for "config:7: unknown element" &&
	keys q && wait_gone "messages of this session" &&
	wait_for "Secretary of State Antony J. Blinken"
'

test_expect_success 'set max-width wraps at 40 columns' '
	wait_for "Secretary of State Antony J. Blinken" &&
	screen | sed "1d;\$d" | sed "s/^.*│ *//" >text &&
	test "$(wc -L <text)" -le 40 &&
	test "$(wc -L <text)" -ge 30
'

test_expect_success ':set changes it at run time' '
	keys : && keys -l "set max-width 0" && keys Enter &&
	wait_for "Secretary of State Antony J. Blinken spoke today with Republic of"
'

test_expect_success ':bind binds; a bad : line says why' '
	keys : && keys -l "bind z nothing-here" && keys Enter &&
	wait_for "unknown action" &&
	keys : && keys -l "bind z help" && keys Enter &&
	keys z && wait_for "next-entity" && keys q &&
	wait_gone "next-entity"
'

test_expect_success 'the help shows the bindings from the config' '
	keys ? && wait_for "next-entity" &&
	keys G && wait_for "quit-now" &&
	grep -Eq " (x Q|Q x|x)  *quit-now" "$TRASH/screen" &&
	keys q && wait_gone "next-entity"
'

test_expect_success 'a key bound in the config works' '
	keys x && wait_exit 0 && terminal_restored
'

test_expect_success 'colours: bright names, color0-255 and #rrggbb are taken; a bad word is named' '
	TUI_TERM=screen-256color &&
	tui_start 200 30 $A &&
	wait_for "Secretary of State" &&
	keys : && keys -l "color person brightblue default" && keys Enter &&
	keys : && keys -l "color place color208 #000080" && keys Enter &&
	keys : && keys -l "color date #ff8700 default bold" && keys Enter &&
	keys C-l && wait_for "? help" &&
	! grep -q "unknown" "$TRASH/screen" &&
	screen_e >e &&
	grep -q "$(printf "\033")\\[94mAntony J. Blinken" e &&
	keys : && keys -l "color person blu default" && keys Enter &&
	wait_for "unknown colour" &&
	grep -q "unknown colour .blu. (black" "$TRASH/screen" &&
	keys : && keys -l "color persn red default" && keys Enter &&
	wait_for "unknown element" &&
	grep -q "unknown element .persn." "$TRASH/screen" &&
	keys q q && wait_exit 0
'

test_done
