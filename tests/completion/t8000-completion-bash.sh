#!/bin/sh
# t8000: the bash completion (completion/bash/gloss), its function called
# as bash calls it (COMP_WORDS, COMP_CWORD), and what gloss answers it:
# --commands, export --formats, tags --names, feed list --names.
. "$top_srcdir/tests/cli/lib.sh"

# complete WORD...: the completions of "gloss WORD...", one a line, in out.
complete() {
	bash "$top_srcdir/tests/completion/bash-complete.sh" "$GLOSS" "$@" >out
}

F=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'bash is there' '
	bash --version >/dev/null
'

test_expect_success 'gloss --commands: each command, a tab, what it does' '
	"$GLOSS" --commands >cmds &&
	grep -q "^export	export notes" cmds &&
	grep -q "^extract	" cmds && grep -q "^feed	" cmds &&
	test $(cut -f1 cmds | grep -c .) = $(wc -l <cmds) &&
	"$GLOSS" --help >help && grep -q "^  --commands " help
'

test_expect_success 'gloss ex<Tab> is export and extract' '
	complete ex &&
	printf "export\nextract\n" >want &&
	cmp want out
'

test_expect_success 'gloss <Tab> offers every command' '
	complete "" &&
	cut -f1 cmds >want &&
	cmp want out
'

test_expect_success 'gloss export --formats names each format' '
	"$GLOSS" export --formats >formats &&
	grep -q "^md	" formats && grep -q "^json	" formats && grep -q "^csv	" formats &&
	"$GLOSS" --help | sed -n "/^Export formats/,/^\$/p" | sed -n "s/^  \([a-z]*\) .*/\1/p" >help-formats &&
	cut -f1 formats >names &&
	cmp help-formats names
'

test_expect_success 'gloss export --format <Tab> offers the formats' '
	complete export --format "" &&
	cmp names out
'

test_expect_success 'gloss export --format=j<Tab> and --format j<Tab> give json' '
	complete export --format = j &&
	echo json >want && cmp want out &&
	complete export --format j &&
	cmp want out
'

test_expect_success 'options of a command and of feed add; global options' '
	complete export --f &&
	printf "%s\n" --format --force --formats >want && cmp want out &&
	complete feed add --s &&
	echo --summary-only >want && cmp want out &&
	complete --d &&
	printf "%s\n" --db --dict >want && cmp want out
'

test_expect_success 'entity: its subcommands, --at, and none as a passage'"'"'s type' '
	complete entity "" &&
	printf "%s\n" set ignore forget unset list >want && cmp want out &&
	complete entity unset --a &&
	echo --at >want && cmp want out &&
	complete entity set --at "$F:10:20" "" &&
	printf "%s\n" person place date none >want && cmp want out &&
	complete entity set Paris "" &&
	printf "%s\n" person place date >want && cmp want out
'

test_expect_success 'the options offered are those of each command (src/cli/cmd-*.c)' '
	for pair in list:list show:show search:search tag:tags note:"note add" note:"note edit" \
		note:"note tag" note:"note attach" notes:notes export:export mentions:mentions \
		entities:entities add:add extract:extract feed:"feed add" feed:"feed list" \
		feed:"feed export" feed:"feed update" feed:"feed prune"
	do
		file=${pair%%:*} &&
		bash -c ". \"$top_srcdir/completion/bash/gloss\" && _gloss_options \"\$1\"" - "${pair#*:}" >>"offered-$file" || return 1
	done &&
	for file in list show search tag note notes export mentions entities add extract feed
	do
		tr " " "\n" <"offered-$file" | sed -n "s/^--\([a-z-]*\)=\{0,1\}\$/\1/p" | grep -v "^help\$" | sort -u >"offered-$file.s" &&
		sed -n "s/.*{ \"\([a-z-]*\)\", [a-z]*_argument.*/\1/p" "$top_srcdir/src/cli/cmd-$file.c" |
			grep -v "^colour\$" | sort -u >"table-$file" &&
		if ! cmp "table-$file" "offered-$file.s"; then
			echo "cmd-$file.c: the completion offers other options:" && diff "table-$file" "offered-$file.s"
			return 1
		fi
	done
'

test_expect_success 'setup: tags with a space, a quote and a dollar' '
	copy_seeds lib &&
	"$GLOSS" tag "$F" korea "two words" "it'\''s \$HOME" &&
	"$GLOSS" tags --names lib >names &&
	grep -qx "two words" names && grep -qx "it'\''s \$HOME" names && grep -qx korea names &&
	! grep -q "	" names
'

test_expect_success 'a tag name with a space comes back quoted, and the shell reads it whole' '
	complete list lib --tag tw &&
	echo "two\\ words" >want && cmp want out &&
	eval "set -- $(cat out)" && test $# = 1 && test "$1" = "two words"
'

test_expect_success 'a tag with a quote and a dollar is quoted: no expansion' '
	complete tag "$F" it &&
	test $(wc -l <out) = 1 &&
	eval "set -- $(cat out)" && test $# = 1 && test "$1" = "it'\''s \$HOME"
'

test_expect_success 'a word opened with a quote gets the name as it is' '
	complete export lib --tag "\"two" &&
	echo "two words" >want && cmp want out
'

test_expect_success 'tag names of the library of the FILE, and after --tag of notes' '
	complete tag "$F" k &&
	echo korea >want && cmp want out &&
	complete notes lib --tag=k &&
	cmp want out
'

test_expect_success 'a tag with a colon: readline replaces what follows the last colon' '
	"$GLOSS" note add "$F" --quote "Cho Tae-yul" --tag topic:maritime --tag topic:ports >/dev/null &&
	complete tag "$F" topic : m &&
	echo maritime >want && cmp want out &&
	complete tag "$F" topic : &&
	printf "maritime\nports\n" >want && sort out | cmp want - &&
	complete notes lib --tag = topic : p &&
	echo ports >want && cmp want out
'

test_expect_success 'setup: feeds with hostile names in the sidecar' '
	python3 - <<-PY
	import sqlite3
	c = sqlite3.connect("lib/.gloss.db")
	for name, url in [("Harbour \"news\" \$x", "https://example.org/a.xml"),
	                  ("quay", "https://example.org/b.xml"),
	                  ("bad\nline\x1b[31m", "https://example.org/c.xml")]:
	    c.execute("INSERT INTO feeds(name, url, added_at) VALUES(?, ?, ?)", (name, url, "2026-01-01T00:00:00Z"))
	t = c.execute("INSERT INTO tags(name) VALUES(?)", ("esc\x1b]0;x\x07tag",)).lastrowid
	a = c.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
	c.execute("INSERT INTO article_tags(article_id, tag_id) VALUES(?, ?)", (a, t))
	c.commit()
	PY
'

test_expect_success 'feed list --names: one line a feed, sanitized' '
	"$GLOSS" feed list --names lib >names &&
	test $(wc -l <names) = 3 &&
	grep -qx "Harbour \"news\" \\\$x" names &&
	grep -qx "quay" names &&
	grep -qx "bad^Jline^\[\[31m" names &&
	! grep -q "$(printf "\033")" names &&
	test_exit_code 2 "$GLOSS" feed list --names --json lib 2>err &&
	grep -q "do not go together" err
'

test_expect_success 'tags --names sanitizes too' '
	"$GLOSS" tags --names lib >names &&
	grep -qx "esc^\[]0;x^Gtag" names &&
	! grep -q "$(printf "\033")" names
'

test_expect_success 'a feed name after feed rm, quoted (the library of --db)' '
	complete --db lib/.gloss.db feed rm H &&
	test $(wc -l <out) = 1 &&
	eval "set -- $(cat out)" && test $# = 1 && test "$1" = "Harbour \"news\" \$x" &&
	complete feed update lib q &&
	echo quay >want && cmp want out &&
	(GLOSS_LIBRARY=$PWD/lib && export GLOSS_LIBRARY && complete feed prune --older-than 3 "") &&
	test $(wc -l <out) = 3
'

test_expect_success 'no control character reaches the line' '
	complete --db=lib/.gloss.db feed rm b &&
	echo "bad\\^Jline\\^\\[\\[31m" >want && cmp want out &&
	complete tag "$F" e &&
	test $(wc -l <out) = 1 &&
	! grep -q "$(printf "\033")" out
'

test_expect_success 'a path is completed where one is expected' '
	mkdir -p out-dir &&
	complete export -o out-d &&
	echo out-dir >want && cmp want out &&
	complete show lib/2024-01-11-state &&
	echo "$F" >want && cmp want out &&
	complete feed s &&
	test ! -s out &&
	complete feed l &&
	echo list >want && cmp want out
'

test_expect_success 'tags --names and feed list --names are in their usage' '
	"$GLOSS" tags --help >help && grep -q "\[--names\]" help &&
	"$GLOSS" feed --help >help && grep -q "list \[--json|--names\]" help &&
	"$GLOSS" export --help >help && grep -q -- "--formats" help &&
	test_exit_code 2 "$GLOSS" tags --bogus lib
'

test_done
