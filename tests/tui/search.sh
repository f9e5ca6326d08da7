#!/bin/sh
# tests/tui/search.sh: finding articles (issue 17, group 3) on fixture
# feeds: a search by a word's start ("sanct" finds "sanctuary") marks the
# match in the result list; CJK found by a run inside a longer one; the
# prompt's line editor (Left/Right, ^A/^E, ^W, ^U, Backspace, Delete, wide
# characters) and its history per prompt kind (Up/Down); a search started
# from a feed's list stays in that feed; goto-title moves the cursor.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

sed -e 's|<title>Harbour bridge approved</title>|<title>Harbour sanctuary approved</title>|' \
    "$TUI_FIX/world.xml" >"$T_TMP/world.xml"
cat >"$URLS" <<EOT
file://$TUI_FIX/search.xml
file://$T_TMP/world.xml
EOT
cat >"$CONF" <<EOT
color listfocus black yellow
color listfocus_unread black yellow
color search-match red default
bind-key ^T goto-title
EOT
td_reload
td_start 80 24
check_screen "the feed list" 'Nature Notes'

# ---- a word's start, marked in the list ----------------------------------
tui_keys /
check_screen "the search prompt" '^Search: *$'
tui_keys -l sanct
tui_keys Enter
check_screen "sanct finds both sanctuaries" 'Articles in "Search: sanct" \(. unread, 2 shown\)'
check_screen "the one in Nature Notes" 'Bird sanctuary opens'
check_line_e "the match is marked in the row (search-match)" \
    'Harbour sanctuary' '\\e\[31m(\\e\[[0-9;]*m)*sanct(\\e\[[0-9;]*m)*uary'
tui_keys q

# ---- CJK: a run inside a longer one ---------------------------------------
tui_keys /
tui_keys -l '都庁'
tui_keys Enter
check_screen "都庁 finds the title 東京都庁の新しい計画" 'Articles in "Search: 都庁" \(. unread, 1 shown\)'
check_screen "the CJK article" '東京都庁の新しい計画'
tui_keys q
tui_keys /
tui_keys -l '公園'
tui_keys Enter
check_screen "公園 inside the body's 公園を増やす" 'Search: 公園" \(. unread, 1 shown\)'
tui_keys q

# ---- history, per kind ------------------------------------------------------
tui_keys /
tui_keys -l draft
tui_keys Up
check_screen "Up: the last search" '^Search: 公園 *$'
tui_keys Up Up
check_screen "Up Up: the first" '^Search: sanct *$'
tui_keys Up
check_screen "past the oldest it stays" '^Search: sanct *$'
tui_keys Down
check_screen "Down: newer" '^Search: 都庁 *$'
tui_keys Down Down
check_screen "Down past the newest: the line being typed" '^Search: draft *$'

# ---- the line editor ------------------------------------------------------
tui_keys C-u
check_screen "^U empties the line before the cursor" '^Search: *$'
tui_keys -l snct
tui_keys Left Left Left
tui_keys -l a
check_screen "Left moves back, typing inserts" '^Search: sanct *$'
tui_keys C-a
tui_keys -l x
tui_keys C-e
tui_keys -l uary
check_screen "^A to the start, ^E to the end" '^Search: xsanctuary *$'
tui_keys Home Delete
check_screen "Delete takes the character under the cursor" '^Search: sanctuary *$'
tui_keys End
tui_keys -l ' zzz'
tui_keys C-w
tui_keys -l x
check_screen "^W takes the word before the cursor" '^Search: sanctuary x *$'
tui_keys BSpace
tui_keys -l '東京都'
tui_keys Left
tui_keys BSpace
check_screen "wide characters: Left and Backspace by character" '^Search: sanctuary 東都 *$'
tui_keys Right
tui_keys -l 庁
check_screen "the cursor after a wide character" '^Search: sanctuary 東都庁 *$'
tui_keys C-u
tui_keys -l sanctuary
tui_keys Enter
check_screen "the edited search" 'Search: sanctuary" \(. unread, 2 shown\)'
tui_keys q

# ---- in one feed, from its list ----------------------------------------------
tui_keys Enter
check_screen "Nature Notes' list" 'Articles in "Nature Notes"'
tui_keys /
check_screen "the prompt says where" '^Search in this feed: *$'
tui_keys -l sanct
tui_keys Enter
check_screen "only this feed's sanctuary" 'Search: sanct" \(. unread, 1 shown\)'
check_screen "Bird sanctuary listed" 'Bird sanctuary opens'
tui_keys q

# ---- goto-title --------------------------------------------------------------
check_line_e "the cursor starts on the first row" 'Bird sanctuary' '43m'
tui_keys C-t
check_screen "the goto-title prompt" '^Go to title: *$'
tui_keys Up
check_screen "its own history: empty" '^Go to title: *$'
tui_keys -l OTTER
tui_keys Enter
check_line_e "goto-title moved the cursor to Otters return" 'Otters return' '43m'
tui_keys C-t
tui_keys -l nothing-like-it
tui_keys Enter
check_screen "no such title: said so" 'No article titled "nothing-like-it"'
tui_keys C-t
tui_keys Up Up
check_screen "goto-title's history: its own entries, newest first" '^Go to title: OTTER *$'
tui_keys Escape
tui_keys Q
tui_exited
tui_done
