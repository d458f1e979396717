## src/web: a page's article as Markdown.
src_web_libgloss_web_a_SOURCES += src/web/extract.h
