#!/bin/bash
# .ci/sync-servers.sh start|stop: the real sync servers for tests/sync,
# started once for the whole suite (the tests start them themselves when
# they are not running): Miniflux and Tiny Tiny RSS.  start installs what
# they need (postgresql-15, tt-rss and PHP, with services kept from
# starting; the Miniflux binary) and starts them;
# stop stops them by the PIDs they recorded, nothing else.
set -u
cd "$(dirname "$0")/.."
export MF_STATE=${MF_STATE:-/tmp/tidings-sync-miniflux}
export TTRSS_STATE=${TTRSS_STATE:-/tmp/tidings-sync-ttrss}
case "${1:-}" in
start)
	bash tests/sync/mf-setup.sh > /tmp/tidings-ci-miniflux.log 2>&1 ||
	    { tail -20 /tmp/tidings-ci-miniflux.log; echo "sync servers: Miniflux did not start"; }
	tail -1 /tmp/tidings-ci-miniflux.log
	bash tests/sync/tt-setup.sh > /tmp/tidings-ci-ttrss.log 2>&1 ||
	    { tail -20 /tmp/tidings-ci-ttrss.log; echo "sync servers: tt-rss did not start"; }
	tail -1 /tmp/tidings-ci-ttrss.log ;;
stop)
	bash tests/sync/mf-stop.sh
	bash tests/sync/tt-stop.sh ;;
*)
	echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
