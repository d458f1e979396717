## tests/fuzz: libFuzzer targets (./configure --enable-fuzzing CC=clang).
## configure then builds everything, libgloss.a included, with coverage
## instrumentation (FUZZ_CFLAGS); each target links libFuzzer's main.
EXTRA_DIST += tests/fuzz/README.md tests/fuzz/run.sh \
	tests/fuzz/article.dict tests/fuzz/json.dict tests/fuzz/hl.dict \
	tests/fuzz/keymap.dict tests/fuzz/query.dict tests/fuzz/config.dict tests/fuzz/extract.dict \
	tests/fuzz/feed.dict \
	tests/fuzz/markdown.dict tests/fuzz/markdown-seeds/md4c-overread tests/fuzz/markdown-seeds/constructs.md \
	tests/fuzz/json-seeds/gloss-export.json tests/fuzz/json-seeds/foreign-annotation.json \
	tests/fuzz/json-seeds/page.json tests/fuzz/json-seeds/list.json
FUZZ_TARGETS = tests/fuzz/fuzz-article tests/fuzz/fuzz-json tests/fuzz/fuzz-anchor \
	tests/fuzz/fuzz-hl tests/fuzz/fuzz-keymap tests/fuzz/fuzz-query tests/fuzz/fuzz-config \
	tests/fuzz/fuzz-markdown tests/fuzz/fuzz-extract
FUZZ_TARGETS += tests/fuzz/fuzz-feed
.PHONY: fuzz-targets
if FUZZING
noinst_PROGRAMS += $(FUZZ_TARGETS)
# `make fuzz-targets` builds the targets alone (.ci/run does).
fuzz-targets: $(FUZZ_TARGETS)
FUZZ_FLAGS = -fsanitize=fuzzer,address,undefined
tests_fuzz_fuzz_article_SOURCES = tests/fuzz/fuzz-article.c
tests_fuzz_fuzz_article_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_article_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_article_LDADD = $(CORE_LIBS)
tests_fuzz_fuzz_json_SOURCES = tests/fuzz/fuzz-json.c
tests_fuzz_fuzz_json_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_json_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_json_LDADD = $(CORE_LIBS)
tests_fuzz_fuzz_anchor_SOURCES = tests/fuzz/fuzz-anchor.c
tests_fuzz_fuzz_anchor_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_anchor_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_anchor_LDADD = $(CORE_LIBS)
tests_fuzz_fuzz_hl_SOURCES = tests/fuzz/fuzz-hl.c
tests_fuzz_fuzz_hl_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_hl_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_hl_LDADD = $(CORE_LIBS)
# keymap.c needs no curses: the target links it on its own.
tests_fuzz_fuzz_keymap_SOURCES = tests/fuzz/fuzz-keymap.c src/tui/keymap.c
tests_fuzz_fuzz_keymap_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_keymap_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_keymap_LDADD = $(CORE_LIBS)
tests_fuzz_fuzz_query_SOURCES = tests/fuzz/fuzz-query.c
tests_fuzz_fuzz_query_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_fuzz_fuzz_query_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_query_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_query_LDADD = $(CORE_LIBS)
# The config parser is the interface's: the target links libtui.a and
# ncurses, though it opens no terminal.
tests_fuzz_fuzz_config_SOURCES = tests/fuzz/fuzz-config.c
tests_fuzz_fuzz_config_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS)
tests_fuzz_fuzz_config_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_config_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_config_LDADD = $(TUI_LIBS) $(WEB_LIBS) $(CORE_LIBS) $(NCURSES_LIBS)
tests_fuzz_fuzz_markdown_SOURCES = tests/fuzz/fuzz-markdown.c
tests_fuzz_fuzz_markdown_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_markdown_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_markdown_LDADD = $(CORE_LIBS)
# Web pages: the web layer's library over the core.
tests_fuzz_fuzz_extract_SOURCES = tests/fuzz/fuzz-extract.c
tests_fuzz_fuzz_extract_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/web
tests_fuzz_fuzz_extract_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_extract_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_extract_LDADD = $(WEB_LIBS) $(CORE_LIBS)
# Feeds and OPML: the web layer's library; seeds are tests/web/feeds.
tests_fuzz_fuzz_feed_SOURCES = tests/fuzz/fuzz-feed.c
tests_fuzz_fuzz_feed_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/web
tests_fuzz_fuzz_feed_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_fuzz_feed_LDFLAGS = $(FUZZ_FLAGS)
tests_fuzz_fuzz_feed_LDADD = $(WEB_LIBS) $(CORE_LIBS)
endif
