# tests/quote: `tidings --quotes` over fixture articles, compared with the
# expected JSON (tests/fixtures/quotes/*.expect.json), and --quotes-by over
# a cache indexed by model_quotes_index (tests/quote/quote-cache builds it).
TESTS += tests/quote/fixtures.sh tests/quote/quotes-by.sh \
	tests/quote/reload-index.sh tests/quote/tui-reload.sh
EXTRA_DIST += tests/quote/fixtures.sh tests/quote/quotes-by.sh \
	tests/quote/reload-index.sh tests/quote/tui-reload.sh \
	tests/quote/local.mk \
	$(wildcard $(srcdir)/tests/fixtures/quotes/*.xml) \
	$(wildcard $(srcdir)/tests/fixtures/quotes/*.json)
check_PROGRAMS += tests/quote/quote-cache
tests_quote_quote_cache_SOURCES = tests/quote/quote-cache.c
tests_quote_quote_cache_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
