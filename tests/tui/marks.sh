#!/bin/sh
# tests/tui/marks.sh: A (mark read) on the lists that are not one feed —
# a search and All unread — through the model: each is one transaction
# over the list's unread articles.  A on a search list used to leak 64
# bytes each time (ASan's leak check makes the exit status say so), and A
# on All unread paged with an offset that never moved for that list.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech
EOT
td_reload
td_start 80 24
check_screen "five unread to start with" '^tidings .* - Feeds \(5 unread\)'

# a search matching articles of both feeds
tui_keys /
check_screen "the search prompt" '^Search:'
tui_keys -l the
tui_keys Enter
check_screen "the search list" 'Articles in "Search: the" \([1-9] unread, [1-9] shown\)'
shown=$(tui_screen | sed -n 's/.*Articles in "Search: the" ([0-9]* unread, \([0-9]*\) shown).*/\1/p')
tui_keys A
check_screen "A marks the search list read" 'Articles in "Search: the" \(0 unread, [1-9] shown\)'
tui_keys A
check_screen "again: nothing left, no error" 'Articles in "Search: the" \(0 unread, [1-9] shown\)'
check_nomatch "no error on the message line" 'Not saved' "$(tui_screen)"
tui_keys q
check_screen "the feed list counts them" "^tidings .* - Feeds \\($((5 - ${shown:-0})) unread\\)"

# All unread: the built-in before Starred, at the end of the list
tui_keys G k Enter
check_screen "All unread" 'Articles in "All unread" \([1-9] unread'
tui_keys A
check_screen "A on All unread ends" 'Articles in "All unread" \(0 unread, 0 shown\)'
tui_keys q
check_screen "nothing unread anywhere" '^tidings .* - Feeds \(0 unread\)'
tui_keys q
if tui_exited; then ok "q quits"; else not_ok "q quits"; diag "$T_SCREEN"; fi
check_eq "exit status 0 (no leak)" 0 "${T_EXIT:-}"
tui_done
