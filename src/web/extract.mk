## src/web: a page's article as Markdown.
src_web_libgloss_web_a_SOURCES += src/web/extract.h src/web/extract-int.h \
	src/web/extract.c src/web/extract-charset.c src/web/extract-meta.c \
	src/web/extract-body.c src/web/extract-md.c src/web/extract-page.c
