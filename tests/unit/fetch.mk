# tests/unit/fetch.mk: unit tests of the fetcher, reload, the urls file
# and OPML.
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
tests_unit_test_fetch_CPPFLAGS = $(UNIT_CPPFLAGS) $(ZLIB_CFLAGS) \
	$(BROTLIENC_CFLAGS) $(ZSTD_CFLAGS)
tests_unit_test_fetch_LDADD = $(UNIT_LDADD) $(BROTLIENC_LIBS)
# reload's writing side (groups, a full disk), on file:// feeds
check_PROGRAMS += tests/unit/test-reload
TESTS += tests/unit/test-reload
tests_unit_test_reload_SOURCES = tests/unit/test-reload.c
tests_unit_test_reload_CPPFLAGS = $(UNIT_CPPFLAGS) $(SQLITE3_CFLAGS) \
	$(ZSTD_CFLAGS)
tests_unit_test_reload_LDADD = $(UNIT_LDADD)
endif
# reload's scheduling policy (model/sched), table-driven
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-sched
TESTS += tests/unit/test-sched
tests_unit_test_sched_SOURCES = tests/unit/test-sched.c
tests_unit_test_sched_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_sched_LDADD = $(UNIT_LDADD)
endif
# reload's pipeline with a fake source (model/source.h)
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-source
TESTS += tests/unit/test-source
tests_unit_test_source_SOURCES = tests/unit/test-source.c
tests_unit_test_source_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_source_LDADD = $(UNIT_LDADD)
endif
# reload notifications (model/notify.h): text, rule, escapes
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-notify
TESTS += tests/unit/test-notify
tests_unit_test_notify_SOURCES = tests/unit/test-notify.c
tests_unit_test_notify_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_notify_LDADD = $(UNIT_LDADD)
endif
