#!/bin/sh
# tests/tui/hostile.sh: hostile feed text never reaches the terminal raw.
# Titles and bodies carry CSI colour and clear sequences, OSC 52 (set the
# clipboard), OSC 0/2 (set the title), DECALN (ESC # 8), C1 controls as
# code points and as HTML character references, BEL and bidi overrides and
# isolates, in an RSS and a JSON feed.  Everything tidings writes to the
# pane is recorded (pipe-pane) and searched for those bytes; the screen,
# its colours, the pane title and tmux's paste buffers are checked too; a
# link with shell syntax reaches the browser as one argument and a
# javascript: link is refused.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
TM() { "${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" "$@"; }

cat >"$URLS" <<EOT
file://$TUI_FIX/hostile.xml
file://$TUI_FIX/hostile.json
EOT
BLOG="$T_TMP/browser.log"
cat >"$CONF" <<EOT
browser "$TUI_FIX/browser.sh $BLOG %u"
EOT
td_reload
RAW="$T_TMP/raw"
: >"$RAW"

# Wait for Enter before starting, so recording is on from the first byte.
cd "$T_TMP" || exit 99
tui_start 80 24 sh -c 'read x; exec "$0" -u "$1" -c "$2" -C "$3"' \
    "$TIDINGS" "$URLS" "$CACHE" "$CONF"
TM set-option -g set-clipboard on
TM pipe-pane -o -t t "cat >>'$RAW'"
TM send-keys -t t Enter
check_screen "the feed list paints" 'Feeds \(3 unread\)'

# screen_clean DESC: no bidi controls and no DECALN fill on the screen now.
screen_clean() {
	s=$(tui_screen)
	if printf '%s' "$s" | grep -q "$(printf '\342\200[\252-\256]\|\342\201[\246-\251]')"; then
		not_ok "$1: no bidi controls on screen"; diag "$s"
	else ok "$1: no bidi controls on screen"; fi
	check_nomatch "$1: no DECALN fill" 'EEEEEEEEEE' "$s"
	check_match "$1: the title bar is still on row 1" '^tidings ' "$(tui_line 1)"
}

check_screen "the OSC 0 title sequence is gone from the feed title" '^ +2 N \( +2/2\) Hostile Feed evil *$'
screen_clean "feed list"
tui_keys j Enter
check_screen "the JSON feed's articles" 'Red ALERT and clip'
check_nomatch "no OSC 52 payload shown" 'UFdORUQ' "$(tui_screen)"
l=$(tui_line_e 2 | sed 's/\x1b/\\e/g')
check_nomatch "the escape in the title turns nothing red" '\\e\[[0-9;]*31m' "$l"
screen_clean "article list"
tui_keys Enter
check_screen "the hostile article opens" '^Title: Red ALERT and clip'
check_screen "its body is shown" 'Body .*BGRED'
l=$(tui_screen_e | grep 'BGRED' | sed 's/\x1b/\\e/g')
check_nomatch "BGRED has no red background" '\\e\[[0-9;]*41m' "$l"
screen_clean "article"

# the browser gets the link as one argument; no shell ever sees it
tui_keys o
tui_wait 'Opened' >/dev/null
check_eq "the link is one argv word" '<https://hostile.example/a;touch${IFS}PWNED>' "$(cat "$BLOG" 2>/dev/null)"
check "nothing ran the ; touch" test ! -e "$T_TMP/PWNED"
rm -f "$BLOG"
tui_keys 1 Enter
check_screen "a javascript: link is refused" 'Refusing to open a link of a scheme'
check "and the browser did not run" test ! -e "$BLOG"

tui_keys q j Enter
check_screen "the second article (plain text body)" '^Title: Bidi gnirts desrever'
check_screen "its body" 'Plain .*BLINK'
l=$(tui_screen_e | grep 'BLINK' | sed 's/\x1b/\\e/g')
check_nomatch "BLINK does not blink" '\\e\[[0-9;]*5m' "$l"
screen_clean "plain-text article"
tui_keys q q j Enter
check_screen "the RSS feed's list" 'Headline gnirts'
tui_keys Enter
check_screen "the RSS article" 'Escaped .*PURPLE'
l=$(tui_screen_e | grep 'PURPLE' | sed 's/\x1b/\\e/g')
check_nomatch "entity-escaped ESC sets no colour" '\\e\[[0-9;]*35m' "$l"
screen_clean "RSS article"

check_nomatch "the pane title was never set by a feed" 'PWNED|HACKED|SLYTITLE' \
    "$(TM display-message -p -t t '#{pane_title}')"
check_eq "no paste buffer was created (OSC 52)" "" "$(TM list-buffers 2>/dev/null)"
tui_keys Q
tui_exited

# Every byte tidings wrote: no OSC, no BEL, no DECALN, no C1, no bidi.
bad() { LC_ALL=C grep -c "$(printf "$1")" "$RAW"; }
check "output was recorded" test -s "$RAW"
check_eq "no OSC (ESC ]) in the output" 0 "$(bad '\033]')"
check_eq "no BEL in the output" 0 "$(bad '\007')"
check_eq "no DECALN (ESC # 8) in the output" 0 "$(bad '\033#8')"
check_eq "no C1 CSI/OSC/ST in the output" 0 "$(bad '\302[\233\235\234]')"
check_eq "no bidi overrides or isolates in the output" 0 \
    "$(bad '\342\200[\252-\256]\|\342\201[\246-\251]')"
check_eq "no red background, magenta or blink from feed text" 0 \
    "$(bad '\033\[41m\|\033\[35m\|\033\[5m')"
tui_done
