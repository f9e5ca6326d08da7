#!/bin/sh
# newsboat's other command-line options: -x with several commands, the
# reload summary on stdout, -E/-I (read-state files), -X, --cleanup,
# --export-to-opml2, -l and -d.  Against loopback feeds.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
FIX="$TOP_SRCDIR/tests/fixtures/newsboat"
plan 25
srv_start
t_home
B="http://127.0.0.1:$PORT/feed"
U="$T_TMP/urls"
C="$T_TMP/cache.db"
printf '%s\n' "$B/news.xml" "$B/links.xml" "$B/notes.atom" \
    "$B/nothing-here.xml" not-a-url >"$U"
td() { run_td -u "$U" -c "$C" "$@"; }

td -x reload print-unread
check_eq "-x reload print-unread runs both" 0 "$T_RC"
check_eq "in order, the summary on stdout first" \
    "4 feeds: 3 updated, 0 not modified, 1 failed; 12 new articles (see tidings -x errors)
12 unread articles" "$T_OUT"
check_match "a warning goes to stderr" 'urls:5: not a feed address' "$T_ERR"
check_nomatch "the summary is not" 'feeds:' "$T_ERR"
td -q -x reload
check_eq "-q leaves the summary out" "" "$T_OUT"
td -x reload bogus
check_eq "an unknown command among several is a usage error" 2 "$T_RC"
td -x print-unread -x errors
check_match "-x may also be repeated" "^12 unread articles
$B/nothing-here.xml: " "$T_OUT"

# -I: by guid, and newsboat's link + pubDate for an item without one.
printf '%s\n' news-1 news-3 'not-a-known-guid' \
    'http://example.localhost/links/knotsTue, 02 Jan 2024 09:00:00 GMT' \
    >"$T_TMP/read.txt"
td -I "$T_TMP/read.txt"
check_eq "-I succeeds" 0 "$T_RC"
check_eq "-I says what it found and marked" \
    "4 guids read: 3 articles known, 3 of them marked read" "$T_OUT"
td -x print-unread
check_eq "three fewer unread articles" "9 unread articles" "$T_OUT"
td -I "$T_TMP/read.txt"
check_eq "a second -I marks nothing more" \
    "4 guids read: 3 articles known, 0 of them marked read" "$T_OUT"
td -E "$T_TMP/out.txt"
check_eq "-E succeeds" 0 "$T_RC"
check_eq "-E writes the read articles' guids" \
    "http://example.localhost/links/knots
news-1
news-3" "$(sort "$T_TMP/out.txt")"
rm -f "$C.2"
run_td -u "$U" -c "$C.2" -x reload
run_td -u "$U" -c "$C.2" -I "$T_TMP/out.txt"
check_eq "what -E wrote, -I reads back" \
    "3 guids read: 3 articles known, 3 of them marked read" "$T_OUT"
td -I "$T_TMP/missing.txt"
check_eq "-I without its file fails" 1 "$T_RC"

td -X
check_eq "-X compacts the cache" "0 $C: compacted" "$T_RC $T_OUT"
td -x print-unread
check_eq "which still holds everything" "9 unread articles" "$T_OUT"

printf '%s\n' "$B/news.xml" "$B/notes.atom" >"$U"
td --cleanup
check_eq "--cleanup drops the feed no longer listed, with its articles" \
    "0 removed 2 feeds no longer listed, with 3 articles" "$T_RC $T_OUT"
td --cleanup
check_eq "and a second run finds nothing" \
    "removed 0 feeds no longer listed, with 0 articles" "$T_OUT"

# (The documents differ only in their dateCreated, the second each ran.)
td -e
E=$(printf '%s\n' "$T_OUT" | grep -v '<dateCreated>')
td --export-to-opml2
check_eq "--export-to-opml2 writes what -e writes" "$E" \
    "$(printf '%s\n' "$T_OUT" | grep -v '<dateCreated>')"

printf '%s\n' "$B/news.xml" "$B/no-such.xml" >"$U"
td -l 6 -d "$T_TMP/log" -x reload
check_match "-d writes messages with their time and level" \
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z (error|warn|info|debug): ' \
    "$(head -n 1 "$T_TMP/log")"
check_match "-l 6 puts debugging messages in the file" ' debug: ' \
    "$(cat "$T_TMP/log")"
check_nomatch "but not on stderr" 'debug' "$T_ERR"
td -l 7 -x print-unread
check_eq "-l takes 1 to 6 only" 2 "$T_RC"
td -d "$T_TMP/no/such/dir/log" -x print-unread
check_match "an unwritable -d file is an error" \
    "1 .*no/such/dir/log: No such file" "$T_RC $T_ERR"
done_testing
