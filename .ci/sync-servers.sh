#!/bin/bash
# .ci/sync-servers.sh start|stop: the real sync servers for tests/sync,
# started once for the whole suite (the tests start them themselves when
# they are not running).  start installs what they need (postgresql-15,
# with services kept from starting; the Miniflux binary) and starts them;
# stop stops them by the PIDs they recorded, nothing else.
set -u
cd "$(dirname "$0")/.."
export MF_STATE=${MF_STATE:-/tmp/tidings-sync-miniflux}
case "${1:-}" in
start)
	bash tests/sync/mf-setup.sh > /tmp/tidings-ci-miniflux.log 2>&1 ||
	    { tail -20 /tmp/tidings-ci-miniflux.log; echo "sync servers: Miniflux did not start"; }
	tail -1 /tmp/tidings-ci-miniflux.log ;;
stop)
	bash tests/sync/mf-stop.sh ;;
*)
	echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
