## tests/web: fetching, gloss add and extract, and A, against server.py
## on 127.0.0.1 (fetch-*, add-*).
EXTRA_DIST += tests/web/server.py tests/web/lib-server.sh \
	tests/web/fetch-pages/lighthouse.html \
	tests/web/fetch-pages/harbour.html \
	tests/web/fetch-pages/nothing.html \
	tests/web/fetch-pages/cafe-1252.html \
	tests/web/fetch-pages/hostile.html \
	tests/web/fetch-pages/note.md
FETCH_TESTS = \
	tests/web/fetch-http.sh \
	tests/web/add-page.sh \
	tests/web/add-tui.sh
TESTS += $(FETCH_TESTS)
EXTRA_DIST += $(FETCH_TESTS)
check_PROGRAMS += tests/web/add-slug
tests_web_add_slug_SOURCES = tests/web/add-slug.c
tests_web_add_slug_CPPFLAGS = $(UNIT_CPPFLAGS) -I$(top_srcdir)/src/web
tests_web_add_slug_LDADD = $(WEB_LIBS) $(CORE_LIBS)
TESTS += tests/web/add-slug
