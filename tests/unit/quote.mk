# tests/unit/quote.mk: the quote finder's unit tests.
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-quote
TESTS += tests/unit/test-quote
tests_unit_test_quote_SOURCES = tests/unit/test-quote.c
tests_unit_test_quote_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_quote_LDADD = $(UNIT_LDADD)
endif
# the --quotes shell tests and their fixtures
include tests/quote/local.mk
