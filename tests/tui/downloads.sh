#!/bin/sh
# tests/tui/downloads.sh: an article lists its enclosure (type, size,
# duration); e queues it; L shows the downloads view with a progress bar
# and speed while the file comes (slowly) from the loopback server, in the
# background, and then the finished file, whole.  p plays it: the player
# gets the path as one argument however hostile the title, nothing else
# runs, and delete-played-files removes it when the interface ends.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
command -v sha256sum >/dev/null 2>&1 || skip_all "sha256sum not found"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
srv_start
U="http://127.0.0.1:$PORT"
cat >"$T_TMP/pod.xml" <<EOT
<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Pods</title>
<item><title>Episode one; touch $T_TMP/pwned</title><guid>1</guid>
<enclosure url="$U/blob/600000/one.mp3?slow=40" type="audio/mpeg" length="600000"/>
<itunes:duration>1:02:03</itunes:duration></item>
</channel></rss>
EOT
echo "file://$T_TMP/pod.xml" >"$URLS"
cat >"$T_TMP/player.sh" <<EOT
#!/bin/sh
for a; do printf '%s\n' "\$a"; done >"$T_TMP/argv"
EOT
chmod +x "$T_TMP/player.sh"
cat >"$CONF" <<EOT
download-path "$T_TMP/dl"
download-filename-format "%t-%u"
player "$T_TMP/player.sh --file %u"
delete-played-files yes
EOT
FILE="$T_TMP/dl/Episode one; touch $(echo "$T_TMP" | tr / _)_pwned-one.mp3"
td_reload
td_start 100 24
check_screen "the feed list" 'Pods'
tui_keys Enter
check_screen "its article" 'Episode one'
tui_keys Enter
check_screen "the article lists its enclosure: type, size, duration" \
    'Enclosure: .*one\.mp3\?slow=40 \(audio/mpeg, 585 KB, 1:02:03\)'
tui_keys e
check_screen "e queues it" 'Queued for download'
tui_keys L
check_screen "L: the downloads view" 'Downloads \(1\)'
check_screen "... the file downloading, with a progress bar and speed" \
    'downloading +\[[#-]{10}\] +[0-9]+% +[0-9.]+ [KM]?B/585 KB +[0-9.]+ [KM]?B/s'
check_screen "... then finished, 100%" 'finished +\[##########\] 100%'
want=$("$PYTHON3" -c 'import hashlib, random
print(hashlib.sha256(random.Random(600000).randbytes(600000)).hexdigest())')
check_eq "the file is whole" "$want" "$(sha256sum <"$FILE" | cut -d ' ' -f 1)"
tui_keys p
check_screen "p plays it (the line says played)" 'played +\[##########\] 100%'
check_eq "the player got the path as one argument" "--file
$FILE" "$(cat "$T_TMP/argv")"
check "the hostile title ran nothing" [ ! -e "$T_TMP/pwned" ]
tui_keys q q q q
if tui_exited; then ok "q quits"; else not_ok "q quits"; diag "$T_SCREEN"; fi
check_eq "exit status 0 (no leak)" 0 "${T_EXIT:-}"
check "delete-played-files: the played file is gone" [ ! -e "$FILE" ]
tui_done
