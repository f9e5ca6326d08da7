# tests/unit/store.mk: the store's unit tests (cmocka).  They include
# store-int.h, hence sqlite3's flags.
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-store
TESTS += tests/unit/test-store
tests_unit_test_store_SOURCES = tests/unit/test-store.c
tests_unit_test_store_CPPFLAGS = $(UNIT_CPPFLAGS) $(SQLITE3_CFLAGS) \
	$(ZLIB_CFLAGS) $(ZSTD_CFLAGS)
tests_unit_test_store_LDADD = $(UNIT_LDADD)
endif
