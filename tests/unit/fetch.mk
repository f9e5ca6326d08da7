# tests/unit/fetch.mk: unit tests of the fetcher, the urls file and OPML.
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-urls tests/unit/test-opml tests/unit/test-fetch
TESTS += tests/unit/test-urls tests/unit/test-opml tests/unit/test-fetch
tests_unit_test_urls_SOURCES = tests/unit/test-urls.c
tests_unit_test_urls_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_urls_LDADD = $(UNIT_LDADD)
tests_unit_test_opml_SOURCES = tests/unit/test-opml.c
tests_unit_test_opml_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_opml_LDADD = $(UNIT_LDADD)
tests_unit_test_fetch_SOURCES = tests/unit/test-fetch.c
tests_unit_test_fetch_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_fetch_LDADD = $(UNIT_LDADD)
endif
