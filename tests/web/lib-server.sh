# lib-server.sh -- tests/web/server.py for a test script, on 127.0.0.1.
#
# Sourced after tests/cli/lib.sh (and lib-tmux.sh). server_start PAGES
# starts the server on an ephemeral port and sets BASE
# (http://127.0.0.1:PORT); it is stopped when the script exits. No proxy
# variable is left set, so nothing a test fetches can go anywhere else.
# python3 is in .ci/packages: without it the tests fail, they do not skip.
if ! command -v python3 >/dev/null 2>&1; then
	echo "Bail out! python3 is not installed (.ci/packages lists it)"
	exit 1
fi
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY ftp_proxy FTP_PROXY
no_proxy='*' NO_PROXY='*'
export no_proxy NO_PROXY

server_pid=
server_stop() {
	if [ -n "$server_pid" ]; then
		kill "$server_pid" 2>/dev/null
		wait "$server_pid" 2>/dev/null
		server_pid=
	fi
	# lib-tmux.sh's cleanup, when it is loaded, still runs.
	if command -v tmux_cleanup >/dev/null 2>&1; then
		tmux_cleanup
	fi
}
trap server_stop EXIT

server_start() {
	rm -f "$TRASH/port"
	: >"$TRASH/requests"
	python3 "$top_srcdir/tests/web/server.py" "$1" "$TRASH/port" "$TRASH/requests" &
	server_pid=$!
	n=0
	while [ ! -s "$TRASH/port" ]; do
		n=$((n + 1))
		if [ "$n" -gt 200 ] || ! kill -0 "$server_pid" 2>/dev/null; then
			echo "Bail out! the test server did not start"
			exit 1
		fi
		sleep 0.05
	done
	BASE="http://127.0.0.1:$(cat "$TRASH/port")"
}
