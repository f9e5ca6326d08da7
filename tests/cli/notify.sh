#!/bin/sh
# tests/cli/notify.sh: newsboat's reload notifications after -x reload.
# notify-program gets the notify-format text as its one argument (%d, %n,
# %f, %D, %t, %%), and a feed title full of shell syntax reaches it inside
# that one argument and runs nothing; no new articles, no notification
# unless notify-always; the terminal escapes stay off a stdout that is not
# a terminal.
. "$TOP_SRCDIR/tests/lib.sh"
plan 10
t_home
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"
CONF="$T_TMP/config"
EVIL="Evil; touch $T_TMP/pwned1 \$(touch $T_TMP/pwned2) \`touch $T_TMP/pwned3\` |touch $T_TMP/pwned4"
cat >"$T_TMP/evil.xml" <<EOT
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>$(printf '%s' "$EVIL" | sed 's/&/\&amp;/g; s/</\&lt;/g')</title>
<item><title>One</title><guid>e1</guid></item>
<item><title>Two</title><guid>e2</guid></item>
</channel></rss>
EOT
cat >"$T_TMP/calm.xml" <<EOT
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Calm</title>
<item><title>Three</title><guid>c1</guid></item>
</channel></rss>
EOT
printf 'file://%s\nfile://%s\n' "$T_TMP/evil.xml" "$T_TMP/calm.xml" >"$URLS"
# The program records how many arguments it got and each one.
cat >"$T_TMP/notify.sh" <<EOT
#!/bin/sh
{ echo "argc=\$#"; for a; do printf '<%s>\n' "\$a"; done; } >"$T_TMP/notes.tmp"
mv "$T_TMP/notes.tmp" "$T_TMP/notes.\$\$"
EOT
chmod +x "$T_TMP/notify.sh"
cat >"$CONF" <<EOT
notify-program "$T_TMP/notify.sh"
notify-format "%d new (%n unread, %f feeds, %D newly) in %t; 100%%"
notify-xterm yes
notify-beep yes
EOT

# wait_notes N: wait (up to 10 s) for N notifications; prints them.
wait_notes() {
	i=0
	while [ "$(ls "$T_TMP" | grep -c '^notes\.[0-9]')" -lt "$1" ] &&
	    [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	cat "$T_TMP"/notes.[0-9]* 2>/dev/null
}

run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x reload
notes=$(wait_notes 1)
check_eq "the program ran once, with one argument" argc=1 \
    "$(printf '%s\n' "$notes" | head -n 1)"
check_match "the text is the format's" \
    '^<3 new \(3 unread, 2 feeds, 2 newly\) in .*; 100%>$' "$notes"
check_match "the hostile title is inside that one argument, verbatim" \
    "in $(printf '%s' "$EVIL" | sed 's/[][\\.*^$|()]/\\&/g'), Calm; 100%>" "$notes"
check "nothing in it ran" test ! -e "$T_TMP/pwned1" -a ! -e "$T_TMP/pwned2" \
    -a ! -e "$T_TMP/pwned3" -a ! -e "$T_TMP/pwned4"
check "stdout is no terminal: no escape, no bell" \
    sh -c '! printf "%s" "$1" | LC_ALL=C grep -q "$(printf "[\\033\\007]")"' sh "$T_OUT"

# Nothing new: no notification...
rm -f "$T_TMP"/notes.[0-9]*
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x reload --force
sleep 0.5
check_eq "nothing new, nothing said" "" "$(wait_notes 0)"
# ... unless notify-always
printf 'notify-always yes\n' >>"$CONF"
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x reload --force
check_match "notify-always says it anyway" \
    '^<0 new \(3 unread, 2 feeds, 0 newly\) in ; 100%>$' "$(wait_notes 1)"

# A new article in one feed: %t names only that feed.
rm -f "$T_TMP"/notes.[0-9]*
sed -i 's|</channel>|<item><title>Four</title><guid>c2</guid></item></channel>|' \
    "$T_TMP/calm.xml"
sed -i '/notify-always/d' "$CONF"
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x reload --force
check_match "one new article in Calm" \
    '^<1 new \(4 unread, 2 feeds, 0 newly\) in Calm; 100%>$' "$(wait_notes 1)"

# A program that is not there: the reload still ends well.
printf 'notify-program "%s"\n' "$T_TMP/missing" >>"$CONF"
sed -i 's|</channel>|<item><title>Five</title><guid>c3</guid></item></channel>|' \
    "$T_TMP/calm.xml"
run_td -u "$URLS" -c "$CACHE" -C "$CONF" -x reload --force
check_eq "a missing program does not fail the reload" 0 "$T_RC"
check_match "which still counts the new article" '1 new article' "$T_OUT"
done_testing
