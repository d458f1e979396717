## src/web: feed subscriptions and their update (feeds.h): many transfers
## at once over libcurl multi, new items saved as articles.
src_web_libgloss_web_a_SOURCES += src/web/feeds.h src/web/feeds.c src/web/feeds-subs.c
