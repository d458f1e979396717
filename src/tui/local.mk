## src/tui: the ncurses front end; the only place that includes curses.h.
## wrap.c, doc.c and keymap.c are curses-free so that the unit tests can
## link them without a terminal.
noinst_LIBRARIES += src/tui/libtui.a
src_tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS) $(HUNSPELL_CFLAGS)
src_tui_libtui_a_SOURCES = \
	src/tui/tui.c src/tui/tui.h \
	src/tui/app.h \
	src/tui/loop.c \
	src/tui/layout.c \
	src/tui/draw.c \
	src/tui/theme.c src/tui/theme.h \
	src/tui/keymap.c src/tui/keymap.h \
	src/tui/config.c \
	src/tui/prompt.c \
	src/tui/textbuf.c src/tui/textbuf.h \
	src/tui/doc.c src/tui/doc.h \
	src/tui/wrap.c src/tui/wrap.h \
	src/tui/view-list.c \
	src/tui/view-reader.c \
	src/tui/view-side.c \
	src/tui/view-help.c \
	src/tui/view-notes.c \
	src/tui/view-mentions.c \
	src/tui/notes.c \
	src/tui/editor.c
TUI_LIBS = src/tui/libtui.a
