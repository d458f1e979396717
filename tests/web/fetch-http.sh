#!/bin/sh
# Fetching over http from a server of our own on 127.0.0.1 (server.py):
# redirects (never to file:), 404, time-out, the size limit with and
# without a Content-Length and against a compression bomb, gzip, a type
# that is not HTML, the User-Agent, and the settings of the config file.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/web/lib-server.sh"

PAGES="$top_srcdir/tests/web/fetch-pages"
server_start "$PAGES"
mkdir lib

test_expect_success 'a page behind three redirects is fetched' '
	"$GLOSS" extract "$BASE/r/3/harbour.html" >out &&
	grep -q "morning ferry leaves half an hour later" out &&
	grep -q "^GET /harbour.html" "$TRASH/requests"
'

test_expect_success 'a redirect to a file: address is refused' '
	test_must_fail "$GLOSS" extract "$BASE/to-file" >out 2>err &&
	grep -q "^gloss: $BASE/to-file: redirected to a file: address (refused)$" err &&
	! grep -q root out
'

test_expect_success 'redirects stop after 10' '
	test_must_fail "$GLOSS" extract "$BASE/loop" 2>err &&
	grep -q "more than 10 redirects" err &&
	test "$(grep -c "^GET /loop" "$TRASH/requests")" = 11
'

test_expect_success 'only http and https addresses are fetched' '
	test_must_fail "$GLOSS" extract "file:///etc/passwd" 2>err &&
	grep -q "only http and https addresses can be fetched" err &&
	test_must_fail "$GLOSS" add "ftp://127.0.0.1/x.html" lib 2>err &&
	grep -q "only http and https addresses can be fetched" err
'

test_expect_success '404 says so, with the address' '
	test_exit_code 1 "$GLOSS" extract "$BASE/missing" 2>err &&
	grep -q "^gloss: $BASE/missing: HTTP 404$" err &&
	test_must_fail "$GLOSS" extract "$BASE/r/1/missing" 2>err &&
	grep -q "HTTP 404 (at $BASE/missing)" err
'

test_expect_success 'a port where nothing listens: could not connect' '
	port=$(python3 -c "import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])") &&
	test_must_fail "$GLOSS" extract "http://127.0.0.1:$port/x.html" 2>err &&
	grep -q "^gloss: http://127.0.0.1:$port/x.html: could not connect to 127.0.0.1:$port$" err
'

test_expect_success 'a slow answer times out after --timeout' '
	start=$(date +%s) &&
	test_must_fail "$GLOSS" extract --timeout 1 "$BASE/slow" 2>err &&
	end=$(date +%s) &&
	grep -q "^gloss: $BASE/slow: timed out after 1 s$" err &&
	test $((end - start)) -le 3
'

test_expect_success 'a body that never ends is stopped by the time-out too' '
	test_must_fail "$GLOSS" extract --timeout 1 "$BASE/trickle" 2>err &&
	grep -q "timed out after 1 s" err
'

test_expect_success 'a body over --max-size with a Content-Length' '
	test_must_fail "$GLOSS" extract --max-size 1 "$BASE/big/2000000" 2>err &&
	grep -q "^gloss: $BASE/big/2000000: larger than 1 MB$" err
'

test_expect_success 'a body over --max-size without a Content-Length' '
	test_must_fail "$GLOSS" extract --max-size 1 "$BASE/big-nolen/2000000" 2>err &&
	grep -q "^gloss: $BASE/big-nolen/2000000: larger than 1 MB$" err
'

test_expect_success 'a compression bomb stops at the limit' '
	test_must_fail "$GLOSS" extract --max-size 1 "$BASE/bomb/50000000" 2>err &&
	grep -q "larger than 1 MB" err
'

test_expect_success 'a body under the limit passes' '
	"$GLOSS" extract --max-size 1 "$BASE/big/900000" >out &&
	grep -q "morning ferry leaves half an hour later" out
'

test_expect_success 'gzip transfer is decompressed' '
	"$GLOSS" extract "$BASE/gz/harbour.html" >out &&
	grep -q "morning ferry leaves half an hour later" out
'

test_expect_success 'a page that is not HTML is refused' '
	test_must_fail "$GLOSS" extract "$BASE/type/application_pdf/harbour.html" 2>err &&
	grep -q "^gloss: $BASE/type/application_pdf/harbour.html: not an HTML page (application/pdf)$" err &&
	test_must_fail "$GLOSS" add "$BASE/type/image_png/harbour.html" lib 2>err &&
	grep -q "not an HTML page (image/png)" err
'

test_expect_success 'the User-Agent names gloss and its version' '
	"$GLOSS" extract "$BASE/ua" >out &&
	grep -q "agent gloss/[0-9]" out &&
	"$GLOSS" extract --user-agent "Test Agent/2" "$BASE/ua" >out &&
	grep -q "agent Test Agent/2" out
'

test_expect_success 'the config file sets the time-out, size limit and user agent' '
	mkdir -p "$XDG_CONFIG_HOME/gloss" &&
	cat >"$XDG_CONFIG_HOME/gloss/config" <<-\EOF &&
	set fetch-timeout 1
	set fetch-max-size 1
	set user-agent "From Config/1"
	EOF
	test_when_finished "rm -f \"$XDG_CONFIG_HOME/gloss/config\"" &&
	"$GLOSS" extract "$BASE/ua" >out &&
	grep -q "agent From Config/1" out &&
	test_must_fail "$GLOSS" extract "$BASE/slow" 2>err &&
	grep -q "timed out after 1 s" err &&
	test_must_fail "$GLOSS" extract "$BASE/big-nolen/2000000" 2>err &&
	grep -q "larger than 1 MB" err &&
	"$GLOSS" extract --max-size 3 "$BASE/big-nolen/2000000" >out &&
	grep -q "morning ferry leaves half an hour later" out
'

test_expect_success 'a bad setting is an error that names the file' '
	mkdir -p "$XDG_CONFIG_HOME/gloss" &&
	echo "set fetch-timeout soon" >"$XDG_CONFIG_HOME/gloss/config" &&
	test_when_finished "rm -f \"$XDG_CONFIG_HOME/gloss/config\"" &&
	test_must_fail "$GLOSS" extract "$BASE/harbour.html" 2>err &&
	grep -q "config/gloss/config: fetch-timeout: .soon. is not a number" err
'

test_expect_success 'bad option values are usage errors' '
	test_exit_code 2 "$GLOSS" extract --timeout 0 "$BASE/harbour.html" 2>err &&
	grep -q "fetch-timeout" err &&
	test_exit_code 2 "$GLOSS" add --max-size lots "$BASE/harbour.html" 2>err &&
	test_exit_code 2 "$GLOSS" extract --user-agent "$(printf "a\nb")" "$BASE/harbour.html" 2>err &&
	grep -q "printable ASCII" err &&
	test_exit_code 2 "$GLOSS" extract 2>err &&
	test_exit_code 2 "$GLOSS" extract --url notaurl "$PAGES/harbour.html" 2>err
'

test_done
