#!/bin/sh
# tests/tui/links.sh: every link of an article can be reached — anchors,
# images, video, audio and iframes are numbered in the text as newsboat
# does ("[image 2: alt]", "[video 3]"), listed by show-urls (with the
# enclosure), opened from the list, by number and Enter, and by goto-url;
# toggle-source-view shows the stored HTML and back.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

cat >"$URLS" <<EOT
file://$TUI_FIX/extern.xml
EOT
BLOG="$T_TMP/browser.log"
CL="$T_TMP/copy.log"
cat >"$CONF" <<EOT
browser "$TUI_FIX/browser.sh $BLOG %u"
copy-link-cmd "$TUI_FIX/browser.sh $CL %u"
EOT
td_reload
# opened URL: what the browser got, on one line
opened() { tr '\n' ' ' <"$BLOG" 2>/dev/null | sed 's/ $//'; }

td_start 80 30
check_screen "the feed list" 'Media Desk'
tui_keys Enter Enter
check_screen "the article" '^Title: Night market opens'
check_screen "an anchor keeps its [n]" 'says the notice\[1\]\.'
check_screen "an image is numbered" '^\[image 2: the stalls\]$'
check_screen "video, audio and iframe are numbered" \
    '^\[video 3\] \[audio 4\] \[iframe 5: Opening night\]$'
check_nomatch "a video's fallback text is not shown" 'cannot play' "$(tui_screen)"
check_screen "the link list names the kinds" '^\[4\] https://media.example/interview.ogg \(audio\)$'

# ---- show-urls ----------------------------------------------------------------
tui_keys u
check_screen "show-urls lists them" '^tidings .* - URLs in "Night market opens" \(5\)'
check_screen "the anchor" '^ +1  link +https://media.example/notice'
check_screen "the image" '^ +2  image +https://media.example/stalls.jpg'
check_screen "the video" '^ +3  video +https://media.example/tour.mp4'
check_screen "the audio, from its <source>" '^ +4  audio +https://media.example/interview.ogg'
check_screen "the iframe" '^ +5  iframe +https://video.example/embed/42'
tui_keys j Enter
tui_wait 'Opened https://media.example/stalls' >/dev/null
check_eq "Enter opens the image in the browser" "<https://media.example/stalls.jpg>" "$(opened)"
tui_keys q
check_screen "q: back to the article" '^Title: Night market opens'

# ---- by number, goto-url ------------------------------------------------------
rm -f "$BLOG"
tui_keys 3 Enter
tui_wait 'Opened https://media.example/tour' >/dev/null
check_eq "3 Enter opens the video" "<https://media.example/tour.mp4>" "$(opened)"
rm -f "$BLOG"
tui_keys '#'
check_screen "goto-url asks for a number" '^Go to URL #:'
tui_keys 5 Enter
tui_wait 'Opened https://video.example' >/dev/null
check_eq "goto-url 5 opens the iframe" "<https://video.example/embed/42>" "$(opened)"
tui_keys '#'
tui_wait '^Go to URL' >/dev/null
tui_keys 9 Enter
check_screen "a number past the list is refused" 'No link \[9\]'
tui_keys 4 y
check_screen "4 y copies link 4" 'Copied https://media.example/interview.ogg'
check_eq "the audio's URL went to copy-link-cmd" "<https://media.example/interview.ogg>" \
    "$(cat "$CL" 2>/dev/null)"
tui_keys y
check_screen "y alone copies the article's link" 'Copied https://media.example/market'

# ---- toggle-source-view -------------------------------------------------------
tui_keys C-u
check_screen "the source view" '^tidings .* - Article source'
check_screen "the HTML as stored" '^<video src="https://media.example/tour.mp4">Your browser cannot play it.</video>$'
check_screen "the header stays" '^Title: Night market opens'
tui_keys C-u
check_screen "and back to the text" '^\[video 3\] \[audio 4\] \[iframe 5: Opening night\]$'
check_screen "the title bar says so" '^tidings .* - Article \('

# ---- the enclosure is listed; an article without body links ----------------------
tui_keys q j Enter
check_screen "the second article" '^Enclosure: https://media.example/e'
tui_keys u
check_screen "show-urls lists the body's link" '^ +1  link +https://media.example/b;touch'
check_screen "and the enclosure after it" '^ +2  enclosure +https://media.example/e\$\(touch PWNED7\).mp3'
tui_keys Q
tui_exited
check_eq "exit status 0 (no leak)" 0 "${T_EXIT:-}"
tui_done
