## tests of the highlight engine: unit tests of each rule family and the
## CLI on the seeds and on biographies written for the tests (t2002-bios).
check_PROGRAMS += tests/unit/test-hl
tests_unit_test_hl_SOURCES = tests/unit/test-hl.c
tests_unit_test_hl_LDADD = $(UNIT_LDADD)
tests_unit_test_hl_CPPFLAGS = $(UNIT_CPPFLAGS)
TESTS += tests/unit/test-hl
HL_CLI_TESTS = \
	tests/cli/t2000-entities-seed.sh \
	tests/cli/t2001-entity-corrections.sh \
	tests/cli/t2002-bios.sh
TESTS += $(HL_CLI_TESTS)
EXTRA_DIST += $(HL_CLI_TESTS) tests/cli/t2002-bios
