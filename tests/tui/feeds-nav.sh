#!/bin/sh
# tests/tui/feeds-nav.sh: the feed list while running (issue 17, group 5)
# on fixture feeds: next-feed/prev-feed and their unread forms in the feed
# list and from an article list, goto-first-unread, mark-all-above-as-read,
# open-in-browser-and-mark-read, halfpagedown/halfpageup, article-feed,
# random-unread, reload-urls after the file changed from outside (the
# cursor stays on its feed), edit-urls through $EDITOR (a script that
# appends lines, one of them bad: the warning shows), and C asking first.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

# a third feed, and a long one for the half pages
sed -e 's|<title>World Desk</title>|<title>Sports Page</title>|' \
    -e 's|world-|sports-|g' "$TUI_FIX/world.xml" >"$T_TMP/sports.xml"
{
	printf '<rss version="2.0"><channel><title>Long List</title>\n'
	i=1
	while [ $i -le 30 ]; do
		printf '<item><title>Long item %02d</title><guid>long-%d</guid>' $i $i
		printf '<link>https://long.example/%d</link>' $i
		printf '<pubDate>Mon, 01 Jan 2024 %02d:%02d:00 GMT</pubDate></item>\n' \
		    $((23 - i / 60)) $((59 - i))
		i=$((i + 1))
	done
	printf '</channel></rss>\n'
} >"$T_TMP/long.xml"
cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech
EOT
BLOG="$T_TMP/browser.log"
cat >"$CONF" <<EOT
color listfocus black yellow
color listfocus_unread black yellow
bind-key ^E edit-urls
bind-key a article-feed
bind-key M mark-all-above-as-read
bind-key ^D halfpagedown
bind-key ^U halfpageup
browser "$TUI_FIX/browser.sh $BLOG %u"
EOT
td_reload
# The editor: appends a feed and a bad line to the file it is given (the
# last argument, after the words of \$EDITOR).
cat >"$T_TMP/editor.sh" <<EOT
#!/bin/sh
for f; do :; done
printf '%s\n' "file://$T_TMP/long.xml" 'no-scheme here' >>"\$f"
echo "\$#" >"$T_TMP/editor.argc"
EOT
chmod +x "$T_TMP/editor.sh"
tui_start 80 24 EDITOR="$T_TMP/editor.sh --flag" "$TIDINGS" -u "$URLS" \
    -c "$CACHE" -C "$CONF"
check_screen "two feeds, five unread" '^tidings .* - Feeds \(5 unread\)'

# ---- moving in the feed list ------------------------------------------------
tui_keys J
check_line_e "J (next-feed) moves to the next feed" 'Tech Notes' '43m'
tui_keys K
check_line_e "K (prev-feed) moves back" 'World Desk' '43m'
tui_keys C-n
check_line_e "^N (next-unread-feed) moves to the next unread feed" 'Tech Notes' '43m'
tui_keys C-n
check_screen "past the last one it says so" 'No more feeds with unread articles'
tui_keys C-p
check_line_e "^P (prev-unread-feed) moves back" 'World Desk' '43m'

# ---- from an article list ---------------------------------------------------------
tui_keys Enter
check_screen "World Desk's list" 'Articles in "World Desk" \(3 unread'
tui_keys J
check_screen "J opens the next feed's list in its place" 'Articles in "Tech Notes"'
tui_keys K
check_screen "K the previous one" 'Articles in "World Desk"'
tui_keys q
check_screen "one q is back at the feeds (replaced, not stacked)" '^tidings .* - Feeds \('

# ---- goto-first-unread ---------------------------------------------------------------
tui_keys Enter
tui_wait 'Articles in "World Desk"' >/dev/null
tui_keys N
check_screen "N marks the first read" 'Articles in "World Desk" \(2 unread'
tui_keys q Enter
check_line_e "reopened, the cursor is on the first unread" 'Ferry timetable' '43m'

# ---- mark-all-above-as-read, open-in-browser-and-mark-read ------------------------
tui_keys G
check_line_e "G: the last row" 'Lighthouse keeper' '43m'
tui_keys M
check_screen "M marks the rows above the cursor read" 'Articles in "World Desk" \(1 unread, 3 shown\)'
check_screen "the rows above are read" '^ +2    2023-.*Ferry timetable'
check_screen "the cursor's row is still unread" '^ +3 N  2023-.*Lighthouse keeper'
tui_keys O
tui_wait 'Opened https://world.example/lighthouse' >/dev/null
check_eq "O opens the link in the browser" "<https://world.example/lighthouse>" \
    "$(cat "$BLOG" 2>/dev/null)"
check_screen "and marks the article read" 'Articles in "World Desk" \(0 unread, 3 shown\)'

# ---- article-feed from a search ---------------------------------------------------
tui_keys q /
tui_wait '^Search:' >/dev/null
tui_keys -l colours
tui_keys Enter
check_screen "a search result" 'Articles in "Search: colours"'
tui_keys Enter
check_screen "its article" '^Title: Terminal colours explained'
tui_keys a
check_screen "a (article-feed) goes to the article's feed" 'Articles in "Tech Notes"'
check_line_e "with the article under the cursor" 'Terminal colours' '43m'
tui_keys q q
check_screen "back at the feeds" '^tidings .* - Feeds \('

# ---- random-unread: one unread article left -------------------------------------------
tui_keys C
check_screen "C asks first" 'Mark all articles of all feeds read\? \[y/n\]'
tui_keys n
check_screen "n keeps them (the one left unread)" '^tidings .* - Feeds \(1 unread\)'
tui_keys C-k
check_screen "^K opens a random unread article: the only one" \
    '^Title: Parsing feeds safely'
tui_keys q q
tui_keys C
tui_wait 'Mark all' >/dev/null
tui_keys y
check_screen "y marks everything read" '^tidings .* - Feeds \(0 unread\)'
tui_keys C-k
check_screen "with nothing unread ^K says so" 'No unread articles'

# ---- reload-urls after the file changed from outside -----------------------------
printf '%s\n' "file://$T_TMP/sports.xml sports" >>"$URLS"
tui_keys C-r
check_screen "^R (reload-urls): the new feed appears" "file://$T_TMP/sports.xml"
check_screen "and says how it went" 'Read the feed list: 3 lines'
tui_keys G k k
check_line_e "the cursor on the new feed" 'sports.xml' '43m'
grep -v tech.xml "$URLS" >"$T_TMP/urls.new" && mv "$T_TMP/urls.new" "$URLS"
tui_keys C-r
tui_wait_gone 'Tech Notes' >/dev/null
check_nomatch "a feed taken out goes" 'Tech Notes' "$(tui_screen)"
check_line_e "the cursor stays on its feed" 'sports.xml' '43m'

# ---- edit-urls ----------------------------------------------------------------------------
tui_keys C-e
check_screen "after the editor the appended feed shows" "file://$T_TMP/long.xml"
check_screen "the bad line is reported" 'urls:4: not a feed address'
check_eq "the editor got its own words and the file, one argument each" 2 \
    "$(cat "$T_TMP/editor.argc" 2>/dev/null)"
check_line_e "the cursor still on its feed" 'sports.xml' '43m'

# ---- half pages ----------------------------------------------------------------------
tui_keys R
tui_wait 'Long List' >/dev/null
check_screen "the long feed fetched" 'Long List'
tui_keys G k k Enter
check_screen "its list" 'Articles in "Long List" \(30 unread'
tui_keys C-d
check_line_e "^D (halfpagedown) moves half a page (21 rows / 2)" 'Long item 11' '43m'
tui_keys C-d C-d
check_line_e "and stops at the end" 'Long item 30' '43m'
tui_keys C-u
check_line_e "^U (halfpageup) goes back half a page" 'Long item 20' '43m'

# ---- open-in-browser-and-mark-read from the article itself ----------------------
tui_keys Enter
check_screen "Long item 20 opens" '^Title: Long item 20'
rm -f "$BLOG"
tui_keys O
tui_wait 'Opened https://long.example/20' >/dev/null
check_eq "O in the article opens its link" "<https://long.example/20>" \
    "$(cat "$BLOG" 2>/dev/null)"
# (opening the article has read it already: nothing more to see there)
tui_keys Q
tui_exited
check_eq "quits cleanly (no leak)" 0 "$T_EXIT"
tui_done
