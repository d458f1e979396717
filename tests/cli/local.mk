## tests/cli: shell tests of the real binary (git's t/ style, TAP output).
EXTRA_DIST += tests/cli/lib.sh tests/cli/README.md
CORE_CLI_TESTS = \
	tests/cli/t0001-basics.sh \
	tests/cli/t0002-layers.sh \
	tests/cli/t1001-library.sh \
	tests/cli/t1002-show-search.sh
TESTS += $(CORE_CLI_TESTS)
EXTRA_DIST += $(CORE_CLI_TESTS)
