#!/bin/sh
# tests/quote/tui-notes.sh: speaker notes in the article view of the demo's
# City Desk article, at 40 and 120 columns: every named speaker's note is
# shown whole (wrapped with the text, never cut at the window's edge), one
# note per run of quotations by one speaker (never "— X — X"), and the
# first quotation ("…,” he said.) has its note too.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

FEED="$TOP_SRCDIR/data/demo/city-desk.xml"
printf 'file://%s\n' "$FEED" >"$URLS"
td_reload
# The speakers the finder names (--quotes), one note per run of them.
"$TIDINGS" --quotes "$FEED" | sed -n 's/.*"kind": "speech", "level": 1, .*"speaker": "\([^"][^"]*\)"}.*/\1/p' |
    uniq >"$T_TMP/runs"
nruns=$(wc -l <"$T_TMP/runs")
plan $((2 * (nruns + 3) + 1))
check "the demo article names its speakers" test "$nruns" -ge 5

# article_text COLS: the article's body as one line (screen lines joined
# by spaces); the window is tall enough for all of it.
article_text() {
	td_start "$1" 300
	tui_keys Enter Enter
	tui_wait 'Article \(100%\)' 15
	tui_screen | sed '1d;$d' | tr -s ' \n' '  '
	tui_keys q q Q
	tui_exited
	tui_next
}

for cols in 40 120; do
	text=$(article_text "$cols")
	check_nomatch "$cols cols: no doubled note" ' — ([^—]+) — \1( |$)' "$text"
	check_match "$cols cols: the first quotation's note" \
	    'he said\. — Hugo Soto-Martinez' "$text"
	while IFS= read -r who; do
		check_match "$cols cols: the note for $who is whole" \
		    " — $who( |$)" "$text"
	done <"$T_TMP/runs"
	n=$(printf '%s\n' "$text" | grep -o ' — [A-Z]' | wc -l)
	check_eq "$cols cols: one note per speaker run" "$nruns" "$n"
done
done_testing
