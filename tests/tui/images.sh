#!/bin/sh
# tests/tui/images.sh: an article's picture, served by the loopback
# server, is drawn under its "[image N: alt]" line as coloured symbols at
# 80 columns (capture-pane -e shows the red and the blue cells), with the
# text before and after it still there and readable.  Hostile pictures
# (a 30000x30000 header, a truncated file, bytes that lie about their
# type) and a file:// picture each leave a marker saying why, and nothing
# else breaks.  The picture is fetched once: later sessions read it from
# the disk cache; show-images no draws none; forced sixel and kitty write
# chafa's escapes instead of symbols.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
"$TIDINGS" --version | grep -q 'images: yes' ||
    skip_all "built without image support"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
srv_start
U="http://127.0.0.1:$PORT"
cat >"$T_TMP/pics.xml" <<EOT
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Pictures</title>
<item><title>A red and blue flag</title><guid>1</guid>
<description><![CDATA[<p>Before the picture comes this readable sentence.</p>
<p><img src="$U/feed/picture.png" alt="the flag"></p>
<p>After the picture the text goes on, readable.</p>
<p><img src="$U/feed/picture-bomb.png" alt="bomb"></p>
<p><img src="$U/feed/picture-cut.png" alt="cut"></p>
<p><img src="$U/feed/picture-liar.png" alt="liar"></p>
<p><img src="file:///etc/passwd" alt="local"></p>
<p>The last line of the article.</p>]]></description></item>
</channel></rss>
EOT
echo "file://$T_TMP/pics.xml" >"$URLS"
td_reload
td_start 80 50
check_screen "the feed list" 'Pictures'
tui_keys Enter
check_screen "its article" 'A red and blue flag'
tui_keys Enter
check_screen "the text is shown" 'Before the picture comes this readable sentence'
check_screen "the picture's line" '\[image 1: the flag\]'
# xterm's 256 colours (TERM=screen-256color): red is 196, blue 21
check_screen_e "the picture is drawn in red cells" \
    '\\e\[[0-9;]*(38|48);5;196m'
check_screen_e "... and in blue cells" '\\e\[[0-9;]*(38|48);5;21m'
check_screen "the text after the picture is still readable" \
    'After the picture the text goes on, readable\.'
check_screen "the bomb: a marker with the size, refused from its header" \
    '\[image 2 not shown: picture too large \(30000x30000'
check_screen "the truncated picture: a marker" \
    '\[image 3 not shown: truncated png'
check_screen "bytes that lie about their type: a marker" \
    '\[image 4 not shown: (bad jpeg|empty picture)'
check_screen "a file:// picture is not read: a marker" \
    '\[image 5 not shown: only http and https'
check_screen "the last line" 'The last line of the article\.'
# the picture sits between the lines around it, within 80 columns
s=$(tui_screen)
before=$(printf '%s\n' "$s" | grep -n 'image 1: the flag' | cut -d: -f1)
after=$(printf '%s\n' "$s" | grep -n 'After the picture' | cut -d: -f1)
check "rows of the picture between its line and the next text" \
    [ "$((after - before))" -gt 5 ]
check "nothing wider than 80 columns" [ "$(widest)" -le 80 ]
check_eq "the picture was fetched once" 1 \
    "$(grep -c '/feed/picture.png	200' "$SRV_LOG")"
tui_keys q
check_screen "back in the list" 'A red and blue flag'
tui_keys Enter
check_screen_e "opened again: drawn at once" \
    '\\e\[[0-9;]*(38|48);5;196m'
check_eq "... not fetched again" 1 \
    "$(grep -c '/feed/picture.png	200' "$SRV_LOG")"
check "the cache holds it" [ -n "$(ls "$HOME/.cache/tidings/images/" | grep '\.img$')" ]
tui_keys q q q q
if tui_exited; then ok "q quits"; else not_ok "q quits"; diag "$T_SCREEN"; fi
check_eq "exit status 0 (no leak)" 0 "${T_EXIT:-}"

tui_next
echo 'show-images no' >"$CONF"
td_start 80 50
check_screen "show-images no: the feed list" 'Pictures'
tui_keys Enter Enter
check_screen "the article" 'After the picture the text goes on'
s=$(tui_screen_e | sed 's/\x1b/\\e/g')
if printf '%s\n' "$s" | grep -Eq '(38|48);5;196m'; then
	not_ok "no picture drawn"; diag "$s"
else ok "no picture drawn"; fi
if printf '%s\n' "$s" | grep -q 'not shown'; then
	not_ok "no markers"; else ok "no markers"; fi
tui_keys q q q q
if tui_exited; then ok "q quits"; else not_ok "q quits"; diag "$T_SCREEN"; fi

# Forced pixel protocols: tmux records what tidings writes (pipe-pane);
# the picture goes out as chafa's sixel (DCS ... q) or kitty (APC G)
# escapes, once, and not as symbol cells.
for p in sixel kitty; do
	tui_next
	RAW="$T_TMP/raw-$p"
	: >"$RAW"
	printf 'image-protocol %s\n' "$p" >"$CONF"
	tui_start 80 50 sh -c 'read x; exec "$0" -u "$1" -c "$2" -C "$3"' \
	    "$TIDINGS" "$URLS" "$CACHE" "$CONF"
	"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" pipe-pane -o -t t "cat >>'$RAW'"
	tui_keys Enter
	check_screen "$p: the feed list" 'Pictures'
	tui_keys Enter Enter
	check_screen "$p: the article, the text readable" \
	    'After the picture the text goes on, readable\.'
	check_screen "$p: the bomb's marker all the same" \
	    '\[image 2 not shown: picture too large'
	tui_keys q q q q
	if tui_exited; then ok "$p: q quits"; else not_ok "$p: q quits"; fi
	case $p in
	sixel) n=$("$PYTHON3" -c 'import sys; print(open(sys.argv[1], "rb").read().count(b"\x1bP0;1;0q"))' "$RAW") ;;
	kitty) n=$("$PYTHON3" -c 'import sys; d = open(sys.argv[1], "rb").read(); print(d.count(b"\x1b_Ga=T") or d.count(b"\x1b_Gf="))' "$RAW") ;;
	esac
	check "$p: the picture was written as $p escapes ($n)" [ "$n" -ge 1 ]
	s=$("$PYTHON3" -c 'import sys; print(open(sys.argv[1], "rb").read().count(b"48;5;196m"))' "$RAW")
	check_eq "$p: and not as symbol cells" 0 "$s"
done
check_eq "later sessions took the picture from the disk cache" 1 \
    "$(grep -c '/feed/picture.png	200' "$SRV_LOG")"
tui_done
