#!/bin/sh
# t0005: translations. po/POTFILES.in lists every file with messages
# (po-check.sh), and gloss takes its catalogues from $GLOSS_LOCALEDIR, the
# way the tests reach the build tree's (tests/locale.mk). The catalogue
# here is made by the test (language "xx"), so it needs no po/LINGUAS.
. "$top_srcdir/tests/cli/lib.sh"

command -v msgfmt >/dev/null || { echo "t0005: msgfmt (GNU gettext) is missing" >&2; exit 1; }

test_expect_success 'po/POTFILES.in lists every file that marks messages' '
	"$top_srcdir/tests/cli/po-check.sh" "$top_srcdir"
'

test_expect_success 'po-check names a file that is missing and one that is stale' '
	mkdir -p copy/po copy/src/core &&
	cp "$top_srcdir/src/core/util.c" copy/src/core/ &&
	printf "%s\n" "# files" src/core/util.c >copy/po/POTFILES.in &&
	"$top_srcdir/tests/cli/po-check.sh" copy &&
	printf "int f(void) { return puts(_(\"hi\")); }\n" >copy/src/core/new.c &&
	test_exit_code 1 "$top_srcdir/tests/cli/po-check.sh" copy >out 2>err &&
	grep -q "^+src/core/new.c" out &&
	rm copy/src/core/new.c && echo src/core/gone.c >>copy/po/POTFILES.in &&
	test_exit_code 1 "$top_srcdir/tests/cli/po-check.sh" copy >out 2>err &&
	grep -q "^-src/core/gone.c" out
'

test_expect_success 'a catalogue for the tests' '
	cat >xx.po <<-\EOF &&
	msgid ""
	msgstr ""
	"Content-Type: text/plain; charset=UTF-8\n"
	"Plural-Forms: nplurals=2; plural=(n != 1);\n"

	msgid "too many arguments"
	msgstr "XX-TOO-MANY"

	msgid "[DIR]"
	msgstr "［フォルダ］"

	msgid "%ld file, %ld read, %ld skipped\n"
	msgid_plural "%ld files, %ld read, %ld skipped\n"
	msgstr[0] "XX-ONE %ld/%ld/%ld\n"
	msgstr[1] "XX-MANY %ld/%ld/%ld\n"
	EOF
	mkdir -p locale/xx/LC_MESSAGES &&
	msgfmt --check -o locale/xx/LC_MESSAGES/gloss.mo xx.po
'

test_expect_success 'GLOSS_LOCALEDIR: LANGUAGE=xx finds the catalogue there' '
	test_exit_code 2 env LANGUAGE=xx GLOSS_LOCALEDIR="$PWD/locale" "$GLOSS" sync a b 2>err &&
	grep -q "^gloss: sync: XX-TOO-MANY" err
'

test_expect_success 'an empty GLOSS_LOCALEDIR is the installed folder' '
	test_exit_code 2 env LANGUAGE=xx GLOSS_LOCALEDIR= "$GLOSS" sync a b 2>err &&
	grep -q "^gloss: sync: too many arguments" err
'

test_expect_success 'the tests run without LANGUAGE and find no German by chance' '
	test -z "${LANGUAGE-}"
'

test_expect_success 'a count picks the plural form of the catalogue' '
	mkdir one two &&
	echo "One" >one/a.txt &&
	echo "One" >two/a.txt && echo "Two" >two/b.txt &&
	env LANGUAGE=xx GLOSS_LOCALEDIR="$PWD/locale" "$GLOSS" sync one >out &&
	grep -q "^XX-ONE 1/" out &&
	env LANGUAGE=xx GLOSS_LOCALEDIR="$PWD/locale" "$GLOSS" sync two >out &&
	grep -q "^XX-MANY 2/" out
'

test_expect_success '--help keeps the summaries in one column with wide synopses' '
	env LANGUAGE=xx GLOSS_LOCALEDIR="$PWD/locale" "$GLOSS" --help >out &&
	grep -q "^  sync ［フォルダ］ " out &&
	sed -n "s/ bring the sidecar up to date.*//p" out >sync &&
	sed -n "s/ list the articles, newest first.*//p" out >list &&
	test "$(wc -L <sync)" = 46 && test "$(wc -L <list)" = 46
'

test_done
