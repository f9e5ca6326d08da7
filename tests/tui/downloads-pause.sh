#!/bin/sh
# tests/tui/downloads-pause.sh: podcast-auto-enqueue queues a new
# article's enclosure; L opens the downloads view and the queue starts; z
# pauses (the .part stays), z again resumes with Range where it stopped;
# c cancels (the .part goes), d starts it again from nothing and the file
# comes out whole; D deletes it, file and line.  Then `-x download` on a terminal draws
# its progress line (on stderr, a tty only) and ends with one summary.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
command -v sha256sum >/dev/null 2>&1 || skip_all "sha256sum not found"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
srv_start
U="http://127.0.0.1:$PORT"
feed() {	# size name
	cat >"$T_TMP/pod.xml" <<EOT
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Pods</title>
<item><title>$2</title><guid>$2</guid>
<enclosure url="$U/blob/$1/$2.mp3?slow=60" type="audio/mpeg"/></item>
</channel></rss>
EOT
}
# wait_log DESC REGEX PATH-REGEX: poll the server log's lines for PATH
# until one matches REGEX (5 s).
wait_log() {
	i=0
	while [ $i -lt 50 ]; do
		if srv_log_for "$3" | grep -Eq -- "$2"; then ok "$1"; return 0; fi
		sleep 0.1
		i=$((i + 1))
	done
	not_ok "$1"; diag "waited for: $2" "$(srv_log_for "$3")"
}
want() {
	"$PYTHON3" -c 'import hashlib, random, sys
n = int(sys.argv[1])
print(hashlib.sha256(random.Random(n).randbytes(n)).hexdigest())' "$1"
}
feed 800000 slow
echo "file://$T_TMP/pod.xml" >"$URLS"
cat >"$CONF" <<EOT
download-path "$T_TMP/dl"
download-filename-format "%u"
podcast-auto-enqueue yes
EOT
"$TIDINGS" -u "$URLS" -c "$CACHE" -C "$CONF" -x reload </dev/null \
    >/dev/null 2>"$T_TMP/reload.err"
check_match "the reload queued the enclosure" "1 file queued" \
    "$(cat "$T_TMP/reload.err")"
td_start 100 24
tui_keys L
check_screen "L: the queue, downloading" 'downloading +\[[#-]{10}\]'
check_screen "... some of it has come" 'downloading .* [1-9][0-9]* KB/781 KB'
tui_keys z
check_screen "z pauses it" 'paused +\[[#-]{10}\] +[0-9]+%'
part="$T_TMP/dl/slow.mp3.part"
check "... the .part stays" [ -s "$part" ]
n=$(wc -c <"$part" | tr -d ' ')
tui_keys z
check_screen "z again resumes it" 'downloading'
wait_log "... with Range from what the .part held" \
    "	206	.*	bytes=$n-\$" '^/blob/800000/'
tui_keys c
check_screen "c cancels it" 'cancelled +\['
check "... and removes the .part" [ ! -e "$part" ]
tui_keys d
check_screen "d downloads it again" 'downloading|finished'
check_screen "... to the end" 'finished +\[##########\] 100%' 20
check_eq "... whole" "$(want 800000)" \
    "$(sha256sum <"$T_TMP/dl/slow.mp3" | cut -d ' ' -f 1)"
check_match "... from the start: the last request has no Range" \
    "	200	.*	-\$" "$(srv_log_for '^/blob/800000/' | tail -n 1)"
tui_keys D
check_screen "D asks first" 'Delete this download and its file\?'
tui_keys y
check_screen "... then the queue is empty" 'The download queue is empty'
check "... and the file is gone" [ ! -e "$T_TMP/dl/slow.mp3" ]
tui_keys q q
if tui_exited; then ok "q quits"; else not_ok "q quits"; diag "$T_SCREEN"; fi
check_eq "exit status 0 (no leak)" 0 "${T_EXIT:-}"

# -x download on a terminal: the progress line, then the summary.
"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-session -t t
feed 500000 second
td_reload
tui_start 100 10 "$TIDINGS" -u "$URLS" -c "$CACHE" -C "$CONF" -x download
check_screen "-x download on a terminal draws its progress" \
    'downloading: 1 running, 0 queued, [0-9.]+ MB'
check_screen "... and ends with one summary line" \
    'downloads: 1 finished, 0 failed, 0 left; 0\.[0-9] MB written' 20
check_nomatch "... the progress line is gone" 'downloading:' "$(tui_screen)"
tui_done
