## tests/web: feed subscriptions and their update (gloss feed) against
## server.py on 127.0.0.1 (feed-*.sh).
EXTRA_DIST += tests/web/feed-pages/ice-on-the-slipway.html
FEEDS_TESTS = \
	tests/web/feed-update.sh \
	tests/web/feed-subs.sh
TESTS += $(FEEDS_TESTS)
EXTRA_DIST += $(FEEDS_TESTS)
