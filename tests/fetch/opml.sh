#!/bin/sh
# tests/fetch/opml.sh: -i appends an OPML file's feeds to the urls file
# (folders become tags, known feeds are not repeated, the user's own lines
# and comments stay byte for byte), and -e writes them back out.
. "$TOP_SRCDIR/tests/lib.sh"
t_home
FIX="$TOP_SRCDIR/tests/fixtures/fetch"
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"
printf '%s\n' '# my own comment' 'http://kept.localhost/feed.xml mine "~Kept"' \
    '"query:Unread:unread = \"yes\""' >"$URLS"
BEFORE=$(cat "$URLS")

run_td -u "$URLS" -c "$CACHE" -i "$FIX/import.opml"
check_eq "-i exits 0" 0 "$T_RC"
check_match "-i says what it did" \
    "imported 2 feeds into .* \\(1 already listed, 1 skipped\\)" "$T_ERR"
check_match "-i names the address it skipped" "skipping javascript:alert\\(1\\)" "$T_ERR"
check_eq "the user's lines are kept as they were" "$BEFORE" \
    "$(head -n 3 "$URLS")"
check_eq "new feeds are appended with tags and names" \
    'http://a.localhost/feed/alpha.xml ~Alpha
http://c.localhost/feed/gamma.xml "Science & Tech" "~Gamma news"' \
    "$(tail -n +4 "$URLS")"

run_td -u "$URLS" -c "$CACHE" -i "$FIX/import.opml"
check_match "importing again adds nothing" "imported 0 feeds" "$T_ERR"
check_eq "... and leaves the file alone" 5 "$(wc -l <"$URLS" | tr -d ' ')"

run_td -u "$URLS" -c "$CACHE" -e
check_eq "-e exits 0" 0 "$T_RC"
check_match "-e writes OPML 2.0" '^<\?xml version="1.0" encoding="UTF-8"\?>' "$T_OUT"
check_eq "-e lists every feed but queries" 3 \
    "$(printf '%s\n' "$T_OUT" | grep -c '<outline ')"
check_match "-e keeps names and tags" \
    'text="Gamma news" title="Gamma news" xmlUrl="http://c.localhost/feed/gamma.xml" category="Science &amp; Tech"' \
    "$T_OUT"

# Round trip: what -e wrote imports into an empty list as the same feeds.
printf '%s\n' "$T_OUT" >"$T_TMP/out.opml"
run_td -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -i "$T_TMP/out.opml"
check_eq "the export imports back whole" \
    'http://kept.localhost/feed.xml mine ~Kept
http://a.localhost/feed/alpha.xml ~Alpha
http://c.localhost/feed/gamma.xml "Science & Tech" "~Gamma news"' \
    "$(cat "$T_TMP/urls2")"

printf '<opml><body><outline' >"$T_TMP/broken.opml"
run_td -u "$URLS" -c "$CACHE" -i "$T_TMP/broken.opml"
check_eq "broken OPML: exit 1" 1 "$T_RC"
check_match "broken OPML: one clear line" "broken.opml: not well-formed XML" "$T_ERR"

plan "$T_N"
done_testing
