# tests/unit: one cmocka program per module (test-<module>.c).
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-base
TESTS += tests/unit/test-base
tests_unit_test_base_SOURCES = tests/unit/test-base.c
tests_unit_test_base_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_base_LDADD = $(UNIT_LDADD)

check_PROGRAMS += tests/unit/test-feed
TESTS += tests/unit/test-feed
tests_unit_test_feed_SOURCES = tests/unit/test-feed.c
tests_unit_test_feed_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_feed_LDADD = $(UNIT_LDADD)
endif
# the podcast queue's rules, file names, enclosures parse -> store
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-download
TESTS += tests/unit/test-download
tests_unit_test_download_SOURCES = tests/unit/test-download.c
tests_unit_test_download_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_download_LDADD = $(UNIT_LDADD)
endif
# the sync servers' replies (parse/greader.h, parse/ttrss.h)
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-sync-parse
TESTS += tests/unit/test-sync-parse
tests_unit_test_sync_parse_SOURCES = tests/unit/test-sync-parse.c
tests_unit_test_sync_parse_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_sync_parse_LDADD = $(UNIT_LDADD)
endif
# the sync queue and conflict rule in the store, without a server
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-sync-store
TESTS += tests/unit/test-sync-store
tests_unit_test_sync_store_SOURCES = tests/unit/test-sync-store.c
tests_unit_test_sync_store_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_sync_store_LDADD = $(UNIT_LDADD)
endif
# newsboat's filter language: attributes, operators, limits (tidying)
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-filter
TESTS += tests/unit/test-filter
tests_unit_test_filter_SOURCES = tests/unit/test-filter.c
tests_unit_test_filter_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_filter_LDADD = $(UNIT_LDADD)
endif
# tidying over a store: set-filter, killfile, highlights, sort, delete,
# purge, flags and keep-forever
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-tidy
TESTS += tests/unit/test-tidy
tests_unit_test_tidy_SOURCES = tests/unit/test-tidy.c
tests_unit_test_tidy_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_tidy_LDADD = $(UNIT_LDADD)
endif
