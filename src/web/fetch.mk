## src/web: fetching.
src_web_libgloss_web_a_SOURCES += src/web/fetch.h
