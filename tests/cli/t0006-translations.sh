#!/bin/sh
# t0006: the German and Japanese catalogues are complete and reach the user.
# Each po/LANG.po translates every message of the sources as they are now
# (a template made here with xgettext, the options of po/Makevars), with no
# fuzzy entry; gloss shows them under LANGUAGE=LANG in a UTF-8 locale,
# from the build tree (GLOSS_LOCALEDIR, tests/locale.mk).
. "$top_srcdir/tests/cli/lib.sh"

for tool in xgettext msgmerge msgfmt gettext; do
	command -v $tool >/dev/null || { echo "t0006: $tool (GNU gettext) is missing" >&2; exit 1; }
done
[ -n "${GLOSS_LOCALEDIR:-}" ] || { echo "t0006: GLOSS_LOCALEDIR is not set (run through make check)" >&2; exit 1; }

LANGS="de ja"

test_expect_success 'po/LINGUAS names German and Japanese' '
	for l in $LANGS; do grep -qw "$l" "$top_srcdir/po/LINGUAS" || return 1; done
'

test_expect_success 'a template of the sources as they are now' '
	opts=$(sed -n "s/^XGETTEXT_OPTIONS *= *//p" "$top_srcdir/po/Makevars") &&
	(cd "$top_srcdir" && grep -v "^#" po/POTFILES.in | xargs xgettext $opts -o -) >now.pot &&
	test "$(grep -c "^msgid " now.pot)" -gt 300
'

for l in $LANGS; do
	test_expect_success "$l: every message translated, none fuzzy, none missing" "
		msgmerge --no-fuzzy-matching -q \"\$top_srcdir/po/$l.po\" now.pot -o merged-$l.po &&
		msgfmt --check --statistics -o /dev/null merged-$l.po 2>stats-$l &&
		cat stats-$l &&
		grep -q '^[0-9]* translated messages\\.\$' stats-$l
	"
	test_expect_success "$l: the build tree has its catalogue" "
		test -f \"\$GLOSS_LOCALEDIR/$l/LC_MESSAGES/gloss.mo\"
	"
done

# What gloss says in English and in language $1 (C.UTF-8: LANGUAGE is
# honoured in a UTF-8 locale that is not C).
in_lang() {
	l=$1
	shift
	env LC_ALL=C.UTF-8 LANGUAGE="$l" "$@"
}

# no_english EN OUT: no line of prose of EN (three words of small letters
# in a row; an example command line is not prose) is in OUT; prints those
# that are.
no_english() {
	python3 - "$1" "$2" <<-\EOF
	import re, sys
	en = open(sys.argv[1], encoding="utf-8").read().splitlines()
	out = open(sys.argv[2], encoding="utf-8").read().splitlines()
	prose = lambda l: re.search(r"[a-z]{2,} [a-z]{2,} [a-z]{2,}", l) and not l.lstrip().startswith("gloss ")
	left = [l for l in en if prose(l) and l in out]
	print("\n".join(left))
	sys.exit(1 if left else 0)
	EOF
}

test_expect_success 'de: gloss --help is German, every summary of a command translated' '
	in_lang de "$GLOSS" --help >help-de &&
	"$GLOSS" --help >help-en &&
	no_english help-en help-de &&
	"$GLOSS" --commands | cut -f2 >sum-en &&
	in_lang de "$GLOSS" --commands | cut -f2 >sum-de &&
	test "$(wc -l <sum-en)" = "$(wc -l <sum-de)" &&
	paste -d "|" sum-en sum-de >pairs &&
	! awk -F "|" "\$1 == \$2" pairs | grep .
'

test_expect_success 'de: an error message and its hint are German' '
	test_exit_code 2 in_lang de "$GLOSS" sync a b 2>err &&
	want=$(TEXTDOMAINDIR="$GLOSS_LOCALEDIR" in_lang de gettext -d gloss "too many arguments") &&
	test "$want" != "too many arguments" &&
	grep -qF "$want" err
'

# sync_says LANG N READ: what sync prints for N files, READ read, none
# skipped, as the catalogue of LANG words it.
sync_says() {
	f=$(TEXTDOMAINDIR="$GLOSS_LOCALEDIR" in_lang $1 ngettext -e -d gloss \
		"%ld file, %ld read, %ld skipped\n" "%ld files, %ld read, %ld skipped\n" $2 | sed "s/%ld/%d/g")
	printf "$f" $2 $3 0
}

test_expect_success 'de: a count takes its plural form' '
	test "$(sync_says de 1 1)" != "$(sync_says de 2 1 | sed s/2/1/)" &&
	mkdir lib && cp "$top_srcdir"/seeds/2024-01-11-state-blinken-cho-call.txt lib/ &&
	in_lang de "$GLOSS" sync lib >one &&
	test "$(cat one)" = "$(sync_says de 1 1)" &&
	cp "$top_srcdir"/seeds/2024-02-29-state-blinken-cho-meeting.txt lib/ &&
	in_lang de "$GLOSS" sync lib >two &&
	test "$(cat two)" = "$(sync_says de 2 1)"
'

test_expect_success 'ja: gloss --help is Japanese' '
	"$GLOSS" --help >help-en &&
	in_lang ja "$GLOSS" --help >help-ja &&
	no_english help-en help-ja &&
	"$GLOSS" --commands | cut -f2 >sum-en &&
	in_lang ja "$GLOSS" --commands | cut -f2 >sum-ja &&
	paste -d "|" sum-en sum-ja >pairs &&
	! awk -F "|" "\$1 == \$2" pairs | grep .
'

test_expect_success 'ja: a command'"'"'s --help is Japanese' '
	in_lang ja "$GLOSS" note --help >note-ja &&
	"$GLOSS" note --help >note-en &&
	no_english note-en note-ja
'

test_done
