## src/web: fetching (libcurl), and saving pages and Markdown files as
## articles (add.c: `gloss add`, `gloss extract`, `A`).
src_web_libgloss_web_a_SOURCES += src/web/fetch.h src/web/fetch-int.h src/web/fetch.c src/web/add.h src/web/add.c
