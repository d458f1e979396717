## src/web: feeds (RSS, Atom) and OPML subscription lists, read with libxml2.
src_web_libgloss_web_a_SOURCES += src/web/feed.h src/web/feed-int.h src/web/feed.c \
	src/web/feed-xml.c src/web/feed-date.c src/web/opml.c
