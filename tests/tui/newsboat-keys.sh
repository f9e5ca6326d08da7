#!/bin/sh
# tests/tui/newsboat-keys.sh: a session on newsboat's default keys
# (`keymap newsboat`): j/k between feeds in an article list, N, n, the
# digits (cmd-two in a list, link 1 in the article view), the macro
# prefix, a `bind` line with two operations, A with confirm-mark-feed-read,
# a key newsboat leaves unbound saying so, and Q.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

BLOG="$T_TMP/browser.log"
cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech
EOT
cat >"$CONF" <<EOT
keymap newsboat
browser "$TUI_FIX/browser.sh $BLOG %u"
confirm-mark-feed-read yes
macro t toggle-article-read ; down -- "toggle and go on"
bind X articlelist down ; down
EOT
td_reload
opened() { tr '\n' ' ' <"$BLOG" 2>/dev/null | sed 's/ $//'; }

td_start 90 24
check_screen "the feed list" 'World Desk'
tui_keys j
check_screen "j is not bound in newsboat's feed list, and says so" \
    '^j: no operation on this key here'
tui_keys Enter
check_screen "ENTER opens World Desk" 'Articles in "World Desk" \(3 unread, 3 shown\)'
tui_keys j
check_screen "j: next-feed in the article list" 'Articles in "Tech Notes"'
tui_keys k
check_screen "k: prev-feed" 'Articles in "World Desk"'
tui_keys 2
check_screen "2 in a list starts the command line (cmd-two)" '^:2'
tui_keys 1 Enter
check_screen ":21 is past the list" 'No line 21 here'
tui_keys : 1 Enter Enter
check_screen ":1 then ENTER opens the first article" '^Title: Harbour bridge approved'
tui_keys 1
tui_wait 'Opened https://world.example/minutes' >/dev/null
check_eq "1 in the article view opens link 1 at once" \
    "<https://world.example/minutes>" "$(opened)"
tui_keys q
check_screen "back in the list, one read" '\(2 unread, 3 shown\)'
tui_keys N
check_screen "N toggles it unread" '\(3 unread, 3 shown\)'
tui_keys , t
check_screen "the macro: toggle-article-read, then down" '\(2 unread, 3 shown\)'
tui_keys , z
check_screen "a key without a macro says so" 'No macro on z'
tui_keys X Enter
check_screen "bind with two operations: down twice, to the last row" \
    '^Title: Lighthouse keeper retires'
tui_keys q A
check_screen "A asks first (confirm-mark-feed-read yes)" 'Mark every article here read\? \[y/n\]'
tui_keys y
check_screen "then marks the feed read" '\(0 unread, 3 shown\)'
tui_keys q
check_screen "q: back to the feed list" 'World Desk'
tui_keys Q
if tui_exited; then
	check_eq "Q quits at once (hard-quit)" 0 "$T_EXIT"
else
	not_ok "Q quits at once (hard-quit)"
fi

# ---- the screen's layout settings --------------------------------------
"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
cat >>"$URLS" <<EOT
"query:Zoo of bridges:title =~ \\"bridge|lighthouse\\""
EOT
cat >"$CONF" <<EOT
prepopulate-query-feeds yes
show-title-bar no
show-keymap-hint no
datetime-format "%d.%m.%Y"
wrap-scroll yes
feed-sort-order title
article-sort-order title-desc
feedlist-format "%4i %n %-15t%u"
articlelist-format "%i|%t|%D"
EOT
td_start 90 24
tui_wait 'World Desk' >/dev/null
check_match "show-title-bar no: the first line is the first feed," \
    '^ +1 N Tech Notes +\(2/2\) *$' "$(tui_line 1)"
check_match "... by title with feed-sort-order title, in feedlist-format" \
    '^ +2   World Desk +\(0/3\) *$' "$(tui_line 2)"
# (both read in the first session; unprepopulated it would show "( -)")
check_match "prepopulate-query-feeds: a regex query is counted at once" \
    'Zoo of bridges +\(0/2\) *$' "$(tui_line 3)"
check_eq "... no title bar anywhere" "" "$(tui_screen | grep -E '^tidings ')"
check_eq "show-keymap-hint no: no line of hints" "" \
    "$(tui_screen | grep -E 'q:Quit')"
tui_keys Down Enter
check_screen "datetime-format in articlelist-format's %D" \
    '^1\|[A-Z][a-z ]+\|[0-3][0-9]\.[01][0-9]\.20[0-9][0-9] *$'
check_match "article-sort-order title-desc: Z first" \
    'Lighthouse keeper retires' "$(tui_line 1)"
check_match "... then H" 'Harbour bridge approved' "$(tui_line 2)"
tui_keys Up Enter
check_screen "wrap-scroll: up from the first row is the last" \
    '^Title: Ferry timetable changes'

# ---- the title formats ------------------------------------------------
"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
cat >"$CONF" <<EOT
feedlist-title-format "%N %V - Your feeds (%u unread, %t total)"
articlelist-title-format "Articles in feed '%T' (%u unread, %t total)"
itemview-title-format "Article '%T'%?u? (%u unread)&?"
EOT
td_start 90 24
check_screen "feedlist-title-format: %N %V %u %t" \
    '^tidings [0-9.]+ - Your feeds \(1 unread, 2 total\)'
tui_keys Enter
check_screen "articlelist-title-format: %T %u %t" \
    "^Articles in feed 'World Desk' \\(0 unread, 3 total\\)"
tui_keys Enter
check_screen "itemview-title-format: %T, and an unknown %u is empty" \
    "^Article 'Harbour bridge approved' *\$"

# ---- run-on-startup, help-title-format, the jumps, progress -----------
"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
cat >"$CONF" <<EOT
keymap newsboat
run-on-startup next-unread-feed ; open
help-title-format "%N help"
display-article-progress no
toggleitemread-jumps-to-next no
markfeedread-jumps-to-next-unread yes
EOT
td_start 90 24
check_screen "run-on-startup: the operations ran at start" \
    'Articles in "Tech Notes" \(2 unread, 2 shown\)'
tui_keys Enter
check_screen "display-article-progress no: no percentage" '^tidings [0-9.]+ - Article *$'
tui_keys q N Enter
check_screen "toggleitemread-jumps-to-next no: N stays on the row" \
    '^Title: Terminal colours explained'
tui_keys q ?
check_screen "help-title-format" '^tidings help *$'
tui_keys q k A
check_screen "markfeedread-jumps-to-next-unread: A goes on to a feed with unread" \
    'Articles in "Tech Notes"'
plan "$T_N"
done_testing
