## tests/tui: the real binary in tmux (private socket, fixed size,
## LANG=C.UTF-8, polling capture-pane), and the curses-free parts of
## src/tui as a unit test.
check_PROGRAMS += tests/tui/test-wrap
tests_tui_test_wrap_SOURCES = tests/tui/test-wrap.c
tests_tui_test_wrap_CPPFLAGS = $(UNIT_CPPFLAGS) -I$(top_srcdir)/src/tui
tests_tui_test_wrap_LDADD = src/tui/libtui.a $(CORE_LIBS)
check_PROGRAMS += tests/tui/test-textbuf
tests_tui_test_textbuf_SOURCES = tests/tui/test-textbuf.c
tests_tui_test_textbuf_CPPFLAGS = $(UNIT_CPPFLAGS) -I$(top_srcdir)/src/tui
tests_tui_test_textbuf_LDADD = src/tui/libtui.a $(CORE_LIBS)
check_PROGRAMS += tests/tui/test-mdwrap
tests_tui_test_mdwrap_SOURCES = tests/tui/test-mdwrap.c
tests_tui_test_mdwrap_CPPFLAGS = $(UNIT_CPPFLAGS) -I$(top_srcdir)/src/tui
tests_tui_test_mdwrap_LDADD = src/tui/libtui.a $(CORE_LIBS)
check_PROGRAMS += tests/tui/test-browser
tests_tui_test_browser_SOURCES = tests/tui/test-browser.c
tests_tui_test_browser_CPPFLAGS = $(UNIT_CPPFLAGS) -I$(top_srcdir)/src/tui
tests_tui_test_browser_LDADD = src/tui/libtui.a $(CORE_LIBS)

TUI_TESTS = \
	tests/tui/t5000-open.sh \
	tests/tui/t5001-navigation.sh \
	tests/tui/t5002-search.sh \
	tests/tui/t5003-resize.sh \
	tests/tui/t5004-hostile.sh \
	tests/tui/t5005-config.sh \
	tests/tui/t5006-signals.sh \
	tests/tui/t5007-entities.sh \
	tests/tui/t5008-big.sh \
	tests/tui/t5009-notes.sh \
	tests/tui/t5010-library.sh \
	tests/tui/t5011-sync.sh \
	tests/tui/t5012-orphan.sh \
	tests/tui/t5013-corrections.sh \
	tests/tui/t5014-sentences.sh \
	tests/tui/t5015-slips.sh \
	tests/tui/t5016-redo-restore.sh \
	tests/tui/t5017-draft.sh \
	tests/tui/t5018-ascii-locale.sh \
	tests/tui/t5050-locale-width.sh \
	tests/tui/t5051-help-ja.sh \
	tests/tui/t5053-cut.sh \
	tests/tui/t5060-deictic.sh \
	tests/tui/t5019-clusters.sh \
	tests/tui/t5020-retype.sh \
	tests/tui/t5029-links.sh \
	tests/tui/t5030-markdown.sh \
	tests/tui/t5040-feeds-list.sh \
	tests/tui/t5041-feeds-view.sh \
	tests/tui/t5042-feeds-update.sh \
	tests/tui/t5100-layers.sh
TESTS += tests/tui/test-wrap tests/tui/test-textbuf tests/tui/test-browser tests/tui/test-mdwrap $(TUI_TESTS)
EXTRA_DIST += $(TUI_TESTS) tests/tui/lib-tmux.sh tests/tui/README.md
EXTRA_DIST += tests/tui/lib-feeds.sh
# The user guide's capture script (doc/capture.sh, make guide).
TESTS += tests/tui/t5052-guide.sh
EXTRA_DIST += tests/tui/t5052-guide.sh
