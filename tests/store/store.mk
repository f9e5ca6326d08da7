# tests/store: the store's crash test (a writer killed at random moments,
# then its cache checked) and print-unread through the real binary.
check_PROGRAMS += tests/store/crash-writer tests/store/crash-check
tests_store_crash_writer_SOURCES = tests/store/crash-writer.c
tests_store_crash_writer_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE3_CFLAGS) \
	$(ZSTD_CFLAGS)
tests_store_crash_writer_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
tests_store_crash_check_SOURCES = tests/store/crash-check.c
tests_store_crash_check_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
TESTS += tests/store/crash.sh tests/store/print-unread.sh
EXTRA_DIST += tests/store/crash.sh tests/store/print-unread.sh
# a cache on read-only storage: readers work, writers say "read-only"
TESTS += tests/store/readonly.sh
EXTRA_DIST += tests/store/readonly.sh
# a reload past the file size limit (ulimit -f): an error, not SIGXFSZ
TESTS += tests/store/fsize.sh
EXTRA_DIST += tests/store/fsize.sh
