#!/bin/sh
# tests/tui/tidy.sh: keeping the lists tidy (issue 17, group 4) on fixture
# feeds: set-tag / clear-tag and set-filter / clear-filter in the feed
# list; set-filter, select-filter (define-filter), clear-filter, sort and
# rev-sort, edit-flags (the flag shows and filters), delete-article,
# delete-all-articles and purge-deleted in the article list; the
# highlight-article and highlight-feed colours; the killfile in display
# mode (stored, not listed) and, from the command line, in download mode
# (never stored); purged articles stay away after a reload.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/world.xml news
file://$TUI_FIX/tech.xml tech
EOT
cat >"$CONF" <<'EOT'
color listfocus black yellow
color listfocus_unread black yellow
define-filter "no ferries" "title !~ \"ferry\""
define-filter "bridges" "title =~ \"bridge\""
highlight-article "title =~ \"lighthouse\"" red default bold
highlight-feed "tags # \"tech\"" green default
ignore-mode display
ignore-article "*" "title =~ \"^Parsing\""
EOT
td_reload
unread() {
	TIDINGS_RELOAD_FORCE=1 "$TIDINGS" -q -u "$URLS" -c "$CACHE" \
	    -C "$CONF" -x print-unread 2>/dev/null
}
check_eq "display mode stores what it ignores" "5 unread articles" "$(unread)"

td_start 80 24
check_screen "two feeds" '^tidings .* - Feeds \(5 unread\)'

# ---- the feed list: tags, a filter, a highlight ---------------------------------
check_line_e "highlight-feed colours the tech feed" 'Tech Notes' '32m'
tui_keys t
check_screen "t offers the urls file's tags, sorted" '^ +2  tech'
check_screen "  news first" '^ +1  news'
tui_keys j Enter
check_screen "set-tag: the title says which" 'Feeds \(5 unread\) - tag tech'
check_nomatch "  World Desk is hidden" 'World Desk' "$(tui_screen)"
tui_keys C-t
check_screen "clear-tag: every feed again" 'World Desk'
check_nomatch "  the tag is gone from the title" '- tag ' "$(tui_screen)"
tui_keys F
tui_wait 'Filter:' >/dev/null
tui_keys 'unread_count > 2' Enter
check_screen "set-filter on feeds: only World Desk (3 unread)" 'Feeds \(5 unread\) - filtered'
check_nomatch "  Tech Notes (2 unread) is hidden" 'Tech Notes' "$(tui_screen)"
tui_keys C-f
check_screen "clear-filter on feeds" 'Tech Notes'
tui_keys F
tui_wait 'Filter:' >/dev/null
tui_keys 'colour = 1' Enter
check_screen "a bad filter is said" 'Bad filter: unknown attribute'

# ---- the article list: filters ------------------------------------------------
tui_keys Enter
check_screen "World Desk" 'Articles in "World Desk" \(3 unread, 3 shown\)'
check_line_e "highlight-article colours the lighthouse row" 'Lighthouse keeper' '31m'
check_line_e "  the focused row keeps the focus colour" 'Harbour bridge' '43m'
tui_keys F
tui_wait 'Filter:' >/dev/null
tui_keys 'title =~ "bridge|ferry" and age > 30' Enter
check_screen "set-filter: two of three (counts are the list's)" 'Articles in "World Desk" \(2 unread, 2 shown\) - filtered'
check_nomatch "  no lighthouse" 'Lighthouse' "$(tui_screen)"
tui_keys C-f
check_screen "clear-filter: three again" '\(3 unread, 3 shown\)$|\(3 unread, 3 shown\) *$'
tui_keys f
check_screen "select-filter lists define-filter's names" '^ +1  no ferries'
tui_keys Enter
check_screen "no ferries" '\(2 unread, 2 shown\) - filtered'
check_nomatch "  the ferry is gone" 'Ferry timetable' "$(tui_screen)"
tui_keys C-f
check_screen "cleared" 'Ferry timetable'

# ---- sort and rev-sort ----------------------------------------------------------
tui_keys '>'
tui_wait 'Sort by' >/dev/null
tui_keys t
check_eq "sort by title: Ferry first" 1 "$(tui_line 2 | grep -c 'Ferry timetable')"
tui_keys '<'
tui_wait 'Reverse Sort by' >/dev/null
tui_keys t
check_eq "rev-sort by title: Lighthouse first" 1 "$(tui_line 2 | grep -c 'Lighthouse keeper')"
tui_keys '>'
tui_wait 'Sort by' >/dev/null
tui_keys d
check_eq "sort by date: oldest first" 1 "$(tui_line 2 | grep -c 'Lighthouse keeper')"
tui_keys '<'
tui_wait 'Reverse Sort by' >/dev/null
tui_keys d
check_eq "rev-sort by date: newest first" 1 "$(tui_line 2 | grep -c 'Harbour bridge')"

# ---- flags --------------------------------------------------------------------
tui_keys C-e
tui_wait 'Flags \(\):' >/dev/null
tui_keys ba Enter
check_screen "edit-flags: the flag mark" '^ +1 N! 2023-11-20 .*Harbour bridge'
tui_keys C-e
check_screen "the flags, sorted" 'Flags \(ab\):'
tui_keys Escape
tui_keys F
tui_wait 'Filter:' >/dev/null
tui_keys 'flags # "a"' Enter
check_screen "filter on a flag" '\(1 unread, 1 shown\) - filtered'
tui_keys C-f
tui_keys j C-e
tui_wait 'Flags \(\):' >/dev/null
tui_keys 'a1' Enter
check_screen "a flag that is no letter is refused" 'letters a-z and A-Z only'
tui_keys k Enter
check_screen "the article view" '^Title: Harbour bridge approved'
tui_keys C-e
check_screen "edit-flags in the article view: its flags" 'Flags \(ab\):'
tui_keys z Enter
check_screen "  updated" 'Flags updated'
tui_keys q
tui_keys F
tui_wait 'Filter:' >/dev/null
tui_keys 'flags = "z"' Enter
check_screen "the answer replaced the flags" '\(0 unread, 1 shown\) - filtered'
tui_keys C-f

# ---- delete, purge --------------------------------------------------------------
tui_keys D
check_screen "delete-article marks the row" '^ +1 D! 2023-11-20 .*Harbour bridge'
check_line_e "  and moves down" 'Ferry timetable' '43m'
tui_keys '$'
check_screen "purge-deleted removes it" '1 articles purged'
check_screen "  two left" 'Articles in "World Desk" \([0-9] unread, 2 shown\)'
tui_keys q

# ---- the killfile (display) -----------------------------------------------------
tui_keys j Enter
check_screen "Tech Notes opens" 'Articles in "Tech Notes"'
check_screen "the killed article is not listed" 'Terminal colours explained'
check_nomatch "  Parsing feeds safely is hidden" 'Parsing feeds' "$(tui_screen)"
tui_keys C-d
tui_wait 'Delete all articles' >/dev/null
tui_keys y
check_screen "delete-all-articles marks every row" '^ +1 D .*Terminal colours'
tui_keys '$'
check_screen "purged: empty" 'No articles\.'
tui_keys Q
tui_exited
check_eq "quits cleanly (no leak)" 0 "$T_EXIT"

# ---- the command line: purged stay away; download mode never stores ------------
td_reload
# Ferry, Lighthouse, and Parsing: hidden by the killfile, so not deleted
check_eq "after a reload: the purged do not come back" "3 unread articles" "$(unread)"
rm -f "$CACHE"
cat >"$CONF" <<'EOT'
ignore-article "*" "title =~ \"ferry\""
ignore-article "file:///nowhere" "title =~ \"bridge\""
EOT
td_reload
check_eq "download mode (the default): never stored" "4 unread articles" "$(unread)"
td_reload
check_eq "  nor on the next reload" "4 unread articles" "$(unread)"

# ---- keep-forever-if-flagged-with against max-items ------------------------------
rm -f "$CACHE"
cat >"$CONF" <<'EOT'
color listfocus black yellow
max-items 1
keep-forever-if-flagged-with "k"
EOT
td_reload
tui_next
td_start 80 24
check_screen "a fresh cache" 'Feeds \(5 unread\)'
tui_keys Enter
check_screen "World Desk" 'Articles in "World Desk" \(3 unread'
tui_keys End C-e
tui_wait 'Flags' >/dev/null
tui_keys k Enter
check_screen "the oldest is flagged" '^ +3 N! 2023-11-18 .*Lighthouse'
tui_keys A
check_screen "all read" '\(0 unread, 3 shown\)'
tui_keys Q
tui_exited
td_reload
tui_next
td_start 80 24
tui_keys Enter
check_screen "max-items 1 kept the newest and the flagged one" \
    'Articles in "World Desk" \(0 unread, 2 shown\)'
check_screen "  the lighthouse stays" 'Lighthouse keeper'
check_nomatch "  the ferry went" 'Ferry timetable' "$(tui_screen)"
tui_keys Q
tui_exited
tui_done
