#!/bin/sh
# tests/tui/basic.sh: the interface starts, shows a screen, q quits cleanly
# and the terminal is restored; the same after SIGTERM, after a crash
# signal (SIGSEGV) and across ^Z / fg; a terminal below 40x10 gets a clear
# message instead of a broken screen.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech "~Tech Notes"
EOT
td_reload

# The terminal's mode after tidings ends: canonical input and echo back on.
STTY_CHECK='stty -a | tr " " "\n" | grep -Ex -- "-?(icanon|echo)" | tr "\n" " "'

# ---- start, q --------------------------------------------------------
tui_start 80 24 sh -c "\"\$0\" -u '$URLS' -c '$CACHE' -C '$CONF'; rc=\$?; $STTY_CHECK; echo; exit \$rc" "$TIDINGS"
check_screen "the feed list paints" '^tidings .* - Feeds \([0-9]+ unread\)'
check_screen "feeds are listed by name" 'World Desk'
check_screen "the urls-file name wins" 'Tech Notes  \[tech\]'
check_screen "the built-ins are listed" 'All unread'
check_screen "the key hints show" 'q:Quit ENTER:Open'
check_screen_e "the title bar has colour" '^\\e\[[0-9;]*m.*tidings'
tui_keys q
if tui_exited; then ok "q quits"; else not_ok "q quits"; diag "$T_SCREEN"; fi
check_eq "exit status 0" 0 "${T_EXIT:-}"
check_nomatch "the UI is gone from the screen" 'Feeds \(|All unread' "$(tui_screen)"
check_screen "the terminal is back in canonical mode with echo" '^icanon echo'
tui_next

# ---- SIGTERM ------------------------------------------------------------
PIDF="$T_TMP/pid"
rm -f "$PIDF"
tui_start 80 24 sh -c "sh -c 'echo \$\$ >\"\$1\"; exec \"\$0\" -u \"\$2\" -c \"\$3\" -C \"\$4\"' '$TIDINGS' '$PIDF' '$URLS' '$CACHE' '$CONF'; rc=\$?; $STTY_CHECK; echo; exit \$rc"
check_screen "started again" 'World Desk'
kill -TERM "$(cat "$PIDF")"
tui_exited
check_eq "SIGTERM ends it with status 0" 0 "${T_EXIT:-}"
check_screen "terminal restored after SIGTERM" '^icanon echo'
tui_next

# ---- a crash signal -------------------------------------------------------
rm -f "$PIDF"
tui_start 80 24 sh -c "sh -c 'echo \$\$ >\"\$1\"; exec \"\$0\" -u \"\$2\" -c \"\$3\" -C \"\$4\"' '$TIDINGS' '$PIDF' '$URLS' '$CACHE' '$CONF' 2>'$T_TMP/crash.err'; rc=\$?; $STTY_CHECK; echo; exit \$rc"
check_screen "started for the crash" 'World Desk'
kill -SEGV "$(cat "$PIDF")"
tui_exited
check_eq "SIGSEGV still kills it (128+11)" 139 "${T_EXIT:-}"
check_screen "terminal restored after SIGSEGV" '^icanon echo'
check_nomatch "no UI left on the screen after the crash" 'All unread' "$(tui_screen)"
check_match "the crash says the terminal was restored" 'terminal restored' "$(cat "$T_TMP/crash.err")"
tui_next

# ---- ^Z and resume ----------------------------------------------------------
# A job-control shell (set -m) gives tidings its own process group, as a
# login shell would; ^Z stops it, the script says so and waits for Enter,
# then `fg` resumes it.
tui_start 80 24 sh -c "set -m; \"\$0\" -u '$URLS' -c '$CACHE' -C '$CONF'; echo \"STOPPED \$?\"; $STTY_CHECK; echo; read x; fg; echo \"RESUMED \$?\"" "$TIDINGS"
check_screen "started for ^Z" 'World Desk'
tui_keys C-z
check_screen "^Z stops it (status 148)" '^STOPPED 148'
check_nomatch "the UI is off the screen while stopped" 'All unread' "$T_SCREEN"
check_screen "the terminal is usable while stopped" '^icanon echo'
tui_keys Enter
check_screen "fg repaints the UI" 'All unread'
tui_keys j
check_screen "and it still takes keys" '^tidings .* - Feeds'

# ---- too small, and back ------------------------------------------------------
tui_resize 30 8
check_screen "below 40x10: a clear message" 'Terminal too small'
check_nomatch "and no list" 'World Desk' "$(tui_screen)"
tui_resize 80 24
check_screen "back at 80x24 the list returns" 'World Desk'
tui_keys Q
check_screen "Q quits the resumed job with status 0" '^RESUMED 0'
tui_next

# ---- -r: reload on start, into an empty cache; text-width caps the body --
CACHE="$T_TMP/fresh.db"
echo "text-width 50" >"$CONF"
td_start 80 24 -r
check_screen "-r reloads at start" 'Reloaded 2 feeds: 5 new articles'
check_screen "the fresh cache fills the list" '\( +3/3\) World Desk'
tui_keys Enter Enter
check_screen "an article" '^Title: Harbour bridge approved'
w=$(widest 8 22)
check "text-width 50 wraps the body at 50 columns ($w)" test "$w" -le 50 -a "$w" -gt 40
check_screen "the body is there" '^The council voted'
tui_keys Q
tui_exited
check_eq "quits with status 0" 0 "${T_EXIT:-}"
tui_next

# ---- confirm-exit ----------------------------------------------------------
echo "confirm-exit yes" >"$CONF"
td_start 80 24
check_screen "confirm-exit: started" 'World Desk'
tui_keys q
check_screen "q asks first" 'Quit tidings\? \[y/n\]'
tui_keys n
check_screen "n keeps it running" '^tidings .* - Feeds'
check_nomatch "and the question is gone" 'Quit tidings' "$(tui_screen)"
tui_keys Q y
tui_exited
check_eq "Q then y quits with status 0" 0 "${T_EXIT:-}"
tui_done
