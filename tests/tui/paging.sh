#!/bin/sh
# tests/tui/paging.sh: a list longer than the pages the view asks the store
# for.  The end of the list (G), paging back from it, the middle and the
# start must all show the right rows in order: no row twice, none missing,
# whichever end the view pages from.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui/lib-tui.sh"

N=700
FEED="$T_TMP/many.xml"
{
	echo '<?xml version="1.0" encoding="utf-8"?>'
	echo '<rss version="2.0"><channel><title>Many</title>'
	echo '<link>https://many.example/</link><description>d</description>'
	i=1
	while [ $i -le $N ]; do
		# one a minute, item N newest; every third one shares its
		# neighbour's date so ties are ordered by id
		m=$(( (i - i % 3) / 3 * 3 ))
		printf '<item><title>Item %04d</title><guid>m%d</guid>' $i $i
		printf '<pubDate>%s</pubDate></item>\n' \
		    "$(date -u -d "@$((1700000000 + m * 60))" '+%a, %d %b %Y %H:%M:%S GMT')"
		i=$((i + 1))
	done
	echo '</channel></rss>'
} >"$FEED"
echo "file://$FEED" >"$URLS"
td_reload

# rows_ok: the article rows on screen are Item numbers falling by one.
rows_ok() {
	tui_screen | sed -n 's/.*Item \([0-9][0-9][0-9][0-9]\).*/\1/p' |
	    awk 'NR > 1 && $1 + 0 != prev - 1 { bad = 1 } { prev = $1 + 0; n++ }
		END { exit (bad || n < 10) }'
}

td_start 80 24
tui_keys Enter
check_screen "the long list" "Articles in \"Many\" \\($N unread, $N shown\\)"
check_screen "newest first" '^ +1 N .*Item 0700$'
check "the first page is in order" rows_ok
tui_keys G
check_screen "G: the last row is the oldest" "^ +$N N .*Item 0001\$"
check "the last page is in order" rows_ok
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do tui_keys PPage; done
tui_wait 'Item 03[0-9][0-9]' >/dev/null
check "paging back from the end stays in order" rows_ok
check_screen "row numbers and items agree" '^ +([0-9]+) N .*Item 0([0-9]+)$'
line=$(tui_screen | grep -E '^ +[0-9]+ N ' | head -n 1)
num=$(printf '%s\n' "$line" | awk '{ print $1 }')
item=$(printf '%s\n' "$line" | sed 's/.*Item 0*//')
check_eq "row $num holds item $((N + 1 - num))" "$((N + 1 - num))" "$item"
tui_keys g
check_screen "g: back to the newest" '^ +1 N .*Item 0700$'
check "and in order" rows_ok
tui_keys Q
tui_exited
check_eq "quits with status 0" 0 "${T_EXIT:-}"
tui_done
