# tests: everything runs through automake's TAP driver, so each cmocka case
# and each shell assertion counts on its own in the summary.
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	TIDINGS='$(abs_top_builddir)/src/tidings'; export TIDINGS; \
	TOP_SRCDIR='$(abs_top_srcdir)'; export TOP_SRCDIR; \
	TOP_BUILDDIR='$(abs_top_builddir)'; export TOP_BUILDDIR; \
	SHARED_DIR='$(SHARED_DIR)'; export SHARED_DIR; \
	PYTHON3='$(PYTHON3)'; export PYTHON3; \
	TMUX_BIN='$(TMUX)'; export TMUX_BIN; \
	TIDINGS_DATADIR='$(abs_top_srcdir)/data'; export TIDINGS_DATADIR; \
	TIDINGS_LOCALEDIR='$(abs_top_builddir)/tests/locale'; export TIDINGS_LOCALEDIR; \
	CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1; export ASAN_OPTIONS; \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1; export UBSAN_OPTIONS; \
	LC_ALL=C.UTF-8; export LC_ALL; unset LANG LANGUAGE TMUX;

EXTRA_DIST += tests/lib.sh

# Unit tests link the module archives and cmocka.
UNIT_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS) $(CMOCKA_LIBS)
UNIT_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)

include tests/unit/local.mk
include tests/cli/local.mk
include tests/tui/local.mk
include tests/unit/fetch.mk
include tests/fetch/local.mk
include tests/unit/store.mk
include tests/unit/render.mk
include tests/unit/quote.mk
include tests/store/store.mk
include tests/unit/parse.mk
include tests/fuzz/local.mk
include tests/sync/local.mk
