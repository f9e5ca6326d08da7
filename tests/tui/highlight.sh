#!/bin/sh
# tests/tui/highlight.sh: `highlight CONTEXT REGEX FG BG [ATTR...]` colours
# the matches (POSIX extended, case-insensitive) in the article text, the
# article list's and the feed list's rows, and nothing else; a regex past the filter language's limits (nine nested
# groups) is skipped.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$T_TMP/f.xml" <<'EOT'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Foxes</title>
<item><title>Fox story</title><guid>f-1</guid>
<description>The QUICK brown fox jumps over the lazy dog.</description></item>
</channel></rss>
EOT
printf 'file://%s\n' "$T_TMP/f.xml" >"$URLS"
cat >"$CONF" <<'EOT'
highlight article "qu[a-z]+k" red default bold
highlight all "(((((((((a)))))))))" green default
highlight articlelist "st[o]ry" blue default
highlight feedlist "^fox" magenta default underline
EOT
td_reload
td_start 80 24
check_screen "the feed is listed" 'Foxes'
check_line_e "feedlist: the match is magenta (and only it)" 'Foxes' \
    '\\e\[[0-9;]*(35|4;35|35;4)[0-9;]*m(\\e\[[0-9;]*m)*Fox(\\e\[[0-9;]*m)+es'
tui_keys Enter
check_screen "its article is listed" 'Fox story'
check_line_e "articlelist: the match is blue" 'Fox story' \
    'Fox \\e\[[0-9;]*34[0-9;]*m(\\e\[[0-9;]*m)*story'
tui_keys Enter
check_screen "the article is open" 'QUICK brown fox'
check_line_e "the match is red and bold" 'QUICK brown' \
    '\\e\[[0-9;]*(1;31|31;1|31)[0-9;]*m(\\e\[[0-9;]*m)*QUICK'
check_line_e "the text after it is not red" 'QUICK brown' \
    'QUICK(\\e\[[0-9;]*m)+ brown fox'
check_line_e "other words are not coloured" 'QUICK brown' \
    '^The \\e\[[0-9;]*m'
tui_keys q q q
tui_exited
check_eq "tidings ends normally" 0 "$T_EXIT"
tui_done
