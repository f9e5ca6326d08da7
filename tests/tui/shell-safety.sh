#!/bin/sh
# tests/tui/shell-safety.sh: feed text reaches other programs only as
# whole argv words or as their stdin, never through a shell.  The fixture's
# title, link, a body link and the enclosure URL carry `; touch PWNED`,
# `$(touch PWNED)`, backticks and ${IFS}; the browser (the article link,
# a body link by number, the enclosure from show-urls), bookmark-cmd,
# copy-link-cmd, save (the file name), pipe-to, the pager and the URL
# viewer are each run on it.  Every argument must arrive intact, and no
# PWNED file may appear anywhere (tidings runs in $T_TMP, where the
# relative touches would land).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/extern.xml
EOT
SAVED="$T_TMP/saved"
mkdir -p "$SAVED"
BLOG="$T_TMP/browser.log"
BM="$T_TMP/bookmark.log"
CL="$T_TMP/copy.log"
cat >"$CONF" <<EOT
goto-first-unread no
browser "$TUI_FIX/browser.sh $BLOG %u"
bookmark-cmd "$TUI_FIX/browser.sh $BM"
bookmark-autopilot yes
copy-link-cmd "$TUI_FIX/browser.sh $CL %u"
save-path "$SAVED"
external-url-viewer "sh -c 'cat >$T_TMP/urlview.txt'"
EOT
td_reload
TITLE='Evil; touch PWNED1 $(touch PWNED2) `touch PWNED3` done'
LINK='https://media.example/a;touch${IFS}PWNED4$(touch PWNED5)`touch PWNED6`'
BODYLINK='https://media.example/b;touch${IFS}PWNED8$(touch PWNED9)'
ENC='https://media.example/e$(touch PWNED7).mp3'
pwned() { find "$T_TMP" / -maxdepth 1 -name 'PWNED*' 2>/dev/null | head -n 3; }
cd "$T_TMP" || exit 99

td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter j Enter
check_screen "the hostile article" '^Title: Evil; touch PWNED1'

tui_keys o
tui_wait 'Opened https://media.example/a' >/dev/null
check_eq "the browser gets the link as one argument" "<$LINK>" "$(cat "$BLOG" 2>/dev/null)"
rm -f "$BLOG"
tui_keys 1 Enter
tui_wait 'Opened https://media.example/b' >/dev/null
check_eq "a body link by number: one argument" "<$BODYLINK>" "$(cat "$BLOG" 2>/dev/null)"
rm -f "$BLOG"

tui_keys C-b
check_screen "bookmarked" 'Saved bookmark'
check_eq "bookmark-cmd: four arguments, each intact" \
    "<$LINK>|<$TITLE>|<>|<Media Desk>" "$(tr '\n' '|' <"$BM" | sed 's/|$//')"
tui_keys y
tui_wait 'Copied' >/dev/null
check_eq "copy-link-cmd: the link as one argument" "<$LINK>" "$(cat "$CL" 2>/dev/null)"

tui_keys S Enter
check_screen "saved" 'Saved to '
check_eq "the file name is letters, digits and _" \
    "Evil_touch_PWNED1_touch_PWNED2_touch_PWNED3_done.txt" "$(ls "$SAVED")"
check_eq "the title inside is as written" "Title: $TITLE" \
    "$(sed -n 2p "$SAVED"/*.txt 2>/dev/null)"

tui_keys '|'
tui_wait '^Pipe article' >/dev/null
tui_keys -l 'cat >piped.txt'
tui_keys Enter
check_screen "piped" 'Article piped'
check_eq "pipe-to: the feed text arrived on stdin only" "Link: $LINK" \
    "$(sed -n 4p piped.txt 2>/dev/null)"
check_eq "the enclosure too" "Enclosure: $ENC" "$(sed -n 5p piped.txt 2>/dev/null)"

tui_keys u
check "external-url-viewer ran" tui_wait_file urlview.txt
check_screen "the article is back" '^Title: Evil'
check_match "it read the links on stdin" "^\\[1\\] https://media.example/b;touch" \
    "$(cat urlview.txt 2>/dev/null)"
tui_keys Q
tui_exited

# show-urls' list (no URL viewer): the enclosure to the browser and copy-link
tui_next
sed -i '/^external-url-viewer/d' "$CONF"
td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter j Enter
check_screen "the hostile article" '^Title: Evil; touch PWNED1'
tui_keys u
check_screen "the URL list" 'enclosure'
tui_keys j Enter
tui_wait 'Opened https://media.example/e' >/dev/null
check_eq "the enclosure URL reaches the browser as one argument" "<$ENC>" \
    "$(cat "$BLOG" 2>/dev/null)"
tui_keys y
tui_wait 'Copied' >/dev/null
check_eq "copy-link in the list: one argument" "<$ENC>" "$(cat "$CL" 2>/dev/null)"
tui_keys Q
tui_exited

# the pager: a file name only
tui_next
cat >>"$CONF" <<EOT
pager "cp %f $T_TMP/paged.txt"
EOT
td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter j Enter
check_screen "the pager ran" 'Articles in "Media Desk"'
tui_wait_file "$T_TMP/paged.txt" || :
check_eq "the pager's file has the title as written" "Title: $TITLE" \
    "$(sed -n 2p "$T_TMP/paged.txt" 2>/dev/null)"
tui_keys Q
tui_exited

check_eq "nothing a feed wrote was run (no PWNED file)" "" "$(pwned)"
tui_done
