## tests/doc: the manual pages render without a groff warning (t0070) and
## document every command, option, key, setting and variable (t0071).
EXTRA_DIST += tests/doc/man-check.py
DOC_TESTS = \
	tests/doc/t0070-man-render.sh \
	tests/doc/t0071-man-complete.sh
TESTS += $(DOC_TESTS)
EXTRA_DIST += $(DOC_TESTS)
