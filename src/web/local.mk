## src/web: pages from the web -- fetching (libcurl), and reading a page's
## article into Markdown (libxml2). Over the core; no curses.
noinst_LIBRARIES += src/web/libgloss-web.a
src_web_libgloss_web_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/web $(CURL_CFLAGS) $(XML_CFLAGS) $(YAML_CFLAGS)
src_web_libgloss_web_a_SOURCES =
include src/web/fetch.mk
include src/web/extract.mk
include src/web/feed.mk
include src/web/feeds.mk
