#!/bin/sh
# t8001: the zsh completion (completion/zsh/_gloss): it parses, and an
# interactive zsh (in a pseudo-terminal, zsh-complete.zsh) offers what
# gloss answers: commands, formats, tag and feed names, quoted.
. "$top_srcdir/tests/cli/lib.sh"

# complete LINE: the matches zsh offers for LINE, one a line, in out.
complete() {
	zsh -f "$top_srcdir/tests/completion/zsh-complete.zsh" "$1" >out
}

F=lib/2024-01-11-state-blinken-cho-call.txt

test_expect_success 'zsh is there (.ci/packages installs it)' '
	zsh --version >/dev/null
'

test_expect_success '_gloss parses and is for gloss' '
	zsh -n "$top_srcdir/completion/zsh/_gloss" &&
	head -1 "$top_srcdir/completion/zsh/_gloss" >first &&
	echo "#compdef gloss" >want && cmp want first
'

test_expect_success 'setup: gloss on the PATH, a library with tags and feeds' '
	mkdir bin && ln -s "$GLOSS" bin/gloss &&
	copy_seeds lib &&
	"$GLOSS" tag "$F" korea "two words" "it'\''s \$HOME" &&
	python3 - <<-PY
	import sqlite3
	c = sqlite3.connect("lib/.gloss.db")
	c.execute("INSERT INTO feeds(name, url, added_at) VALUES(?, ?, ?)", ("Harbour \"news\" \$x", "https://example.org/a.xml", "2026-01-01T00:00:00Z"))
	c.execute("INSERT INTO feeds(name, url, added_at) VALUES(?, ?, ?)", ("bad\nline\x1b[31m", "https://example.org/c.xml", "2026-01-01T00:00:00Z"))
	c.commit()
	PY
'
PATH=$PWD/bin:$PATH

test_expect_success 'gloss ex<Tab> is export and extract' '
	complete "gloss ex" &&
	printf "export\nextract\n" >want &&
	cmp want out
'

test_expect_success 'gloss export --format <Tab> offers the formats' '
	complete "gloss export --format " &&
	"$GLOSS" export --formats | cut -f1 | sort >want &&
	cmp want out &&
	complete "gloss export --format=c" &&
	echo csv >want && cmp want out
'

test_expect_success 'tag names, quoted for the line' '
	complete "gloss list lib --tag tw" &&
	echo "two\\ words" >want && cmp want out &&
	complete "gloss tag $F it" &&
	test $(wc -l <out) = 1 &&
	eval "set -- $(cat out)" && test $# = 1 && test "$1" = "it'\''s \$HOME"
'

test_expect_success 'feed names, quoted, with no control character' '
	complete "gloss --db lib/.gloss.db feed rm H" &&
	test $(wc -l <out) = 1 &&
	eval "set -- $(cat out)" && test "$1" = "Harbour \"news\" \$x" &&
	complete "gloss feed update lib b" &&
	grep "^bad" out >got &&
	echo "bad\\^Jline\\^\\[\\[31m" >want && cmp want got
'

test_expect_success 'options of a command and its subcommands' '
	complete "gloss export --fo" &&
	printf "%s\n" --force --format --formats >want && cmp want out &&
	complete "gloss feed l" &&
	echo list >want && cmp want out &&
	complete "gloss feed list --n" &&
	echo --names >want && cmp want out
'

test_done
