## bench: benchmarks that print figures; never run by make check.
EXTRA_DIST += bench/library bench/make-library.py
EXTRA_DIST += bench/entities bench/make-news.py
EXTRA_DIST += bench/open
EXTRA_DIST += bench/reliability
# bench/extract: web_extract over the evaluation pages (extract-run does
# the work; it also prints one page's Markdown, for scoring).
EXTRA_DIST += bench/extract
noinst_PROGRAMS += bench/extract-run
bench_extract_run_SOURCES = bench/extract-run.c
bench_extract_run_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/web
bench_extract_run_LDADD = $(WEB_LIBS) $(CORE_LIBS)
# bench/feeds: gloss feed update over 200 served fixture feeds, beside
# newsboat -x reload (make-feeds.py writes them, feeds-server.py serves them).
EXTRA_DIST += bench/feeds bench/make-feeds.py bench/feeds-server.py
