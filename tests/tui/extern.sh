#!/bin/sh
# tests/tui/extern.sh: getting articles out of tidings.  save (a safe name
# in save-path, never overwriting unasked), save-all from the article list
# and the feed list, pipe-to (the article text on the command's stdin),
# bookmark (bookmark-cmd's four arguments, autopilot and asking),
# copy-link (%u and stdin), html-renderer, pager (%f) and
# external-url-viewer.  Each program's arguments and input are checked
# in the files it wrote.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/extern.xml
EOT
SAVED="$T_TMP/saved"
mkdir -p "$SAVED"
BM="$T_TMP/bookmark.log"
CL="$T_TMP/copy.log"
cat >"$CONF" <<EOT
goto-first-unread no
save-path "$SAVED"
bookmark-cmd "$TUI_FIX/browser.sh $BM --bm"
bookmark-autopilot yes
copy-link-cmd "$TUI_FIX/browser.sh $CL --copy %u"
bind-key X save-all
EOT
td_reload
cd "$T_TMP" || exit 99

# What the article is as text at 80 columns (the TUI runs in UTC).
want_market() {
	cat <<'EOT'
Feed: Media Desk
Title: Night market opens
Date: Mon, 20 Nov 2023 09:00
Link: https://media.example/market

The night market opens on Friday, says the notice[1].

[image 2: the stalls]

[video 3] [audio 4] [iframe 5: Opening night]

Bring cash.

Links:
[1] https://media.example/notice
[2] https://media.example/stalls.jpg (image)
[3] https://media.example/tour.mp4 (video)
[4] https://media.example/interview.ogg (audio)
[5] https://video.example/embed/42 (iframe)
EOT
}
want_market >"$T_TMP/market.want"

td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter
check_screen "the article list" 'Articles in "Media Desk"'
tui_keys Enter
check_screen "the article" '^Title: Night market opens'

# ---- save -----------------------------------------------------------------
tui_keys S
check_screen "save offers save-path and a name from the title" \
    "^Save to \\(Enter: $SAVED/Night_market_opens.txt\\):"
tui_keys Enter
check_screen "saved" "Saved to $SAVED/Night_market_opens.txt"
check "the saved file is the article as text" \
    cmp -s "$T_TMP/market.want" "$SAVED/Night_market_opens.txt"
echo OLD >"$SAVED/Night_market_opens.txt"
tui_keys S Enter
check_screen "an existing file: asked first" 'Night_market_opens.txt exists. Overwrite it\? \[y/n\]'
tui_keys n
check_screen "no: not saved" 'Not saved'
check_eq "the old file is untouched" OLD "$(cat "$SAVED/Night_market_opens.txt")"
tui_keys S Enter
tui_wait 'Overwrite it' >/dev/null
tui_keys y
check_screen "yes: saved over it" "Saved to $SAVED/Night_market_opens.txt"
check "and the file is the article again" \
    cmp -s "$T_TMP/market.want" "$SAVED/Night_market_opens.txt"
tui_keys S
tui_wait '^Save to' >/dev/null
tui_keys -l other.txt
tui_keys Enter
check_screen "a typed name goes into save-path" "Saved to $SAVED/other.txt"
check "other.txt is the article" cmp -s "$T_TMP/market.want" "$SAVED/other.txt"

# ---- pipe-to --------------------------------------------------------------
tui_keys '|'
check_screen "pipe-to asks for a command" '^Pipe article to command:'
tui_keys -l "cat >'$T_TMP/piped.txt'"
tui_keys Enter
check_screen "piped" 'Article piped'
check "the command read the article text on its stdin" \
    cmp -s "$T_TMP/market.want" "$T_TMP/piped.txt"
check_screen "the screen is back after the command" '^Title: Night market opens'

# ---- bookmark, copy-link ----------------------------------------------------
tui_keys C-b
check_screen "bookmark on autopilot asks nothing" 'Saved bookmark'
check_eq "bookmark-cmd got url, title, description, feed title" \
    "<--bm>|<https://media.example/market>|<Night market opens>|<>|<Media Desk>" \
    "$(tr '\n' '|' <"$BM" | sed 's/|$//')"
tui_keys y
check_screen "copy-link" 'Copied https://media.example/market'
check_eq "copy-link-cmd got the URL for %u" \
    "<--copy>|<https://media.example/market>" "$(tr '\n' '|' <"$CL" | sed 's/|$//')"

# ---- save-all ---------------------------------------------------------------
tui_keys q
check_screen "back on the article list" 'Articles in "Media Desk"'
tui_keys X
check_screen "save-all: one of the files exists, asked" \
    "1 of the files exist in $SAVED. Overwrite them\\? \\[y/n\\]"
tui_keys n
check_screen "the other one is saved" "Saved 1 articles to $SAVED"
EVIL="$SAVED/Evil_touch_PWNED1_touch_PWNED2_touch_PWNED3_done.txt"
check "the second article's file, a safe name" test -f "$EVIL"
check_match "its title inside, as written" \
    '^Title: Evil; touch PWNED1 \$\(touch PWNED2\) `touch PWNED3` done$' \
    "$(sed -n 2p "$EVIL" 2>/dev/null)"
tui_keys q
check_screen "the feed list" 'Feeds \('
rm -f "$SAVED"/*.txt
tui_keys X
check_screen "save-all from the feed list" "Saved 2 articles to $SAVED"
check "both files" test -f "$EVIL" -a -f "$SAVED/Night_market_opens.txt"
check "the first is the article as text" \
    cmp -s "$T_TMP/market.want" "$SAVED/Night_market_opens.txt"
tui_keys Q
tui_exited
check_eq "exit status 0 (no leak)" 0 "${T_EXIT:-}"

# ---- bookmark asking, copy-link on stdin ------------------------------------
tui_next
cat >"$CONF" <<EOT
goto-first-unread no
bookmark-cmd "$TUI_FIX/browser.sh $BM"
copy-link-cmd "sh -c 'cat >$CL'"
EOT
rm -f "$BM" "$CL"
td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter Enter
check_screen "the article" '^Title: Night market opens'
tui_keys C-b
check_screen "not on autopilot: the URL is asked" \
    '^URL \(Enter: https://media.example/market\):'
tui_keys Enter
check_screen "then the title" '^Title \(Enter: Night market opens\):'
tui_keys -l 'My title'
tui_keys Enter
check_screen "then a description" '^Description:'
tui_keys -l 'worth it'
tui_keys Enter
check_screen "saved" 'Saved bookmark'
check_eq "the answers are the arguments" \
    "<https://media.example/market>|<My title>|<worth it>|<Media Desk>" \
    "$(tr '\n' '|' <"$BM" | sed 's/|$//')"
rm -f "$BM"
tui_keys C-b
tui_wait '^URL' >/dev/null
tui_keys Escape
check_screen "Esc: not bookmarked" 'Not bookmarked'
check "and the command did not run" test ! -e "$BM"
tui_keys y
check_screen "copy-link through stdin" 'Copied https://media.example/market'
check_eq "the command read the URL on stdin" "https://media.example/market" \
    "$(cat "$CL" 2>/dev/null)"
tui_keys Q
tui_exited

# ---- html-renderer, external-url-viewer -------------------------------------
tui_next
UV="$T_TMP/urlview.txt"
cat >"$CONF" <<EOT
goto-first-unread no
html-renderer "sed -e s/<[^>]*>//g -e s/^/R:/"
external-url-viewer "sh -c 'cat >$UV'"
EOT
td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter Enter
check_screen "html-renderer's output is the body" '^R:The night market opens on Friday, says the notice\.'
check_screen "its other lines" '^R:Bring cash\.'
check_nomatch "the built-in renderer's markers are gone" '\[image 2' "$(tui_screen)"
tui_keys u
check "external-url-viewer ran" tui_wait_file "$UV"
check_screen "the screen is back" '^R:Bring cash\.'
check_match "it read the article text on its stdin" '^R:The night market opens' \
    "$(cat "$UV" 2>/dev/null)"
check_match "with the header" '^Link: https://media.example/market$' \
    "$(cat "$UV" 2>/dev/null)"
tui_keys Q
tui_exited

# a renderer that fails: said, and the built-in renderer takes over
tui_next
cat >"$CONF" <<EOT
goto-first-unread no
html-renderer "sh -c 'cat >/dev/null; exit 1'"
EOT
td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter Enter
check_screen "a failing html-renderer is reported" 'The html-renderer \(sh\) failed'
check_screen "and the built-in renderer shows the article" '^\[image 2: the stalls\]$'
tui_keys Q
tui_exited

# ---- pager --------------------------------------------------------------------
tui_next
cat >"$CONF" <<EOT
goto-first-unread no
pager "cp %f $T_TMP/paged.txt"
EOT
mkdir -p "$T_TMP/tmp"
tui_start 80 30 env TMPDIR="$T_TMP/tmp" "$TIDINGS" -u "$URLS" -c "$CACHE" -C "$CONF"
check_screen "the feed list" 'Media Desk'
tui_keys Enter
check_screen "the article list" 'Articles in "Media Desk" \(1 unread'
tui_keys N
check_screen "N: both unread" 'Articles in "Media Desk" \(2 unread'
tui_keys g Enter
check_screen "the pager ran; the list is back, one read" 'Articles in "Media Desk" \(1 unread'
check "the pager was handed the article as text in a file" \
    cmp -s "$T_TMP/market.want" "$T_TMP/paged.txt"
check_eq "the file is gone afterwards" "" "$(ls "$T_TMP/tmp")"
tui_keys Q
tui_exited
check_eq "exit status 0" 0 "${T_EXIT:-}"
tui_done
