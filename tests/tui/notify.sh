#!/bin/sh
# tests/tui/notify.sh: the reload notifications in the interface.  After R
# brings new articles, notify-program gets the text as its one argument
# (a feed title with shell syntax in it runs nothing), and notify-xterm
# sets the terminal's title (tmux's pane title), stripped of controls and
# bidi overrides (the parser already drops C0; U+202E gets this far).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

EVIL="Evil; touch $T_TMP/pwned1 \$(touch $T_TMP/pwned2) \`touch $T_TMP/pwned3\`"
cat >"$T_TMP/evil.xml" <<EOT
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>$EVIL&#x202E;denwo</title>
<item><title>One</title><guid>e1</guid></item>
</channel></rss>
EOT
cat >"$URLS" <<EOT
file://$T_TMP/evil.xml
file://$TUI_FIX/tech.xml
EOT
cat >"$T_TMP/notify.sh" <<EOT
#!/bin/sh
{ echo "argc=\$#"; for a; do printf '<%s>\n' "\$a"; done; } >"$T_TMP/notes.tmp"
mv "$T_TMP/notes.tmp" "$T_TMP/notes"
EOT
chmod +x "$T_TMP/notify.sh"
cat >"$CONF" <<EOT
notify-program "$T_TMP/notify.sh"
notify-format "tidings: %d new in %t"
notify-xterm yes
EOT
td_start 80 24
check_screen "an empty cache" '^tidings .* - Feeds \(0 unread\)'
tui_keys R
check_screen "R reloads" 'Reloaded 2 feeds: 3 new articles'
i=0
while [ ! -s "$T_TMP/notes" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
check_eq "the program got one argument" argc=1 "$(head -n 1 "$T_TMP/notes" 2>/dev/null)"
check_match "the text, with the hostile name inside it" \
    "^<tidings: 3 new in Evil; touch .*pwned3\`.*, Tech Notes>\$" \
    "$(cat "$T_TMP/notes" 2>/dev/null)"
check "nothing in the title ran" test ! -e "$T_TMP/pwned1" -a \
    ! -e "$T_TMP/pwned2" -a ! -e "$T_TMP/pwned3"
title=$("${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" display -p -t t '#{pane_title}')
check_match "notify-xterm set the terminal title" '^tidings: 3 new in Evil; ' "$title"
check_match "the name is there" 'denwo, Tech Notes$' "$title"
check_nomatch "without its bidi override" "$(printf '\342\200\256')" "$title"
tui_keys Q
tui_exited
check_eq "quits cleanly" 0 "$T_EXIT"
tui_done
