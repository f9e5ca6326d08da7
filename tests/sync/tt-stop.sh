#!/bin/bash
# The project's copy of ../shared/ttrss/stop-ttrss.sh.
# stop-ttrss.sh - stop the servers setup-ttrss.sh started, by the PIDs it recorded.
# --purge also deletes the state folder (database included).
STATE=${TTRSS_STATE:-/tmp/tidings-sync-ttrss}
stop_pid() {  # name pidfile signal
  local f="$STATE/$2" pid
  [ -s "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$3" "$pid"
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { echo "$1 ($pid) still running, sending KILL"; kill -KILL "$pid"; }
    echo "stopped $1 ($pid)"
  fi
  rm -f "$f"
}
stop_pid feed-server feed.pid TERM
stop_pid php php.pid TERM
stop_pid postgres postgres.pid INT      # SIGINT = PostgreSQL "fast" shutdown
[ "${1:-}" = "--purge" ] && rm -rf "$STATE" && echo "removed $STATE"
exit 0
