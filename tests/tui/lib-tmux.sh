# lib-tmux.sh -- drive the real gloss in tmux (after tmux's regress/*.sh).
#
# Sourced by tests/tui/t*.sh after tests/cli/lib.sh. Each test gets a
# private tmux server on a short socket path (sockets fail past 107
# bytes), no tmux config (-f /dev/null), a fixed size and LANG=C.UTF-8.
# The screen is polled with capture-pane until the text waited for shows,
# with a deadline: never a fixed sleep. A wrapper writes gloss's exit
# status to a file, since tmux 3.3a sometimes loses pane_dead_status.
# tmux is in .ci/packages: without it the tests fail, they do not skip.
if ! command -v tmux >/dev/null 2>&1; then
	echo "Bail out! tmux is not installed (.ci/packages lists it)"
	exit 1
fi
SOCKDIR=$(mktemp -d /tmp/gloss-tui.XXXXXX) || exit 1
echo "$SOCKDIR/s0" >"$SOCKDIR/current"
tmux_cleanup() {
	for s in "$SOCKDIR"/s*; do
		[ -S "$s" ] && tmux -S "$s" kill-server >/dev/null 2>&1
	done
	rm -rf "$SOCKDIR"
}
trap tmux_cleanup EXIT
trap 'exit 1' INT TERM HUP

# The socket of the current server (tests run in subshells: the name is
# kept in a file).
T() {
	tmux -S "$(cat "$SOCKDIR/current")" "$@"
}

# A scratch copy of the seeds in the build tree, and no user config.
copy_seeds lib
mkdir -p "$XDG_CONFIG_HOME/gloss"

# tui_start COLS ROWS ARGS...: starts gloss ARGS in a new tmux server (TERM
# is $TUI_TERM, screen when unset).
tui_start() {
	cols=$1
	rows=$2
	shift 2
	# A new server on a new socket each time: a server being killed
	# still answers for a moment, and a client that reaches it then
	# fails with "server exited unexpectedly".
	T kill-server >/dev/null 2>&1
	mktemp -u "$SOCKDIR/sXXXX" >"$SOCKDIR/current"
	rm -f "$TRASH/status" "$TRASH/stopped" "$TRASH/resume"
	# Job control (set -m) as in a login shell: gloss gets its own process
	# group, so Ctrl-C and Ctrl-Z reach only it. When it stops, the wrapper
	# says so in a file and waits for "resume" before fg.
	cat >"$TRASH/run.sh" <<-EOF
	#!/bin/sh
	cd "$TRASH" || exit 1
	# A caught INT keeps this shell alive when Ctrl-C reaches it too (the
	# pane, and the tmux server, would close); gloss gets the default
	# disposition back at exec.
	trap : INT
	set -m
	"$GLOSS" "\$@"
	st=\$?
	while [ "\$st" = 148 ]; do
	    : >"$TRASH/stopped"
	    while [ ! -f "$TRASH/resume" ]; do sleep 0.05; done
	    rm -f "$TRASH/resume" "$TRASH/stopped"
	    fg >/dev/null
	    st=\$?
	done
	echo \$st >"$TRASH/status.tmp" && mv "$TRASH/status.tmp" "$TRASH/status"
	exec sleep 600
	EOF
	chmod +x "$TRASH/run.sh"
	T -f /dev/null new-session -d -s t -x "$cols" -y "$rows" -- \
		env LANG="${TUI_LOCALE:-C.UTF-8}" LC_ALL="${TUI_LOCALE:-C.UTF-8}" TERM="${TUI_TERM:-screen}" "$TRASH/run.sh" "$@"
}

keys() {
	T send-keys -t t "$@"
}

screen() {
	T capture-pane -p -t t
}

# screen_e: the screen with its attributes as escape sequences.
screen_e() {
	T capture-pane -p -e -t t
}

now_s() {
	date +%s
}

# wait_for TEXT [SECONDS]: polls until TEXT is on the screen.
wait_for() {
	end=$(($(now_s) + ${2:-20}))
	while :; do
		screen >"$TRASH/screen" 2>/dev/null
		grep -qF -- "$1" "$TRASH/screen" && return 0
		if [ "$(now_s)" -ge "$end" ]; then
			echo "timed out waiting for: $1"
			cat "$TRASH/screen"
			return 1
		fi
		sleep 0.05
	done
}

# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on the screen.
wait_gone() {
	end=$(($(now_s) + ${2:-20}))
	while :; do
		screen >"$TRASH/screen" 2>/dev/null
		grep -qF -- "$1" "$TRASH/screen" || return 0
		if [ "$(now_s)" -ge "$end" ]; then
			echo "timed out waiting for this to go: $1"
			cat "$TRASH/screen"
			return 1
		fi
		sleep 0.05
	done
}

# wait_exit STATUS [SECONDS]: polls until gloss has exited with STATUS.
wait_exit() {
	end=$(($(now_s) + ${2:-20}))
	while [ ! -f "$TRASH/status" ]; do
		if [ "$(now_s)" -ge "$end" ]; then
			echo "gloss did not exit"
			screen
			return 1
		fi
		sleep 0.05
	done
	got=$(cat "$TRASH/status")
	[ "$got" = "$1" ] || { echo "exit status $got, want $1"; return 1; }
}

# The terminal is as it was: normal screen, cursor visible, no mouse or
# keypad mode left on.
terminal_restored() {
	got=$(T display -p -t t '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}')
	[ "$got" = "0 1 0 0" ] || { echo "terminal state: $got (want 0 1 0 0)"; return 1; }
}

# gloss_pid: the pid of gloss inside the pane (the child of run.sh).
gloss_pid() {
	pgrep -P "$(T display -p -t t '#{pane_pid}')" -f "$GLOSS" | head -n 1
}

# cursor_text: for each line with reverse video, the text from the last
# reverse-video start on, attributes stripped. The reading cursor is the
# right-most reverse video on its line.
cursor_text() {
	esc=$(printf '\033')
	# From the first reverse-video run on: a cursor over a highlight and
	# plain text is drawn as two runs.
	screen_e | sed -n "s/$esc\[\([0-9]*;\)*7m/@CURSOR@/;s/.*@CURSOR@//p" | sed "s/$esc\[[0-9;]*m//g"
}

# wait_cursor TEXT: polls until the cursor is on the word that starts TEXT
# (the text after it may follow: "Secretary of State").
wait_cursor() {
	end=$(($(now_s) + ${2:-20}))
	while :; do
		cursor_text >"$TRASH/cursor" 2>/dev/null
		grep -q "^$1" "$TRASH/cursor" && return 0
		if [ "$(now_s)" -ge "$end" ]; then
			echo "timed out waiting for the cursor on: $1"
			cat "$TRASH/cursor"
			return 1
		fi
		sleep 0.05
	done
}

# The first text row of the reader (row 2 of the screen, after the bar),
# right of the list.
reader_row() {
	screen | sed -n "${1:-2}p" | sed 's/^.*│ //'
}
