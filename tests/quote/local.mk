# tests/quote: `tidings --quotes` over fixture articles, compared with the
# expected JSON (tests/fixtures/quotes/*.expect.json), and --quotes-by.
TESTS += tests/quote/fixtures.sh
EXTRA_DIST += tests/quote/fixtures.sh tests/quote/local.mk \
	$(wildcard $(srcdir)/tests/fixtures/quotes/*.xml) \
	$(wildcard $(srcdir)/tests/fixtures/quotes/*.json)
