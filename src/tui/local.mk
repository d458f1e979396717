## src/tui: the ncurses front end; the only place that includes curses.h.
TUI_LIBS =
