# bench: benchmarks, run by hand with `make bench` (never part of make check).
EXTRA_DIST += $(wildcard $(srcdir)/bench/*.sh) $(wildcard $(srcdir)/bench/*.py)
BENCH_RUNS =
BENCH_RUNS += bench/parse.sh
bench: all
	@for s in $(BENCH_RUNS); do echo "== $$s"; \
	  TIDINGS=$(abs_top_builddir)/src/tidings SHARED_DIR=$(SHARED_DIR) \
	  TOP_SRCDIR=$(abs_top_srcdir) TOP_BUILDDIR=$(abs_top_builddir) \
	  $(SHELL) $(srcdir)/$$s || exit 1; done
.PHONY: bench
# store: the 1M-article cache benchmark (bench/store-run.sh) and its tools.
BENCH_RUNS += bench/store-run.sh
check_PROGRAMS += bench/store-gen bench/store-query
bench_store_gen_SOURCES = bench/store-gen.c
bench_store_gen_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
bench_store_query_SOURCES = bench/store-query.c
bench_store_query_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
bench: bench/store-gen$(EXEEXT) bench/store-query$(EXEEXT)
# fetch: reload 200 feeds cold and warm, tidings vs newsboat (bench/reload.sh).
BENCH_RUNS += bench/reload.sh
# quote: extraction cost for 100k articles, --quotes vs --parse (bench/quotes.sh).
BENCH_RUNS += bench/quotes.sh
# sync: 10,000 articles from a real Miniflux, tidings vs newsboat (root).
BENCH_RUNS += bench/sync.sh
# fill: an empty cache from file:// (20k and 100k articles), with
# print-unread, cache size and peak RSS, newsboat beside (bench/fill.sh).
BENCH_RUNS += bench/fill.sh
