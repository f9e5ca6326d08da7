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
# the attribution sieves one by one, the interview layouts and the notes
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-quote-sieve
TESTS += tests/unit/test-quote-sieve
tests_unit_test_quote_sieve_SOURCES = tests/unit/test-quote-sieve.c
tests_unit_test_quote_sieve_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_quote_sieve_LDADD = $(UNIT_LDADD)
endif
