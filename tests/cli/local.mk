## tests/cli: shell tests of the real binary (git's t/ style, TAP output),
## of the test library (t0000) and of the comments in src/ (t0002).
EXTRA_DIST += tests/cli/lib.sh tests/cli/README.md tests/cli/comment-refs.py tests/cli/po-check.sh
CORE_CLI_TESTS = \
	tests/cli/t0000-lib.sh \
	tests/cli/t0001-basics.sh \
	tests/cli/t0002-comment-refs.sh \
	tests/cli/t0003-layers.sh \
	tests/cli/t0005-i18n.sh \
	tests/cli/t0006-translations.sh \
	tests/cli/t1001-library.sh \
	tests/cli/t1002-show-search.sh \
	tests/cli/t1003-hostile-files.sh \
	tests/cli/t1004-sidecar-faults.sh \
	tests/cli/t1050-markdown.sh
TESTS += $(CORE_CLI_TESTS)
EXTRA_DIST += $(CORE_CLI_TESTS)
## corrections of one mention (gloss entity set --at)
TESTS += tests/cli/t2003-passage-corrections.sh
EXTRA_DIST += tests/cli/t2003-passage-corrections.sh
