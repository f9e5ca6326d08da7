# bench: benchmarks, run by hand with `make bench` (never part of make check).
EXTRA_DIST += $(wildcard $(srcdir)/bench/*.sh) $(wildcard $(srcdir)/bench/*.py)
BENCH_RUNS =
bench: all
	@for s in $(BENCH_RUNS); do echo "== $$s"; \
	  TIDINGS=$(abs_top_builddir)/src/tidings SHARED_DIR=$(SHARED_DIR) \
	  TOP_SRCDIR=$(abs_top_srcdir) TOP_BUILDDIR=$(abs_top_builddir) \
	  $(SHELL) $(srcdir)/$$s || exit 1; done
.PHONY: bench
