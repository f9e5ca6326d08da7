#!/bin/sh
# tests/tui/offline.sh: the network goes away.  A cache filled from the
# loopback server stays readable, searchable and markable once the server
# is gone; a reload then reports every feed's failure on the status line,
# marks each feed in the list and lists the reasons in the error view,
# and nothing cached is lost.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"

FIX="$TUI_FIX"
srv_start
cat >"$URLS" <<EOT
http://127.0.0.1:$PORT/feed/world.xml
http://127.0.0.1:$PORT/feed/tech.xml
EOT
td_reload
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x errors
check_eq "online: nothing failed" "" "$T_OUT"
# the network goes away
kill "$SRV_PID" 2>/dev/null
wait "$SRV_PID" 2>/dev/null
SRV_PID=

td_start 80 24
check_screen "offline: the cached feeds" '\( +3/3\) World Desk'
tui_keys Enter Enter
check_screen "offline: an article reads" 'The council voted on Monday'
tui_keys q j N q
check_screen "offline: marking works" '\( +1/3\) World Desk'
tui_keys /
tui_keys -l "terminals"
tui_keys Enter
check_screen "offline: search works" 'Terminal colours explained'
tui_keys q R
check_screen "offline: the reload reports both failures" \
    'Reloaded 2 feeds: 0 new articles, 2 failed' 20
check_screen "offline: each feed gets the error marker (1)" '! World Desk'
check_screen "offline: each feed gets the error marker (2)" '! Tech Notes'
check_screen "offline: nothing cached was lost" '\( +1/3\) ! World Desk'
tui_keys v
check_screen "offline: the reasons" '^World Desk: .'
check_screen "offline: both of them" '^Tech Notes: .'
tui_keys q Q
tui_exited
check_eq "offline: quits with status 0" 0 "${T_EXIT:-}"
tui_done
