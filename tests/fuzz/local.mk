# tests/fuzz: libFuzzer targets, one per hostile-input entry point.  Built
# only by ./configure --enable-fuzzing CC=clang-14 (in a build directory of
# its own); `make fuzz` runs each for FUZZ_SECONDS and fails on a finding.
FUZZ_NAMES = feed html quote opml urls config date json filter
FUZZ_PROGS = \
	tests/fuzz/fuzz-feed tests/fuzz/fuzz-html tests/fuzz/fuzz-quote \
	tests/fuzz/fuzz-opml tests/fuzz/fuzz-urls tests/fuzz/fuzz-config \
	tests/fuzz/fuzz-date tests/fuzz/fuzz-json tests/fuzz/fuzz-filter
if FUZZING
noinst_PROGRAMS = $(FUZZ_PROGS)
endif
FUZZ_COMMON = tests/fuzz/fuzz.h tests/fuzz/fuzz-common.c
FUZZ_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
FUZZ_CPPFLAGS = $(AM_CPPFLAGS) $(JANSSON_CFLAGS)
FUZZ_LINK = $(FUZZ_LDFLAGS) -pthread
tests_fuzz_fuzz_feed_SOURCES = tests/fuzz/fuzz-feed.c $(FUZZ_COMMON)
tests_fuzz_fuzz_feed_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_feed_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_feed_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_html_SOURCES = tests/fuzz/fuzz-html.c $(FUZZ_COMMON)
tests_fuzz_fuzz_html_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_html_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_html_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_quote_SOURCES = tests/fuzz/fuzz-quote.c $(FUZZ_COMMON)
tests_fuzz_fuzz_quote_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_quote_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_quote_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_opml_SOURCES = tests/fuzz/fuzz-opml.c $(FUZZ_COMMON)
tests_fuzz_fuzz_opml_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_opml_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_opml_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_urls_SOURCES = tests/fuzz/fuzz-urls.c $(FUZZ_COMMON)
tests_fuzz_fuzz_urls_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_urls_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_urls_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_config_SOURCES = tests/fuzz/fuzz-config.c $(FUZZ_COMMON)
tests_fuzz_fuzz_config_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_config_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_config_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_date_SOURCES = tests/fuzz/fuzz-date.c $(FUZZ_COMMON)
tests_fuzz_fuzz_date_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_date_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_date_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_json_SOURCES = tests/fuzz/fuzz-json.c $(FUZZ_COMMON)
tests_fuzz_fuzz_json_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_json_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_json_LDFLAGS = $(FUZZ_LINK)
tests_fuzz_fuzz_filter_SOURCES = tests/fuzz/fuzz-filter.c $(FUZZ_COMMON)
tests_fuzz_fuzz_filter_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_filter_LDADD = $(FUZZ_LDADD)
tests_fuzz_fuzz_filter_LDFLAGS = $(FUZZ_LINK)

# Committed seeds (small, our own) and dictionaries; the larger seed sets
# (tests/fixtures, SHARED_DIR/conformance) are read in place by run.sh.
EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/xml.dict tests/fuzz/html.dict \
	tests/fuzz/opml.dict tests/fuzz/config.dict tests/fuzz/urls.dict \
	tests/fuzz/date.dict tests/fuzz/filter.dict $(FUZZ_SEEDS)
include tests/fuzz/seeds.mk

FUZZ_SECONDS = 60
.PHONY: fuzz
if FUZZING
fuzz: $(FUZZ_PROGS)
	FUZZ_SECONDS='$(FUZZ_SECONDS)' SHARED_DIR='$(SHARED_DIR)' \
	  $(SHELL) $(top_srcdir)/tests/fuzz/run.sh '$(top_srcdir)' \
	  '$(top_builddir)/tests/fuzz' $(FUZZ_NAMES)
else
fuzz:
	@echo "make fuzz: configure with --enable-fuzzing CC=clang-14" >&2; exit 1
endif
clean-local: fuzz-clean
fuzz-clean:
	rm -rf tests/fuzz/corpus tests/fuzz/logs
