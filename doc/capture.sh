#!/bin/sh
# capture.sh -- takes the guide's pictures of the interface from the real
# program and writes them into the guide.
#
# Usage: doc/capture.sh GLOSS GUIDE.md
#
# GLOSS is a built gloss (build/src/gloss); GUIDE.md is rewritten in place:
# between each `<!-- capture: NAME -->` line and the next `<!-- /capture -->`
# line goes the capture NAME, as a fenced text block. A NAME the script does
# not take, or a capture the guide does not use, is an error and leaves the
# guide as it was (`make guide` runs this on doc/guide.md).
#
# Everything happens in a scratch folder: a copy of seeds/ as the library,
# HOME and the XDG folders inside it (no user config is read), one private
# tmux server at 80x24 with TERM=screen and LC_ALL=C.UTF-8, and for the web
# page and the feed a python3 http.server on 127.0.0.1 with an ephemeral
# port serving doc/guide-site/. The server and tmux are stopped at the end.
# Screens are polled until the text waited for shows and the screen is
# still, never read after a fixed sleep. The one thing that changes from
# run to run, the time of a feed's last update, is written as
# YYYY-MM-DDThh:mm:ssZ.
set -u
if [ $# -ne 2 ]; then
	echo "usage: $0 GLOSS GUIDE.md" >&2
	exit 2
fi
GLOSS=$1
GUIDE=$2
SRC=$(cd "$(dirname "$0")/.." && pwd) || exit 1
case $GLOSS in /*) ;; *) GLOSS=$PWD/$GLOSS ;; esac
for tool in tmux python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is not installed" >&2; exit 1; }
done
[ -x "$GLOSS" ] || { echo "$0: $GLOSS: not a program" >&2; exit 1; }
[ -f "$GUIDE" ] || { echo "$0: $GUIDE: no such file" >&2; exit 1; }

W=$(mktemp -d /tmp/gloss-guide.XXXXXX) || exit 1
SOCK=$W/s
server_pid=
cleanup() {
	tmux -S "$SOCK" kill-server >/dev/null 2>&1
	if [ -n "$server_pid" ]; then
		kill "$server_pid" 2>/dev/null
		wait "$server_pid" 2>/dev/null
	fi
	# gloss may still be closing its sidecar when its pane goes.
	n=0
	until rm -rf "$W" 2>/dev/null; do
		n=$((n + 1))
		[ "$n" -gt 50 ] && { rm -rf "$W"; break; }
		sleep 0.1
	done
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

fail() {
	echo "$0: $*" >&2
	[ -f "$W/screen" ] && cat "$W/screen" >&2
	exit 1
}

LIB=$W/sample
CAPS=$W/caps
mkdir -p "$LIB" "$CAPS" "$W/home" || exit 1
cp "$SRC"/seeds/*.txt "$LIB/" || exit 1

# The environment of every gloss run: nothing from the caller's but PATH
# and the sanitizers' options.
run() {
	env -i PATH="$PATH" HOME="$W/home" XDG_CONFIG_HOME="$W/home/config" \
		XDG_DATA_HOME="$W/home/data" XDG_STATE_HOME="$W/home/state" \
		XDG_CACHE_HOME="$W/home/cache" TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 \
		TERM=screen no_proxy='*' NO_PROXY='*' \
		ASAN_OPTIONS="${ASAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" \
		"$@"
}

T() {
	tmux -S "$SOCK" "$@"
}

# start ARGS...: gloss ARGS in a new 80x24 tmux session.
start() {
	T kill-server >/dev/null 2>&1
	SOCK=$(mktemp -u "$W/sXXXX")
	rm -f "$W/status"
	cat >"$W/run.sh" <<-EOF
	#!/bin/sh
	cd "$W" || exit 1
	"$GLOSS" "\$@"
	echo \$? >"$W/status"
	exec sleep 600
	EOF
	chmod +x "$W/run.sh"
	run tmux -S "$SOCK" -f /dev/null new-session -d -s g -x 80 -y 24 -- "$W/run.sh" "$@" ||
		fail "tmux did not start"
}

# wait_exit: polls until gloss has quit, and checks that it said 0.
wait_exit() {
	n=0
	while [ ! -s "$W/status" ]; do
		n=$((n + 1))
		[ "$n" -gt 200 ] && fail "gloss did not quit"
		sleep 0.1
	done
	[ "$(cat "$W/status")" = 0 ] || fail "gloss quit with status $(cat "$W/status")"
}

keys() {
	T send-keys -t g "$@"
}

screen() {
	T capture-pane -p -t g
}

# wait_for TEXT: polls until TEXT is on the screen and the screen stays
# the same for a moment (a redraw may follow the text).
wait_for() {
	n=0
	: >"$W/last"
	while :; do
		screen >"$W/screen" 2>/dev/null
		if grep -qF -- "$1" "$W/screen"; then
			cmp -s "$W/screen" "$W/last" && return 0
			cp "$W/screen" "$W/last"
		fi
		n=$((n + 1))
		[ "$n" -gt 400 ] && fail "timed out waiting for: $1"
		sleep 0.1
	done
}

# shot NAME TEXT: waits for TEXT, then keeps the screen as capture NAME.
# The time of a feed's last update becomes YYYY-MM-DDThh:mm:ssZ, cut to
# the same width.
shot() {
	wait_for "$2"
	awk '{
		if (match($0, /updated [0-9][0-9][0-9][0-9]-[0-9][0-9TZ:-]*/))
			$0 = substr($0, 1, RSTART - 1) substr("updated YYYY-MM-DDThh:mm:ssZ", 1, RLENGTH) substr($0, RSTART + RLENGTH)
		print
	}' "$W/screen" >"$CAPS/$1"
}

# The interface on the sample library: the list, an article, its entities.
start "$LIB"
shot start "Select an article"
keys j j j Enter
shot reader "Spokesperson Matthew"
keys E
shot entities "Entities"
keys q

# Mentions: the cursor on Cho Tae-yul, then * until it leaves the article.
keys / && keys -l "Cho Tae" && keys Enter
wait_for "Cho Tae"
keys m
shot mentions "Mentions: "
keys q
i=0
while :; do
	keys '*'
	sleep 0.2
	screen >"$W/screen"
	grep -qF "Next mention in" "$W/screen" && break
	i=$((i + 1))
	[ "$i" -gt 10 ] && fail "* never left the article"
done
shot next-mention "Next mention in"

# A correction: the full name of North Korea, selected, is always a place.
keys q g j j j Enter
wait_for "Spokesperson Matthew"
keys / && keys -l "Democratic" && keys Enter
keys v w w w w v
wait_for "Selected:"
keys c
shot correct "is always: p person"
keys l
shot corrected "is always a PLACE now"

# A note on a sentence, then a tag on it, then the notes pane.
keys / && keys -l "ironclad" && keys Enter
keys a
wait_for "New note on"
keys -l "Cho took office days before; compare the wording with the February meeting."
shot note-editor "February meeting"
keys Enter
wait_for "Note added"
keys t
wait_for "Tag note"
keys -l korea && keys Enter
wait_for "Note tagged"
keys o
shot notes "#korea"
keys q q
keys '?'
shot help "next article / scroll down a line"
keys q
keys Q
wait_exit

# The command line: notes and exports (the JSON without its times).
(cd "$W" && run "$GLOSS" mentions 'Cho Tae-yul' sample) >"$CAPS/cli-mentions" || fail "gloss mentions failed"
(cd "$W" && run "$GLOSS" notes sample) >"$CAPS/cli-notes" || fail "gloss notes failed"
(cd "$W" && run "$GLOSS" export --tag korea sample) >"$CAPS/export-md" || fail "gloss export failed"
(cd "$W" && run "$GLOSS" export --format json --tag korea sample) >"$W/notes.json" || fail "gloss export --format json failed"
python3 - "$W/notes.json" >"$CAPS/export-json" <<'EOF' || fail "the JSON export does not read back"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    item = json.load(f)["first"]["items"][0]
for k in ("created", "modified"):
    item.pop(k, None)
print(json.dumps(item, indent=2, ensure_ascii=False))
EOF

# A web page and a feed, served from 127.0.0.1.
cat >"$W/serve.py" <<'EOF'
import functools, http.server, os, sys
root, portfile = sys.argv[1], sys.argv[2]
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
with open(portfile + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(portfile + ".tmp", portfile)
server.serve_forever()
EOF
python3 "$W/serve.py" "$SRC/doc/guide-site" "$W/port" &
server_pid=$!
n=0
while [ ! -s "$W/port" ]; do
	n=$((n + 1))
	[ "$n" -gt 100 ] && fail "the web server did not start"
	sleep 0.1
done
BASE=http://127.0.0.1:$(cat "$W/port")

start "$LIB"
wait_for "Library: sample"
keys A
shot add-prompt "Add (web address or file):"
keys -l "$BASE/ferry.html" && keys Enter
shot add-page "Added 2026-03-14-the-night-ferry"
keys Q
wait_exit
(cd "$W" && run "$GLOSS" feed add "$BASE/feed.xml" --name coast sample) >/dev/null || fail "gloss feed add failed"
start "$LIB"
wait_for "Library: sample"
keys F
wait_for "not updated yet"
keys U
shot feeds "Feeds updated: 3 new"
keys Enter
wait_for "3 articles of the feed coast"
keys .
shot feed-articles "with eleven stalls"
keys Q
wait_exit

# Into the guide: each marked block gets its capture.
awk -v caps="$CAPS" '
	function bad(msg) { print "capture.sh: " msg > "/dev/stderr"; failed = 1; exit 1 }
	/^<!-- capture: [a-z0-9-]+ -->$/ {
		if (inside) bad("capture " name " is not closed")
		name = $3; print
		file = caps "/" name
		if ((getline line < file) <= 0) bad("no capture named " name)
		print "```text"
		do print line; while ((getline line < file) > 0)
		close(file)
		print "```"
		used[name] = 1; inside = 1; next
	}
	/^<!-- \/capture -->$/ { if (!inside) bad("a /capture with no capture"); inside = 0; print; next }
	!inside { print }
	END { if (!failed && inside) bad("capture " name " is not closed")
	      if (!failed) for (n in used) print n > (caps "/.used") }
' "$GUIDE" >"$W/guide.md" || exit 1
for f in "$CAPS"/*; do
	grep -qx "$(basename "$f")" "$CAPS/.used" || fail "the guide has no place for capture $(basename "$f")"
done
cat "$W/guide.md" >"$GUIDE" || exit 1
echo "$GUIDE: $(wc -l <"$CAPS/.used") captures"
