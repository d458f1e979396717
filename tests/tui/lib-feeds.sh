# lib-feeds.sh -- a library with feeds for the feed tests of tests/tui,
# sourced after lib-tmux.sh. No feed is fetched: the articles are written
# here, as an update would write them, in folders feeds/NAME/.

# article PATH TITLE DATE: a Markdown article with front matter.
article() {
	mkdir -p "$(dirname "$1")" &&
	printf -- '---\ntitle: %s\npublished: %s\n---\n\n# %s\n\nThe text of %s, a paragraph long.\n' \
		"$2" "$3" "$2" "$2" >"$1"
}

# feed_library DIR: in the list's order (newest first) Alpha three, Beta
# two, Plain essay (no feed), Alpha one, Beta one.
feed_library() {
	mkdir -p "$1" &&
	article "$1/feeds/alpha/a3.md" "Alpha three" 2026-03-03 &&
	article "$1/feeds/beta/b2.md" "Beta two" 2026-03-02 &&
	article "$1/essay.md" "Plain essay" 2026-03-01 &&
	article "$1/feeds/alpha/a1.md" "Alpha one" 2026-02-28 &&
	article "$1/feeds/beta/b1.md" "Beta one" 2026-02-27
}
