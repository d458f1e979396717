## tests/unit: one TAP program per core module, linked without ncurses.
UNIT_LDADD = $(CORE_LIBS)
UNIT_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit -DSRCDIR=\"$(abs_top_srcdir)\" $(SQLITE_CFLAGS) $(JANSSON_CFLAGS)
EXTRA_DIST += tests/unit/tap.h tests/unit/README.md

CORE_UNIT_TESTS = \
	tests/unit/test-util \
	tests/unit/test-ustr \
	tests/unit/test-sanitize \
	tests/unit/test-text \
	tests/unit/test-article \
	tests/unit/test-store \
	tests/unit/test-library \
	tests/unit/test-query \
	tests/unit/test-frontmatter \
	tests/unit/test-markdown \
	tests/unit/test-links \
	tests/unit/test-article-md
check_PROGRAMS += $(CORE_UNIT_TESTS)
TESTS += $(CORE_UNIT_TESTS)
tests_unit_test_util_LDADD = $(UNIT_LDADD)
tests_unit_test_util_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_ustr_LDADD = $(UNIT_LDADD)
tests_unit_test_ustr_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_sanitize_LDADD = $(UNIT_LDADD)
tests_unit_test_sanitize_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_text_LDADD = $(UNIT_LDADD)
tests_unit_test_text_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_article_LDADD = $(UNIT_LDADD)
tests_unit_test_article_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_store_LDADD = $(UNIT_LDADD)
tests_unit_test_store_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_library_LDADD = $(UNIT_LDADD)
tests_unit_test_library_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_query_LDADD = $(UNIT_LDADD)
tests_unit_test_query_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_frontmatter_LDADD = $(UNIT_LDADD)
tests_unit_test_frontmatter_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_markdown_LDADD = $(UNIT_LDADD)
tests_unit_test_markdown_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_links_LDADD = $(UNIT_LDADD)
tests_unit_test_links_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_article_md_LDADD = $(UNIT_LDADD)
tests_unit_test_article_md_CPPFLAGS = $(UNIT_CPPFLAGS)
