#!/bin/sh
# Retention: with max-items in the config, a reload forgets the read,
# unstarred articles beyond the limit, and keeps starred and unread ones.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
plan 6

echo "file://$TUI_FIX/world.xml" >"$URLS"
echo "max-items 1" >"$CONF"
td_reload
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x print-unread
check_match "every article is cached unread first" '^[2-9][0-9]* unread articles' "$T_OUT"
total=$(printf '%s\n' "$T_OUT" | sed 's/ .*//')

td_start 80 24
check_screen "the feed list shows the unread count" "\\(  *$total/$total\\) World Desk"
tui_keys A
check_screen "A marks the feed read" "\\(  *0/$total\\) World Desk"
tui_keys R
check_screen "the reload expires all but one read article" '\(  *0/1\) World Desk'
tui_keys Q
tui_exited
check_eq "tidings exits 0" 0 "${T_EXIT:-}"

td_reload
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x print-unread
check_eq "expired articles do not come back as unread" "0 unread articles" "$T_OUT"
done_testing
