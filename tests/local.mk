## tests: every part of the tree brings its own fragment.
include tests/unit/local.mk
include tests/cli/local.mk
include tests/doc/local.mk
include tests/hl.mk
include tests/tui/local.mk
include tests/notes.mk
include tests/spell.mk
include tests/fuzz/local.mk
include tests/web/fetch.mk
include tests/web/extract.mk
include tests/web/feed.mk
include tests/web/feeds.mk
include tests/locale.mk
include tests/completion/local.mk
