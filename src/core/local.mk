## src/core: the engine, built as a library that links without ncurses.
noinst_LIBRARIES += src/core/libgloss.a
src_core_libgloss_a_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS) $(JANSSON_CFLAGS) $(HUNSPELL_CFLAGS) $(YAML_CFLAGS) $(MD4C_CFLAGS) $(XML_CFLAGS)
src_core_libgloss_a_SOURCES = \
	src/core/core.h \
	src/core/util.c src/core/util.h \
	src/core/ustr.c src/core/ustr.h \
	src/core/sanitize.c src/core/sanitize.h \
	src/core/text.c src/core/text.h \
	src/core/search-query.c src/core/search-query.h \
	src/core/article.c src/core/article.h \
	src/core/frontmatter.c src/core/frontmatter.h \
	src/core/markdown.c src/core/markdown.h \
	src/core/store.c src/core/store.h src/core/store-internal.h \
	src/core/store-fts.c src/core/store-fts.h \
	src/core/store-schema.c src/core/store-schema.h \
	src/core/store-tags.c \
	src/core/store-watch.c src/core/store-watch.h \
	src/core/store-feeds.c src/core/store-feeds.h \
	src/core/library.c src/core/library.h
## The links of an article (issue 9).
src_core_libgloss_a_SOURCES += src/core/links.c src/core/links.h
## The `set` lines of the config file, for the commands (settings.h).
src_core_libgloss_a_SOURCES += src/core/settings.c src/core/settings.h
