## tests/web: feed_parse, feed_date_iso, feed_discover and OPML on the
## fixtures of tests/web/feeds (also served by the feed update tests).
check_PROGRAMS += tests/web/feed-test
TESTS += tests/web/feed-test
tests_web_feed_test_SOURCES = tests/web/feed-test.c
tests_web_feed_test_CPPFLAGS = $(UNIT_CPPFLAGS) -I$(top_srcdir)/src/web
tests_web_feed_test_LDADD = $(WEB_LIBS) $(CORE_LIBS)
EXTRA_DIST += tests/web/feeds/rss2.xml tests/web/feeds/rss2-summary.xml tests/web/feeds/rss091.xml \
	tests/web/feeds/rdf.xml tests/web/feeds/atom.xml tests/web/feeds/broken.xml tests/web/feeds/latin1.xml \
	tests/web/feeds/laughs.xml tests/web/feeds/xxe.xml tests/web/feeds/page-with-feed.html \
	tests/web/feeds/subscriptions.opml tests/web/feeds/changing-1.xml tests/web/feeds/changing-2.xml
