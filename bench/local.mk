## bench: benchmarks that print figures; never run by make check.
EXTRA_DIST += bench/library bench/make-library.py
EXTRA_DIST += bench/entities
EXTRA_DIST += bench/open
EXTRA_DIST += bench/reliability
