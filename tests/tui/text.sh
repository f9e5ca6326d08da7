#!/bin/sh
# tests/tui/text.sh: text in the interface (issue 17, group 6) on fixture
# feeds: titles given as HTML (Atom type="html" and "xhtml", RSS titles
# with escaped tags) show as text in the feed list, the article list and
# the header; the header's title wraps under its label; a cut <pre> line
# ends in a continuation mark; a table's header row is ruled off and a
# colspan cell spans; C1 character references read as windows-1252; and
# in a non-UTF-8 locale (LANG=C) non-ASCII shows as '?', never blank.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/text.xml
file://$TUI_FIX/text-rss.xml
EOT
td_reload
td_start 60 24
check_screen "the feed's HTML title as text" 'N \(  +2/2\) Text Desk'
check_screen "the RSS feed" 'Escaped Wire'
tui_keys Enter
check_screen "Atom type=html: text in the list" 'A big day & the night’'
check_screen "Atom type=xhtml: text in the list" 'Café 東京 notes'
tui_keys Enter
check_screen "the header's title, text" '^Title: A big day & the night’s long story that goes on past *$'
check_screen "the title wraps under its label" '^       the edge of any screen *$'
check_screen "C1 references as windows-1252" 'Café menu “today”:'
check_screen "a cut <pre> line ends in ↩" '^let total = compute_the_whole_thing\(first_argument, second_↩$'
check_screen "the rest of the <pre> line" '^argument, third\);'
check_screen "the header row" '^Dish \| Mon \| Tue'
check_screen "ruled off" '^─────┼─────┼────$'
check_screen "a colspan cell takes both columns" '^Soup \| both days'
check_screen "the columns stay aligned" '^Pie  \| yes \| no'
tui_keys q q
tui_keys j Enter
check_screen "RSS escaped tags: text" 'Escaped tags & more'
check_screen "RSS text without markup stays" 'AT&T < 3 apples'
tui_keys Q
tui_exited

# ---- a non-UTF-8 locale ------------------------------------------------------
"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
tui_start 60 24 env LANG=C LC_ALL=C "$TIDINGS" -u "$URLS" -c "$CACHE" -C "$CONF"
check_screen "LANG=C: the feed list" 'Text Desk'
tui_keys Enter
check_screen "LANG=C: each character the locale lacks is one '?'" 'Caf\? \?\? notes'
tui_keys j Enter
check_screen "LANG=C: in the header too" '^Title: Caf\? \?\? notes'
check_nomatch "LANG=C: no blank where a character was" 'Caf  ' "$(tui_screen)"
tui_keys Q
tui_exited
tui_done
