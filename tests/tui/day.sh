#!/bin/sh
# tests/tui/day.sh: a user's day on fixture feeds served from 127.0.0.1 —
# open a feed, read an article (links, images, browser), follow n through
# the unread across feeds, star, search, mark all read, resize to 60x20
# and back (the article re-wraps), reload in the background with one dead
# feed (error marker, status line, error view), help with a rebound key,
# quit.  Screen text and colours (capture-pane -e) are checked at each step.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"

# The server reads a copy of the fixtures, so the test can change a feed.
FIX="$T_TMP/srv"
mkdir -p "$FIX"
cp "$TUI_FIX/world.xml" "$TUI_FIX/tech.xml" "$FIX/"
srv_start
DEAD=$(closed_port)
cat >"$URLS" <<EOT
http://127.0.0.1:$PORT/delay/3000/world.xml news
http://127.0.0.1:$PORT/feed/tech.xml tech
http://127.0.0.1:$DEAD/dead.xml "~Dead Feed"
EOT
BLOG="$T_TMP/browser.log"
cat >"$CONF" <<EOT
color listfocus black yellow bold
color listfocus_unread black yellow bold
color info white blue bold
color link blue default underline
color error red default bold
bind-key ^R reload-all
browser "$TUI_FIX/browser.sh $BLOG --new-tab %u"
EOT
td_reload
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x errors
check_match "the cache was filled, the dead feed failed" "127.0.0.1:$DEAD/dead.xml: ." "$T_OUT"

# ---- the feed list ----------------------------------------------------
td_start 80 24
check_screen "feed list with the unread total" '^tidings .* - Feeds \(5 unread\)'
check_screen "a feed with its counts and tag" 'N \(  +3/3\) World Desk  \[news\]'
check_screen "the second feed" 'N \(  +2/2\) Tech Notes  \[tech\]'
check_screen "the dead feed carries the error marker" '\(  +0/0\) ! Dead Feed'
check_line_e "the focused row is black on yellow, bold" 'World Desk' '\\e\[1m.*30.*43m|\\e\[30m\\e\[43m'
check_line_e "an unfocused unread row is bold" 'Tech Notes' '\\e\[1m'
check_line_e "the error marker is red" 'Dead Feed' '\\e\[[0-9;]*31m! '
check_line_e "the title bar is white on blue" 'Feeds \(' '37.*44m|\\e\[37m\\e\[44m'

# ---- a feed, an article -------------------------------------------------------
tui_keys Enter
check_screen "the article list opens" 'Articles in "World Desk" \(3 unread, 3 shown\)'
check_eq "newest first (1)" 1 "$(tui_line 2 | grep -c 'N  2023-11-20 .*Harbour bridge approved')"
check_eq "newest first (2)" 1 "$(tui_line 3 | grep -c 'Ferry timetable changes')"
check_eq "newest first (3)" 1 "$(tui_line 4 | grep -c 'Lighthouse keeper retires')"
tui_keys Enter
check_screen "the article opens with its header" '^Title: Harbour bridge approved'
check_screen "the feed in the header" '^Feed: World Desk'
check_screen "the link in the header" '^Link: https://world.example/bridge'
check_screen "the body is rendered" 'The council voted on Monday'
check_screen "links are numbered inline" 'council minutes\[1\]'
check_screen "images show their alt text" '\[image [0-9]+: bridge plan\]'
check_screen "the link list at the end" '^\[1\] https://world.example/minutes'
check_line_e "link text is blue and underlined" 'council minutes' '\\e\[4m\\e\[34m|\\e\[34m\\e\[4m|4;34m|34;4m'
tui_keys o
tui_wait 'Opened https://world.example/bridge' >/dev/null
check_eq "o runs the browser with the URL as one argument" \
    "<--new-tab> <https://world.example/bridge>" "$(tr '\n' ' ' <"$BLOG" | sed 's/ $//')"
rm -f "$BLOG"
tui_keys 1 Enter
tui_wait 'Opened https://world.example/minutes' >/dev/null
check_eq "1 Enter opens link [1]" "<--new-tab> <https://world.example/minutes>" \
    "$(tr '\n' ' ' <"$BLOG" 2>/dev/null | sed 's/ $//')"

# ---- n through the unread, across feeds ---------------------------------------
i=0
while [ $i -lt 5 ] && ! tui_screen | grep -q '^Feed: Tech Notes'; do
	tui_keys n
	tui_wait '^Title: ' 5 >/dev/null
	i=$((i + 1))
done
check_screen "n reaches the next feed's unread" '^Feed: Tech Notes'

# ---- star -----------------------------------------------------------------------
tui_keys s
check_screen "s stars" '^tidings .* - Article .*\*'
check_screen "and says so" '^Starred'
tui_keys q
check_screen "back in that feed's list" 'Articles in "Tech Notes"'
check_screen "the star shows in the list" '^ +[0-9]+ +\* +2023-11-1[67]'
tui_keys q
check_screen "the Starred built-in counts it" '\(  +0/1\) \* Starred'

# ---- search -----------------------------------------------------------------------
tui_keys /
check_screen "the search prompt" '^Search:'
tui_keys -l zanzibarite
tui_keys Enter
check_screen "search results" 'Articles in "Search: zanzibarite" \(. unread, 1 shown\)'
check_screen "the match" 'Lighthouse keeper retires'
tui_keys Enter
check_screen "the matching article" '^Title: Lighthouse keeper retires'
check_line_e "the search word is marked in the body (search-match)" \
    'zanzibarite' '\\e\[[0-9;]*43m[^ ]*zanzibarite|\\e\[30m\\e\[43mzanzibarite'
tui_keys q q

# ---- mark all read ------------------------------------------------------------------
tui_keys C
tui_wait "Mark all articles" >/dev/null
tui_keys y
check_screen "C marks everything read" '^tidings .* - Feeds \(0 unread\)'
check_screen "the counts follow" '\(  +0/3\) World Desk'

# ---- resize ---------------------------------------------------------------------------
tui_keys g Enter
check_screen "World Desk again" 'Articles in "World Desk"'
tui_keys Enter
check_screen "the article" 'The council voted'
first_len() { tui_screen | grep '^The council voted' | head -n 1 | awk '{ print length($0) }'; }
w80=$(first_len)
tui_resize 60 20
tui_wait '^The council voted' >/dev/null
i=0
while [ $i -lt 50 ] && [ "$(first_len)" -gt 60 ]; do sleep 0.1; i=$((i + 1)); done
w60=$(first_len)
check "at 60 columns the paragraph re-wraps ($w80 -> $w60)" \
    test "${w60:-99}" -le 60 -a "${w80:-0}" -gt 60
check_screen "the hints are on the second last row" '^q:Quit'
check_eq "the screen is 20 rows" 20 "$(tui_screen | wc -l)"
tui_resize 80 24
i=0
while [ $i -lt 50 ] && [ "$(first_len)" -le 60 ]; do sleep 0.1; i=$((i + 1)); done
check_eq "back at 80 columns it wraps as before" "$w80" "$(first_len)"
tui_keys q q
check_screen "back to the feeds" 'Feeds \(0 unread\)'

# ---- reload with one dead feed ------------------------------------------------------------
cp "$TUI_FIX/world2.xml" "$FIX/world.xml"
tui_keys C-r
# World Desk is served 3 s late: meanwhile the progress shows and keys work
check_screen "progress on the status line" '^Reloading\.\.\. [0-2]/3 feeds'
tui_keys j
check_line_e "the UI stays responsive during the reload" 'Tech Notes' '43m'
if tui_screen | grep -q '^Reloading'; then ok "(the key was taken while reloading)"
else not_ok "(the key was taken while reloading)"; fi
tui_keys k
check_screen "the rebound ^R reloads; the status line reports" \
    'Reloaded 3 feeds: 1 new article, 1 failed' 20
check_line_e "the failure report is red" 'Reloaded 3 feeds' '31m'
check_screen "the new article is counted" 'N \(  +1/4\) World Desk'
check_screen "the dead feed keeps its marker" '! Dead Feed'
tui_keys v
check_screen "v lists the errors" '^tidings .* - Fetch errors'
check_screen "with the dead feed's reason" 'Dead Feed: .'
tui_keys q
tui_keys e
check_line_e "e moves to the feed with the error" 'Dead Feed' '43m'

# ---- help ---------------------------------------------------------------------------------
tui_keys '?'
check_screen "the help lists the actual bindings" '^R, \^R +reload-all|^\^R +reload-all'
check_screen "and the quit key" '^q +quit'
tui_keys q
tui_keys Q
tui_exited
check_eq "Q quits with status 0" 0 "${T_EXIT:-}"
tui_done
