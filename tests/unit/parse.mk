# tests/unit/parse.mk: the parser's unit tests (owned by the parser engineer).
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-parse tests/unit/test-date \
	tests/unit/test-uri tests/unit/test-utf8 tests/unit/test-parse-chunks \
	tests/unit/test-parse-ent
TESTS += tests/unit/test-parse tests/unit/test-date tests/unit/test-uri \
	tests/unit/test-utf8 tests/unit/test-parse-chunks tests/unit/test-parse-ent
tests_unit_test_parse_SOURCES = tests/unit/test-parse.c
tests_unit_test_parse_CPPFLAGS = $(UNIT_CPPFLAGS) -DFIXTURES=\"$(abs_top_srcdir)/tests/fixtures/feeds\"
tests_unit_test_parse_LDADD = $(UNIT_LDADD)
tests_unit_test_parse_chunks_SOURCES = tests/unit/test-parse-chunks.c
tests_unit_test_parse_chunks_CPPFLAGS = $(UNIT_CPPFLAGS) -DFIXTURES=\"$(abs_top_srcdir)/tests/fixtures/feeds\"
tests_unit_test_parse_chunks_LDADD = $(UNIT_LDADD)
tests_unit_test_parse_ent_SOURCES = tests/unit/test-parse-ent.c
tests_unit_test_parse_ent_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_parse_ent_LDADD = $(UNIT_LDADD)
tests_unit_test_date_SOURCES = tests/unit/test-date.c
tests_unit_test_date_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_date_LDADD = $(UNIT_LDADD)
tests_unit_test_uri_SOURCES = tests/unit/test-uri.c
tests_unit_test_uri_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_uri_LDADD = $(UNIT_LDADD)
tests_unit_test_utf8_SOURCES = tests/unit/test-utf8.c
tests_unit_test_utf8_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_utf8_LDADD = $(UNIT_LDADD)
endif

# tests/parse: --parse end to end (conformance corpus, golden fixtures).
TESTS += tests/parse/conformance.sh tests/parse/golden.sh
EXTRA_DIST += tests/parse/conformance.sh tests/parse/golden.sh \
	$(wildcard $(srcdir)/tests/fixtures/feeds/*)
