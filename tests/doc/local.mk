## tests/doc: the manual pages render without a groff warning (t0070) and
## document every command, option, key, setting and variable (t0071); the
## example of gloss-config(5) is a config file the interface takes (t0072).
EXTRA_DIST += tests/doc/man-check.py
DOC_TESTS = \
	tests/doc/t0070-man-render.sh \
	tests/doc/t0071-man-complete.sh \
	tests/doc/t0072-man-config-example.sh
TESTS += $(DOC_TESTS)
EXTRA_DIST += $(DOC_TESTS)
