#!/bin/sh
# tests/tui/keys.sh: the rest of the key table and the terminal variants —
# a query: feed, toggling read (N) and showing read articles (l), marking a
# feed read (A), next/previous article (p/P), reloading one feed (r),
# bind-key / unbind-key from the config (a bad line warned about, the rest
# applied), the mouse (click, double click, wheel) and a monochrome
# terminal (TERM=vt100: attributes instead of colours).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech
"query:Tech unread:unread = \\"yes\\" and tags # \\"tech\\""
"query:Bridges:title =~ \\"bridge|lighthouse\\""
EOT
cat >"$CONF" <<EOT
bind-key x toggle-star
unbind-key s
bind-key z no-such-action
EOT
td_reload

td_start 80 24
check_screen "a bad bind-key line is reported on the status line" '^.*: unknown action no-such-action'
check_screen "a query feed counted by the store" '\( +2/2\) \* Tech unread'
check_screen "a regex query feed is listed, counts unknown until opened" "\\( +-\\) \\* Bridges"

# query feeds
tui_keys j j Enter
check_screen "the query feed opens" 'Articles in "Tech unread" \(2 unread, 2 shown\)'
check_screen "with the tech articles" 'Terminal colours explained'
tui_keys N
check_screen "N marks read; the unread-only query drops it" 'Articles in "Tech unread" \(1 unread, 1 shown\)'
tui_keys q j Enter
check_screen "the regex query" 'Articles in "Bridges" \(2 unread, 2 shown\)'
check_screen "matches titles case-insensitively" 'Harbour bridge approved'
check_screen "both of them" 'Lighthouse keeper retires'
tui_keys q
check_screen "once opened, the regex query shows its counts" '\( +2/2\) \* Bridges'

# l, A, p/P in a feed
tui_keys g Enter
check_screen "World Desk" 'Articles in "World Desk" \(3 unread, 3 shown\)'
tui_keys Enter
check_screen "first article" '^Title: Harbour bridge approved'
tui_keys p
check_screen "p: the next article in the list" '^Title: Ferry timetable changes'
tui_keys P
check_screen "P: the previous one" '^Title: Harbour bridge approved'
tui_keys q
check_screen "two read now" 'Articles in "World Desk" \(1 unread, 3 shown\)'
tui_keys l
check_screen "l hides read articles" 'Articles in "World Desk" \(1 unread, 1 shown\)'
check_nomatch "the read ones are gone" 'Harbour bridge' "$(tui_screen)"
tui_keys l
check_screen "l shows them again" '\(1 unread, 3 shown\)'
# rebinding: x stars, s does nothing
tui_keys x
check_screen "the rebound x stars" '^ +1 +\* +2023-11-20'
tui_keys j s
check_nomatch "the unbound s does nothing" '^ +2 +\*' "$(tui_screen)"
tui_keys A
check_screen "A marks the feed read" 'Articles in "World Desk" \(0 unread, 3 shown\)'
tui_keys r
check_screen "r reloads this feed" 'Reloaded 1 feed: 0 new articles'
tui_keys q
check_screen "the feed list follows" '\( +0/3\) World Desk'
check_screen "Starred counts the x" '\( +0/1\) \* Starred'

# the mouse (X10 reports, as a terminal sends them: ESC [ M b x y)
# mouse B X Y [B X Y...]: the events in one write (a double click must
# arrive within the mouse interval); bytes are 32 + button/column/row.
mouse() {
	hex=
	while [ $# -ge 3 ]; do
		hex="$hex 1b 5b 4d $1 $2 $3"
		shift 3
	done
	# shellcheck disable=SC2086
	tui_keys -H $hex
}
mouse 20 21 23 23 21 23		# left press + release on row 2 (col 1)
check_line_e "a click focuses the row under it" 'Tech Notes' '\\e\[[0-9;]*44m'
mouse 20 21 22 23 21 22 20 21 22 23 21 22	# double click on row 1
check_screen "a double click opens" 'Articles in "World Desk"'
tui_keys Enter
check_screen "an article" '^Feed: World Desk'
tui_resize 80 12
check_screen "a short window" '^q:Quit'
mouse 61 21 28 61 21 28		# wheel down twice
if tui_wait_gone '^Feed: World Desk'; then ok "the wheel scrolls the article"
else not_ok "the wheel scrolls the article"; diag "$T_SCREEN"; fi
mouse 60 21 28 60 21 28 60 21 28
check_screen "and back up" '^Feed: World Desk'
tui_resize 80 24
tui_keys Q
tui_exited
check_eq "quits with status 0" 0 "${T_EXIT:-}"
tui_next

# monochrome: TERM=vt100 has no colours; focus and bars are reverse video.
# This config has two bad lines: the first is shown, the rest counted.
printf 'no-such-option 1\ncolor nosuchelement red blue\n' >"$CONF"
TUI_TERM=vt100 td_start 80 24
check_screen "vt100: the feed list" 'World Desk'
check_screen "config warnings on the status line, with file:line" \
    "^$CONF:1: .*no-such-option"
l=$(tui_line_e 2 | sed 's/\x1b/\\e/g')
check_match "vt100: the focused row is reverse video" '\\e\[[0-9;]*7m' "$l"
check_match "vt100: the title bar is reverse video" '\\e\[[0-9;]*7m' "$(tui_line_e 1 | sed 's/\x1b/\\e/g')"
check_nomatch "vt100: no colour anywhere" '\\e\[[0-9;]*[34][0-7]m' \
    "$(tui_screen_e | sed 's/\x1b/\\e/g')"
tui_keys V
check_screen "V lists every config problem, whole" 'Config problems'
check_screen "... the first" "^$CONF:1: unknown command 'no-such-option'"
check_screen "... and the second" "^$CONF:2: unknown color element"
tui_keys q
tui_keys q
tui_exited
check_eq "vt100: quits with status 0" 0 "${T_EXIT:-}"
tui_next

# the other terminals the issue names: each paints with colour and quits
for term in xterm-256color screen linux; do
	# On TERM=linux ncurses reads the mouse through libgpm, which leaks a
	# few bytes that LeakSanitizer reports at exit; the console's mouse is
	# not what this checks.
	if [ "$term" = linux ]; then echo "mouse no" >"$CONF"; else : >"$CONF"; fi
	TUI_TERM=$term td_start 80 24
	check_screen "$term: the feed list" 'World Desk'
	check_line_e "$term: the focused row has colour" 'World Desk' '\\e\[[0-9;]*4[0-7]m'
	tui_keys q
	tui_exited
	check_eq "$term: quits with status 0" 0 "${T_EXIT:-}"
	tui_next
done

# no browser in the config: $BROWSER, split into words, the URL appended
: >"$CONF"
BLOG="$T_TMP/browser.log"
tui_start 80 24 env BROWSER="$TUI_FIX/browser.sh $BLOG --from-env" \
    "$TIDINGS" -u "$URLS" -c "$CACHE" -C "$CONF"
check_screen "BROWSER: started" 'World Desk'
tui_keys Enter Enter o
tui_wait 'Opened' >/dev/null
check_eq "\$BROWSER gets the URL as its last argument" \
    "<--from-env> <https://world.example/bridge>" \
    "$(tr '\n' ' ' <"$BLOG" 2>/dev/null | sed 's/ $//')"
tui_keys Q
tui_exited
tui_next

# wide characters (CJK, emoji, combining marks) at 40 columns: nothing
# spills over a line (the libc's wcswidth decides), the layout holds
: >"$CONF"
cat >"$URLS" <<EOT
file://$TUI_FIX/wide.xml
EOT
td_reload
td_start 40 12
check_screen "wide: the feed title" '世界のニュース'
check "wide: no line wider than 40 columns (feed list)" test "$(widest)" -le 40
check_screen "wide: the hints are on row 11" '^q:Quit'
check_eq "wide: the hints are on row 11 exactly" 1 "$(tui_line 11 | grep -c '^q:Quit')"
tui_keys Enter
check_screen "wide: the article list" '^ +1 N  2023-11-20 .*東京'
l=$(tui_line 3)
check_match "wide: the second row is in place" '^ +2 N  2023-11-19' "$l"
check "wide: no line wider than 40 columns (articles)" test "$(widest)" -le 40
tui_keys Enter
check_screen "wide: the article body" '日本語の本文です'
check "wide: the wrapped CJK body fits 40 columns" test "$(widest)" -le 40
check_eq "wide: the title bar is still row 1" 1 "$(tui_line 1 | grep -c '^tidings')"
tui_keys q j Enter
check_screen "wide: combining marks and an emoji sequence" '^Title: Cafe.? cre.?me bru.?le.?e'
check "wide: still within 40 columns" test "$(widest)" -le 40
tui_resize 30 8
check_screen "wide: below 40x10 the message" 'Terminal too small'
tui_keys q
check_screen "wide: q goes back even while too small" 'Terminal too small'
tui_resize 40 12
check_screen "wide: back in the article list" 'Articles in'
tui_keys Q
tui_exited
check_eq "wide: quits with status 0" 0 "${T_EXIT:-}"
tui_done
