#!/bin/sh
# XDG defaults: the cache and its folder are created private on first use,
# and --demo reads the bundled feeds without touching the user's own files.
. "$TOP_SRCDIR/tests/lib.sh"
plan 6
t_home

run_td --demo -x reload
check_eq "--demo reload exits 0" 0 "$T_RC"
d="$XDG_DATA_HOME/tidings"
check_eq "data folder is 0700" 700 "$(stat -c %a "$d" 2>/dev/null)"
check_eq "demo cache is 0600" 600 "$(stat -c %a "$d/demo/cache.db" 2>/dev/null)"
check "demo urls file lists the bundled city-desk feed" \
	grep -q 'city-desk.xml demo$' "$d/demo/urls"
check "the user's own urls file was not created" \
	test ! -e "$XDG_CONFIG_HOME/tidings/urls"

run_td --demo -x print-unread
check_match "demo articles are cached and unread" '^[1-9][0-9]* unread articles' "$T_OUT"

done_testing
