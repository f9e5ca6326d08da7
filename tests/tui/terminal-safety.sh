#!/bin/sh
# tests/tui/terminal-safety.sh: what tidings writes to its terminal while
# it shows feeds that carry every byte, every C1 control, CSI/OSC/DCS/APC/
# PM/SOS sequences (7- and 8-bit), bidi controls and zero-width characters
# in every field (tests/cli/terminal-safety.py writes them).  tmux records
# every byte tidings writes (pipe-pane); the record may hold ncurses' own
# CSI sequences and nothing else: no OSC/DCS/APC/PM/SOS, no reset or
# report request, no C1 code point or stray 8-bit byte, no bidi control,
# no ZWSP/WJ/BOM, no CSI of the feed's (parameter 1337), no marker from
# inside a feed's string sequence.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"
PY="${PYTHON3:-python3}"
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"
GEN="$TOP_SRCDIR/tests/cli/terminal-safety.py"
TM() { "${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" "$@"; }

F="$T_TMP/feeds"
mkdir -p "$F"
"$PY" "$GEN" feeds "$F" || exit 99
for f in rss-refs.xml rss-latin1.xml atom-1252.xml feed.json; do
	echo "file://$F/$f"
done >"$URLS"
td_reload
RAW="$T_TMP/raw"
: >"$RAW"

# Wait for Enter before starting, so recording is on from the first byte.
cd "$T_TMP" || exit 99
tui_start 100 30 sh -c 'read x; exec "$0" -u "$1" -c "$2" -C "$3"' \
    "$TIDINGS" "$URLS" "$CACHE" "$CONF"
TM pipe-pane -o -t t "cat >>'$RAW'"
TM send-keys -t t Enter
check_screen "the feed list paints" 'Feeds \(8 unread\)'

# read_feed N FEEDTAG ARTICLETAG...: open feed N (1-based) and, in list
# order, each article whose title starts with ARTICLETAG; the article
# page, then the next page; back to the feed list.
read_feed() {
	n=$1 tag=$2; shift 2
	tui_keys g
	i=1
	while [ $i -lt "$n" ]; do tui_keys j; i=$((i + 1)); done
	tui_keys Enter
	check_screen "feed $tag opens" "^tidings .*Articles in \"$tag-begin"
	for a in "$@"; do
		tui_keys Enter
		check_screen "article $a shows" "^Title: $a-begin"
		tui_keys Space
		tui_keys q
		tui_wait "^tidings .*Articles in" >/dev/null
		tui_keys j
	done
	tui_keys q
	tui_wait 'Feeds \(' >/dev/null
}
read_feed 1 RSSFEED RSSTITLE2 RSSTITLE1
read_feed 2 LATINFEED LATINTITLE
read_feed 3 ATOMFEED ATOMRAW ATOMHTMLTITLE ATOMTITLE
read_feed 4 JSONFEED JSONTITLE2 JSONTITLE
tui_keys Q
tui_exited

check "output was recorded" test -s "$RAW"
if r=$("$PY" "$GEN" check tty "$RAW"); then
	ok "only ncurses' own sequences reached the terminal"
else
	not_ok "only ncurses' own sequences reached the terminal"
	printf '%s\n' "$r"
fi
check_nomatch "the pane title was never set by a feed" 'ZQ' \
    "$(TM display-message -p -t t '#{pane_title}')"
tui_done
