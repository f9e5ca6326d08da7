#!/bin/sh
# tests/fetch/progress.sh: `-x reload` draws "reloading: done/total feeds"
# when stderr is a terminal (here a tmux pane), clears it before the
# summary, and draws nothing when stderr is not a terminal.
. "$TOP_SRCDIR/tests/lib.sh"
[ -n "${TMUX_BIN:-}" ] || skip_all "tmux not found"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
t_home
srv_start
B="localhost:$PORT"
printf '%s\n' "http://a.$B/feed/alpha.xml" "http://h.$B/hang" >"$T_TMP/urls"

tui_start 100 10 env TIDINGS_FETCH_TIMEOUT=6 "$TIDINGS" -u "$T_TMP/urls" \
    -c "$T_TMP/cache.db" -x reload
check_screen "progress while a feed is still loading" "reloading: 1/2 feeds" 10
check_screen "the summary once done" \
    "^2 feeds: 1 updated, 0 not modified, 1 failed; 3 new articles" 15
check_screen "exit 0" "\\[exited 0\\]" 5
check_nomatch "the progress line is cleared" "reloading:" "$(tui_screen)"

TIDINGS_FETCH_TIMEOUT=2 run_td -u "$T_TMP/urls" -c "$T_TMP/cache2.db" -x reload
check_nomatch "no progress when stderr is not a terminal" "reloading|$(printf '\r')" \
    "$T_ERR"

plan "$T_N"
done_testing
