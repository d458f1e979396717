## src/tui: the ncurses front end; the only place that includes curses.h.
noinst_LIBRARIES += src/tui/libtui.a
src_tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSES_CFLAGS)
src_tui_libtui_a_SOURCES = src/tui/tui.c src/tui/tui.h
TUI_LIBS = src/tui/libtui.a
