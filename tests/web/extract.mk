## tests/web: web_extract and page_markdown on pages written for the test.
check_PROGRAMS += tests/web/extract-test
TESTS += tests/web/extract-test
tests_web_extract_test_SOURCES = tests/web/extract-test.c
tests_web_extract_test_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit -I$(top_srcdir)/src/web $(YAML_CFLAGS)
tests_web_extract_test_LDADD = $(WEB_LIBS) $(CORE_LIBS)
