#!/bin/sh
# tests/quote/reload-index.sh: -x reload indexes the quotations of every
# article it stores, also when many articles come at once (the finder runs
# in a worker thread and the last results are stored at the reload's end:
# none may be lost), and a second reload changes nothing.
. "$TOP_SRCDIR/tests/lib.sh"

plan 6
t_home

# mkfeed FILE N SPEAKER: an RSS feed of N items, each quoting SPEAKER once.
mkfeed() {
	awk -v n="$2" -v who="$3" 'BEGIN {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<rss version=\"2.0\"><channel><title>Many " who "</title>"
		print "<link>http://feed.localhost/</link>"
		for (i = 1; i <= n; i++) {
			print "<item><title>Story " i "</title>"
			print "<guid>http://feed.localhost/" who "/" i "</guid>"
			print "<description><![CDATA[<p>The council met on day " i \
			    ". “Item " i " on the agenda will pass without a fight,” said " \
			    who ". Nobody else spoke.</p>]]></description></item>"
		}
		print "</channel></rss>"
	}' >"$1"
}
mkfeed "$T_TMP/a.xml" 400 "Jane Doe"
mkfeed "$T_TMP/b.xml" 150 "Tom Reyes"
printf 'file://%s\nfile://%s\n' "$T_TMP/a.xml" "$T_TMP/b.xml" >"$T_TMP/urls"

run_td -u "$T_TMP/urls" -c "$T_TMP/c.db" -x reload
check_eq "-x reload of 550 articles" 0 "$T_RC"
run_td -c "$T_TMP/c.db" --quotes-by "Jane Doe"
check_eq "every article of the first feed is indexed" 400 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Jane Doe: “Item [0-9]* on the agenda will pass without a fight,”')"
check_match "down to the last one" '^Jane Doe: “Item 400 on the agenda' "$T_OUT"
run_td -c "$T_TMP/c.db" --quotes-by "Reyes"
check_eq "and of the second" 150 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Tom Reyes: “Item [0-9]* on the agenda')"

export TIDINGS_RELOAD_FORCE=1
run_td -u "$T_TMP/urls" -c "$T_TMP/c.db" -x reload
unset TIDINGS_RELOAD_FORCE
check_eq "a second reload" 0 "$T_RC"
run_td -c "$T_TMP/c.db" --quotes-by "Jane Doe"
check_eq "leaves the index as it was" 400 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Jane Doe: ')"
done_testing
