## tests/unit: one TAP program per core module, linked without ncurses.
UNIT_LDADD = $(CORE_LIBS)
UNIT_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit -DSRCDIR=\"$(abs_top_srcdir)\"
EXTRA_DIST += tests/unit/tap.h tests/unit/README.md
