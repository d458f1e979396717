## The spelling module against the system's en_US dictionary.
check_PROGRAMS += tests/unit/test-spell
tests_unit_test_spell_LDADD = $(UNIT_LDADD)
tests_unit_test_spell_CPPFLAGS = $(UNIT_CPPFLAGS)
TESTS += tests/unit/test-spell
