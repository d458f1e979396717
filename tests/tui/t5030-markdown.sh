#!/bin/sh
# A Markdown article in the reader, rendered: no markup on screen, lists
# with bullets and numbers, a quote's bar, code on a tint, a rule, a
# table in aligned columns, links with their numbers, an image, entities
# decoded, the front matter and the title heading not shown as text. The
# cursor goes over the markup, and a note made on a passage with bold
# inside is anchored to the file's bytes.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib-tmux.sh"

A=lib/2025-03-04-river-notes.md
cat >"$A" <<-\EOF
---
title: Notes from the River Survey
source: https://example.org/river-survey
author: Ada Brook
published: 2025-03-04
tags: [rivers, survey]
---

# Notes from the River Survey

The survey team walked the **upper reach** of the river in March, counting
otters and measuring the *water temperature* at each bridge. Read the
[full report](https://example.org/report) or the [field log](https://example.org/log).

## What they found

- Otters at three of the five bridges
- Cold water near the ~~old~~ mill
- A heron nest:
  1. first seen in April
  2. still there in June

> The river is healthier than it was ten years ago,
> said the team leader.

```
count = otters + herons
print(count)
```

---

| Bridge | Otters | Temp |
|--------|-------:|------|
| Mill Lane | 2 | 7.5 C |
| Old Ford | 0 | 8.1 C |
| Stone Arch Crossing | 11 | 6.9 C |

![a heron on a post](heron.jpg)

Fish &amp; chips at the &quot;Anchor&quot; cost &#163;9.
EOF
esc=$(printf '\033')

# The columns of the reader (right of the list) where a line containing $1
# has a "│" (the table's column lines), as "12 21".
bars() {
	grep -F "$1" "$TRASH/screen" | head -n 1 | sed 's/^[^│]*│ //; s/│/|/g' |
		awk '{ s = ""; for (i = 1; i <= length($0); i++) if (substr($0, i, 1) == "|") s = s " " i; print s }'
}

test_expect_success 'the top: headings, styles and links without their markup' '
	tui_start 80 24 $A &&
	wait_for "The survey team walked the upper reach" &&
	screen >top &&
	! grep -F "**" top &&
	! grep -F "](" top &&
	! grep -E "│ *#" top &&
	! grep -E "│ *(title|source|tags):" top &&
	grep -F "What they found" top &&
	test $(grep -c "Notes from the River Survey" top) = 2 &&
	grep -F "full report[1]" top &&
	grep -F "field log[2]" top &&
	screen_e >e &&
	grep -F "${esc}[1mupper reach" e &&
	grep -F "${esc}[4mfull report" e &&
	grep "full report.*${esc}\[[0-9;]*2m.*\[1\]" e
'

test_expect_success 'lists have bullets and numbers, a quote its bar, code its tint' '
	screen >top &&
	grep -F "│  • Otters at three of the five bridges" top &&
	grep -F "│  • Cold water near the old mill" top &&
	grep -F "│    1. first seen in April" top &&
	grep -F "│    2. still there in June" top &&
	grep -F "│ │ The river is healthier" top &&
	grep -F "│ │ said the team leader." top &&
	grep -F "│  count = otters + herons" top &&
	screen_e >e &&
	grep -F "${esc}[40m count = otters + herons" e
'

test_expect_success 'the end: a rule, a table in aligned columns, an image, entities decoded' '
	keys G && wait_for "Stone Arch Crossing" &&
	screen >end &&
	grep -F "─────────────────────" end &&
	! grep -F -- "---" end &&
	! grep -F "|---" end &&
	head="$(bars Bridge)" && mill="$(bars "Mill Lane")" && stone="$(bars "Stone Arch")" &&
	test -n "$head" && test "$head" = "$mill" && test "$head" = "$stone" &&
	grep -F "┼" end &&
	grep "Mill Lane *│ *2 │ 7.5 C" end &&
	grep -F "Stone Arch Crossing │" end &&
	grep "Bridge *│ Otters │ Temp" end &&
	grep -F "[image: a heron on a post][3]" end &&
	grep -F "Fish & chips at the \"Anchor\" cost £9." end &&
	! grep -F "&amp;" end
'

test_expect_success 'a narrow reader wraps the table cells within their columns' '
	T resize-window -t t -x 30 -y 30 &&
	wait_for "Stone Arch  " &&
	screen >narrow &&
	stone="$(bars "Stone Arch")" && cross="$(bars "Crossing")" && mill="$(bars "Mill Lane")" &&
	test -n "$stone" && test "$stone" = "$cross" && test "$stone" = "$mill" &&
	T resize-window -t t -x 80 -y 24
'

test_expect_success 'the cursor steps over the markup, word by word' '
	keys g && wait_cursor The &&
	keys w w w && wait_cursor walked &&
	keys w && wait_cursor the &&
	keys w && wait_cursor upper &&
	keys w && wait_cursor reach &&
	keys w && wait_cursor of
'

test_expect_success 'search sees the visible words, not the link addresses' '
	keys g && wait_cursor The &&
	keys / && keys -l "org" && keys Enter &&
	wait_for "Pattern not found" &&
	keys / && keys -l "field" && keys Enter &&
	wait_cursor "field log"
'

test_expect_success '} and { go by block: a heading, a list item' '
	keys g && wait_cursor The &&
	keys "}" && wait_cursor "What they found" &&
	keys "}" && wait_cursor "Otters" &&
	keys "}" && wait_cursor "Cold" &&
	keys "{" && wait_cursor "Otters" &&
	keys "{" && wait_cursor "What"
'

# click TEXT: a mouse click (X10 encoding, as curses reads it under
# TERM=screen) on the first screen line holding TEXT, two columns into it.
click() {
	python3 -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
for y, l in enumerate(lines):
    x = l.find(sys.argv[2])
    if x >= 0:
        x += 2
        for b in (0, 3):
            sys.stdout.write("\x1b[M" + chr(32 + b) + chr(33 + x) + chr(33 + y))
        break
' "$TRASH/screen" "$1" >"$TRASH/click" &&
	test -s "$TRASH/click" &&
	keys -l "$(cat "$TRASH/click")"
}

test_expect_success 'a click lands on the word drawn there, after markup and a link number' '
	echo "set mouse on" >"$XDG_CONFIG_HOME/gloss/config" &&
	tui_start 80 24 $A &&
	wait_for "The survey team walked" &&
	click "reach of the river" && wait_cursor "reach of" &&
	click "log[2]" && wait_cursor "log" &&
	click "Cold water" && wait_cursor "Cold" &&
	keys q q && wait_exit 0 &&
	rm "$XDG_CONFIG_HOME/gloss/config" &&
	tui_start 80 24 $A &&
	wait_for "The survey team walked"
'

test_expect_success 'a note on a passage with bold inside anchors to its file bytes' '
	keys g && wait_cursor The &&
	keys w w w && wait_cursor walked &&
	keys v && wait_for "Selection:" &&
	keys w w w w a && wait_for "New note on" &&
	keys -l "counted by the team" &&
	keys Enter && wait_for "Note added" &&
	keys q q && wait_exit 0 &&
	"$GLOSS" notes --json $A >notes.json &&
	passage="walked the **upper reach** of" &&
	start=$(grep -bo "walked the [*][*]upper" $A | cut -d: -f1) &&
	end=$((start + ${#passage})) &&
	grep "\"start\":$start,\"end\":$end," notes.json
'

test_expect_success 'after a restart the note is drawn on the rendered passage' '
	tui_start 80 24 $A &&
	wait_for "The survey team walked" &&
	screen_e >e &&
	grep -F "▎" e &&
	grep "${esc}\[30m${esc}\[46m.*walked the " e &&
	keys q q && wait_exit 0
'

test_expect_success 'a quote of two paragraphs keeps its bar between them' '
	printf "# Quotes\n\n> First quoted paragraph.\n>\n> Second quoted paragraph.\n>\n> > Nested reply.\n\nAfter.\n" >lib/quote.md &&
	tui_start 80 24 lib/quote.md &&
	wait_for "Nested reply." &&
	screen | sed "s/^[^│]*│ \\{0,1\\}//" >q &&
	grep -A1 "^│ First quoted paragraph.$" q | tail -n 1 | grep "^│$" &&
	grep -A1 "^│ Second quoted paragraph.$" q | tail -n 1 | grep "^│$" &&
	grep "^│ │ Nested reply.$" q &&
	grep -B1 "^After.$" q | head -n 1 | grep "^$" &&
	keys q q && wait_exit 0
'

test_expect_success 'hostile Markdown: controls shown as placeholders, deep nesting and wide tables bounded' '
	{
		printf "# Red \033[31m alert \342\200\256 here\n\n"
		i=0; p=""
		while [ $i -lt 120 ]; do p="$p> "; i=$((i + 1)); done
		printf "%s deep quote\n\n" "$p"
		i=0; p=""
		while [ $i -lt 60 ]; do printf "%s- level %d\n" "$p" $i; p="$p  "; i=$((i + 1)); done
		printf "\n"
		i=0; h="|"; d="|"; r="|"
		while [ $i -lt 150 ]; do h="$h h$i |"; d="$d---|"; r="$r c$i |"; i=$((i + 1)); done
		printf "%s\n%s\n%s\n\nThe end of the hostile text.\n" "$h" "$d" "$r"
	} >lib/hostile.md &&
	tui_start 80 24 lib/hostile.md &&
	wait_for "Red ^[[31m alert <U+202E> here" &&
	wait_for "deep quote" &&
	keys G && wait_for "The end of the hostile text." &&
	screen >h &&
	! grep -F "$esc" h &&
	keys q q && wait_exit 0
'

test_done
