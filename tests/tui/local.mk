# tests/tui: tidings inside tmux, asserting on capture-pane.
TESTS += tests/check-layers.sh
EXTRA_DIST += tests/check-layers.sh
TUI_TESTS = tests/tui/basic.sh tests/tui/day.sh tests/tui/hostile.sh tests/tui/quotes.sh \
	tests/tui/keys.sh tests/tui/offline.sh tests/tui/paging.sh tests/tui/retention.sh tests/tui/demo.sh \
	tests/tui/marks.sh tests/tui/extern.sh tests/tui/links.sh tests/tui/shell-safety.sh
# the feed list while running (issue 17, group 5)
TUI_TESTS += tests/tui/feeds-nav.sh
# reload notifications in the interface (issue 17, group 8)
TUI_TESTS += tests/tui/notify.sh
# newsboat's default keys (keymap newsboat), macros, bind (issue 16)
TUI_TESTS += tests/tui/newsboat-keys.sh
# keeping the lists tidy (issue 17, group 4)
TUI_TESTS += tests/tui/tidy.sh
TUI_TESTS += tests/tui/highlight.sh
TUI_TESTS += tests/tui/select-formats.sh
# finding: search, the prompt's editor and history, goto-title (group 3)
TUI_TESTS += tests/tui/search.sh
# text: HTML titles, wrapped header, <pre>, tables, LANG=C (group 6)
TUI_TESTS += tests/tui/text.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += $(TUI_TESTS) tests/tui/lib-tui.sh tests/tui/paint-bench.py \
	tests/fixtures/tui/world.xml tests/fixtures/tui/world2.xml \
	tests/fixtures/tui/tech.xml tests/fixtures/tui/hostile.json \
	tests/fixtures/tui/browser.sh tests/fixtures/tui/hostile.xml \
	tests/fixtures/tui/quotes.xml tests/fixtures/tui/wide.xml \
	tests/fixtures/tui/extern.xml tests/fixtures/tui/search.xml \
	tests/fixtures/tui/text.xml tests/fixtures/tui/text-rss.xml

# The terminal-free parts of src/tui: browser argv, key table.
if ENABLE_TESTS
check_PROGRAMS += tests/unit/test-tui
TESTS += tests/unit/test-tui
tests_unit_test_tui_SOURCES = tests/unit/test-tui.c
tests_unit_test_tui_CPPFLAGS = $(UNIT_CPPFLAGS) $(NCURSESW_CFLAGS)
tests_unit_test_tui_LDADD = $(UNIT_LDADD)
# The front ends' model (src/model/model.h) over real stores.
check_PROGRAMS += tests/unit/test-model
TESTS += tests/unit/test-model
tests_unit_test_model_SOURCES = tests/unit/test-model.c
tests_unit_test_model_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_model_LDADD = $(UNIT_LDADD)
endif

# The same hostile feeds (tests/cli/terminal-safety.py), drawn by the TUI.
TESTS += tests/tui/terminal-safety.sh
EXTRA_DIST += tests/tui/terminal-safety.sh
# podcasts: enclosure lines, enqueue, the downloads view with progress
TUI_TESTS += tests/tui/downloads.sh
TUI_TESTS += tests/tui/downloads-pause.sh
# doc/newsboat.md's generator (not a test; tests/cli/newsboat-doc.sh).
if ENABLE_TESTS
check_PROGRAMS += tests/unit/newsboat-doc
tests_unit_newsboat_doc_SOURCES = tests/unit/newsboat-doc.c
tests_unit_newsboat_doc_CPPFLAGS = $(UNIT_CPPFLAGS) $(NCURSESW_CFLAGS)
tests_unit_newsboat_doc_LDADD = $(UNIT_LDADD)
endif
# an article's pictures as coloured symbols; hostile ones as markers
TUI_TESTS += tests/tui/images.sh
EXTRA_DIST += tests/fixtures/fetch/picture.png \
	tests/fixtures/fetch/picture-cut.png \
	tests/fixtures/fetch/picture-bomb.png \
	tests/fixtures/fetch/picture-liar.png
