## src/cli: argv -> ops, exit codes, JSON/TSV output; src/main.c starts it all.
bin_PROGRAMS += src/gloss
src_gloss_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSES_CFLAGS)
src_gloss_SOURCES = \
	src/system.h \
	src/main.c \
	src/cli/cli.c src/cli/cli.h \
	src/cli/show.c src/cli/show.h \
	src/cli/cmd-list.c \
	src/cli/cmd-search.c \
	src/cli/cmd-show.c \
	src/cli/cmd-sync.c \
	src/cli/cmd-tag.c
src_gloss_LDADD = $(TUI_LIBS) $(WEB_LIBS) $(CORE_LIBS) $(NCURSES_LIBS)
src_gloss_SOURCES += src/cli/cmd-entities.c src/cli/cmd-entity.c
## The commands of web pages: add and extract (src/web).
src_gloss_SOURCES += src/cli/cmd-add.c src/cli/cmd-extract.c
src_gloss_CPPFLAGS += -I$(top_srcdir)/src/web
## Feed subscriptions and their update (feeds.h).
src_gloss_SOURCES += src/cli/cmd-feed.c
