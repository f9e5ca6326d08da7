# tests/fetch: loopback tests of the fetcher and reload, against our own
# server (tests/fetch/server.py), so they run from a tarball too.
TESTS += tests/fetch/reload.sh tests/fetch/opml.sh tests/fetch/progress.sh \
	tests/fetch/http-settings.sh
EXTRA_DIST += tests/fetch/reload.sh tests/fetch/opml.sh tests/fetch/progress.sh \
	tests/fetch/http-settings.sh \
	tests/fetch/lib-server.sh tests/fetch/server.py \
	tests/fixtures/fetch/alpha.xml tests/fixtures/fetch/beta.xml \
	tests/fixtures/fetch/cached.xml tests/fixtures/fetch/gamma.xml \
	tests/fixtures/fetch/latin1.xml tests/fixtures/fetch/local.xml \
	tests/fixtures/fetch/moved.xml tests/fixtures/fetch/ttl.xml \
	tests/fixtures/fetch/import.opml \
	tests/fixtures/opml/hostile.opml tests/fixtures/opml/bomb.opml
# servers that do not speak HTTP (random bytes, an endless header line)
TESTS += tests/fetch/replies.sh
EXTRA_DIST += tests/fetch/replies.sh
# exec: commands and their children through -x reload
TESTS += tests/fetch/exec.sh
EXTRA_DIST += tests/fetch/exec.sh
# filter:SCRIPT:URL: a download piped through a shell command
TESTS += tests/fetch/filter.sh
EXTRA_DIST += tests/fetch/filter.sh
# the fd sink and progress callback (tests/fetch/fetch-get drives the engine)
TESTS += tests/fetch/sink.sh
EXTRA_DIST += tests/fetch/sink.sh
check_PROGRAMS += tests/fetch/fetch-get
tests_fetch_fetch_get_SOURCES = tests/fetch/fetch-get.c
tests_fetch_fetch_get_LDADD = $(TIDINGS_LIBS) $(TIDINGS_EXT_LIBS)
# podcast downloads: Range, resume, a server without Range, the cap, kill -9
TESTS += tests/fetch/download.sh
EXTRA_DIST += tests/fetch/download.sh
