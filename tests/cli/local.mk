# tests/cli: the command line as a user meets it.
TESTS += tests/cli/options.sh
EXTRA_DIST += tests/cli/options.sh

# The German catalogue, built from po/de.po into a private locale tree so the
# tests see it without `make install` (TIDINGS_LOCALEDIR points here).
check_DATA = tests/locale/de/LC_MESSAGES/tidings.mo
tests/locale/de/LC_MESSAGES/tidings.mo: $(top_srcdir)/po/de.po
	$(AM_V_GEN)$(MKDIR_P) tests/locale/de/LC_MESSAGES && \
	$(MSGFMT) -c -o $@ $(top_srcdir)/po/de.po
clean-local: clean-test-locale
clean-test-locale:
	-rm -rf tests/locale
.PHONY: clean-test-locale

TESTS += tests/cli/i18n.sh tests/cli/xdg.sh tests/cli/man.sh tests/cli/hostile.sh \
	tests/cli/po.sh
EXTRA_DIST += tests/cli/i18n.sh tests/cli/xdg.sh tests/cli/man.sh tests/cli/hostile.sh \
	tests/cli/po.sh

# The JSON written by --parse and --quotes, and doc/parse-json.md.
TESTS += tests/cli/json.sh
EXTRA_DIST += tests/cli/json.sh tests/cli/json-schema.py
# Every byte and terminal sequence a feed can carry, through every output.
TESTS += tests/cli/terminal-safety.sh
EXTRA_DIST += tests/cli/terminal-safety.sh tests/cli/terminal-safety.py

# reload notifications (notify-program, notify-format) after -x reload
TESTS += tests/cli/notify.sh
EXTRA_DIST += tests/cli/notify.sh
# --import-newsboat against a setup made by the real newsboat package
TESTS += tests/cli/newsboat-import.sh
EXTRA_DIST += tests/cli/newsboat-import.sh tests/fixtures/newsboat/news.xml \
	tests/fixtures/newsboat/links.xml tests/fixtures/newsboat/notes.atom \
	tests/fixtures/newsboat/hidden.xml tests/fixtures/newsboat/local.xml
# newsboat's other options: -x with several commands, -E/-I, -X, --cleanup
TESTS += tests/cli/newsboat-opts.sh
TESTS += tests/cli/reset-unread.sh
TESTS += tests/cli/config-paths.sh
EXTRA_DIST += tests/cli/config-paths.sh
EXTRA_DIST += tests/cli/reset-unread.sh
EXTRA_DIST += tests/cli/newsboat-opts.sh

# doc/newsboat.md against the code's tables (tests/unit/newsboat-doc)
TESTS += tests/cli/newsboat-doc.sh
EXTRA_DIST += tests/cli/newsboat-doc.sh
