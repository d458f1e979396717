## src/tui: the ncurses front end; the only place that includes curses.h.
## The files are in layers (see app.h); wrap.c, doc.c, motion.c, textbuf.c
## and keymap.c are curses-free so that the unit tests can link them
## without a terminal.
noinst_LIBRARIES += src/tui/libtui.a
src_tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS) $(HUNSPELL_CFLAGS)
src_tui_libtui_a_SOURCES = \
	src/tui/theme.c src/tui/theme.h \
	src/tui/draw.c src/tui/draw.h \
	src/tui/textbuf.c src/tui/textbuf.h \
	src/tui/wrap.c src/tui/wrap.h \
	src/tui/doc.c src/tui/doc.h \
	src/tui/motion.c src/tui/motion.h \
	src/tui/label.c src/tui/label.h \
	src/tui/app.c src/tui/app.h \
	src/tui/view.h \
	src/tui/keymap.c src/tui/keymap.h \
	src/tui/browser.c src/tui/browser.h \
	src/tui/prompt.c src/tui/prompt.h \
	src/tui/editor.c src/tui/editor.h \
	src/tui/view-list.c src/tui/view-list.h \
	src/tui/view-reader.c src/tui/view-reader.h \
	src/tui/view-entities.c src/tui/view-entities.h \
	src/tui/view-notes.c src/tui/view-notes.h \
	src/tui/view-mentions.c src/tui/view-mentions.h \
	src/tui/view-links.c src/tui/view-links.h \
	src/tui/view-feeds.c src/tui/view-feeds.h \
	src/tui/view-help.c src/tui/view-help.h \
	src/tui/notes.c src/tui/notes.h \
	src/tui/correct.c src/tui/correct.h \
	src/tui/cursor.c src/tui/cursor.h \
	src/tui/config.c src/tui/config.h \
	src/tui/actions.c src/tui/actions.h \
	src/tui/layout.c src/tui/layout.h \
	src/tui/loop.c src/tui/loop.h \
	src/tui/tui.c src/tui/tui.h
TUI_LIBS = src/tui/libtui.a
## `A`: adding a page (src/web/add.h).
src_tui_libtui_a_SOURCES += src/tui/addpage.c src/tui/addpage.h
src_tui_libtui_a_CPPFLAGS += -I$(top_srcdir)/src/web
