# tests/sync: sync against real servers on loopback (Miniflux: the Google
# Reader API), started by tests/sync/mf-setup.sh when not running;
# skipped only where PostgreSQL cannot be installed (not root, no apt).
TESTS += tests/sync/miniflux.sh tests/sync/ttrss.sh
EXTRA_DIST += tests/sync/miniflux.sh tests/sync/lib-sync.sh \
	tests/sync/mf-setup.sh tests/sync/mf-stop.sh tests/sync/feeds.py \
	tests/sync/ttrss.sh tests/sync/tt-setup.sh tests/sync/tt-stop.sh \
	tests/sync/feed-proxy.py
check_PROGRAMS += tests/sync/sync-act
tests_sync_sync_act_SOURCES = tests/sync/sync-act.c
tests_sync_sync_act_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
