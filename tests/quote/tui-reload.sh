#!/bin/sh
# tests/quote/tui-reload.sh: the TUI's background reload (R) indexes
# quotations too: the worker's last results are stored when reload_poll
# reports the end, so W finds every quotation right after "Reloaded".
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

plan 5

awk -v n=300 'BEGIN {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<rss version=\"2.0\"><channel><title>Town Hall</title>"
	print "<link>http://feed.localhost/</link>"
	for (i = 1; i <= n; i++) {
		print "<item><title>Story " i "</title>"
		print "<guid>http://feed.localhost/s/" i "</guid>"
		print "<description><![CDATA[<p>Day " i ". “Motion " i \
		    " will pass without a fight,” said Jane Doe.</p>]]>" \
		    "</description></item>"
	}
	print "</channel></rss>"
}' >"$T_TMP/town.xml"
printf 'file://%s\n' "$T_TMP/town.xml" >"$URLS"

td_start 100 30
check_screen "the TUI starts on an empty cache" 'tidings'
tui_keys R
check_screen "R reloads in the background" 'Reloaded 1 feeds?: 300 new articles' 60
tui_keys W
tui_keys -l 'Jane Doe'
tui_keys Enter
check_screen "W finds every quotation of the reload" 'Quotes by "Jane Doe" \(300\)'
tui_keys q Q
tui_exited
check_eq "quits with status 0" 0 "${T_EXIT:-}"
run_td -c "$CACHE" --quotes-by "Jane Doe"
check_eq "the cache holds all of them" 300 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Jane Doe: “Motion [0-9]* will pass')"
done_testing
