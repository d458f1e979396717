## Tests of notes, anchoring, exports, import and mentions.
check_PROGRAMS += tests/unit/test-anchor tests/unit/test-json tests/unit/test-export tests/unit/test-store-notes
tests_unit_test_anchor_LDADD = $(UNIT_LDADD)
tests_unit_test_anchor_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_json_LDADD = $(UNIT_LDADD)
tests_unit_test_json_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_export_LDADD = $(UNIT_LDADD)
tests_unit_test_export_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_store_notes_LDADD = $(UNIT_LDADD)
tests_unit_test_store_notes_CPPFLAGS = $(UNIT_CPPFLAGS) $(SQLITE_CFLAGS)
TESTS += tests/unit/test-anchor tests/unit/test-json tests/unit/test-export tests/unit/test-store-notes

NOTES_CLI_TESTS = \
	tests/cli/t3000-notes.sh \
	tests/cli/t3100-reanchor.sh \
	tests/cli/t3200-export.sh \
	tests/cli/t3300-import.sh \
	tests/cli/t3400-mentions.sh
TESTS += $(NOTES_CLI_TESTS)
EXTRA_DIST += $(NOTES_CLI_TESTS)
