# tests/quote: `tidings --quotes` over fixture articles, compared with the
# expected JSON (tests/fixtures/quotes/*.expect.json), and --quotes-by over
# a cache indexed as reload indexes it (tests/quote/quote-cache builds it).
TESTS += tests/quote/fixtures.sh tests/quote/quotes-by.sh \
	tests/quote/reload-index.sh tests/quote/tui-reload.sh
# speaker notes on the demo at 40 and 120 columns; the evaluation set
TESTS += tests/quote/tui-notes.sh tests/quote/eval.sh
EXTRA_DIST += tests/quote/fixtures.sh tests/quote/quotes-by.sh \
	tests/quote/reload-index.sh tests/quote/tui-reload.sh \
	tests/quote/local.mk tests/quote/tui-notes.sh tests/quote/eval.sh \
	tests/quote/eval/README tests/quote/eval/score.py \
	$(wildcard $(srcdir)/tests/quote/eval/*.xml) \
	$(wildcard $(srcdir)/tests/quote/eval/*.expect) \
	$(wildcard $(srcdir)/tests/fixtures/quotes/*.xml) \
	$(wildcard $(srcdir)/tests/fixtures/quotes/*.json)
check_PROGRAMS += tests/quote/quote-cache
tests_quote_quote_cache_SOURCES = tests/quote/quote-cache.c
tests_quote_quote_cache_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
# the word tables' hashed index (tests/unit/test-quote-words.c)
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-quote-words
TESTS += tests/unit/test-quote-words
tests_unit_test_quote_words_SOURCES = tests/unit/test-quote-words.c
tests_unit_test_quote_words_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_quote_words_CFLAGS = $(AM_CFLAGS) -pthread
tests_unit_test_quote_words_LDADD = $(UNIT_LDADD)
endif
# render's text nodes, pinned for its one-pass ASCII path
# (tests/unit/test-render-text.c; kept here with the other performance tests)
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-render-text
TESTS += tests/unit/test-render-text
tests_unit_test_render_text_SOURCES = tests/unit/test-render-text.c
tests_unit_test_render_text_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_render_text_LDADD = $(UNIT_LDADD)
endif
