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
    "imported 2 feeds into .* \\(1 already listed, 1 skipped: 1 other scheme\\)" "$T_ERR"
check_match "-i names the address it skipped" "skipping javascript:alert\\(1\\): other scheme" "$T_ERR"
check_eq "the user's lines are kept as they were" "$BEFORE" \
    "$(head -n 3 "$URLS")"
check_eq "new feeds are appended with tags, their titles not pinned" \
    'http://a.localhost/feed/alpha.xml
http://c.localhost/feed/gamma.xml "Science & Tech"' \
    "$(tail -n +4 "$URLS")"
run_td -u "$T_TMP/urls-titles" -c "$CACHE" --import-titles \
    -i "$FIX/import.opml"
check_eq "--import-titles pins them as names" \
    'http://a.localhost/feed/alpha.xml ~Alpha
http://c.localhost/feed/gamma.xml "Science & Tech" "~Gamma news"
http://kept.localhost/feed.xml "Science & Tech" "~Already here"' \
    "$(cat "$T_TMP/urls-titles")"

run_td -u "$URLS" -c "$CACHE" -i "$FIX/import.opml"
check_match "importing again adds nothing" "imported 0 feeds" "$T_ERR"
check_eq "... and leaves the file alone" 5 "$(wc -l <"$URLS" | tr -d ' ')"

run_td -u "$URLS" -c "$CACHE" -e
check_eq "-e exits 0" 0 "$T_RC"
check_match "-e writes OPML 2.0" '^<\?xml version="1.0" encoding="UTF-8"\?>' "$T_OUT"
check_eq "-e lists every feed but queries" 3 \
    "$(printf '%s\n' "$T_OUT" | grep -c '<outline ')"
check_match "-e keeps names and tags" \
    'text="Kept" title="Kept" xmlUrl="http://kept.localhost/feed.xml" category="mine"' \
    "$T_OUT"

# Round trip: what -e wrote imports into an empty list as the same feeds.
printf '%s\n' "$T_OUT" >"$T_TMP/out.opml"
run_td -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" --import-titles \
    -i "$T_TMP/out.opml"
check_eq "the export imports back whole" \
    'http://kept.localhost/feed.xml mine ~Kept
http://a.localhost/feed/alpha.xml
http://c.localhost/feed/gamma.xml "Science & Tech"' \
    "$(cat "$T_TMP/urls2")"

# Hidden feeds ("!") survive export and import; OPML 1.0's url= is read;
# a url= that is not http(s) is skipped like an xmlUrl.
printf '%s\n' 'http://h.localhost/feed office ! "~Back office"' \
    'http://v.localhost/feed' >"$T_TMP/hidden-urls"
run_td -u "$T_TMP/hidden-urls" -c "$T_TMP/h0.db" -e
check_match "-e marks a hidden feed" \
    'xmlUrl="http://h.localhost/feed" category="office" hidden="true"/>' \
    "$T_OUT"
check_nomatch "and only that one" 'v.localhost/feed".*hidden' "$T_OUT"
printf '%s\n' "$T_OUT" >"$T_TMP/hidden.opml"
run_td -u "$T_TMP/hidden-urls2" -c "$T_TMP/h0.db" -i "$T_TMP/hidden.opml"
check_eq "a hidden feed comes back hidden" \
    'http://h.localhost/feed office !
http://v.localhost/feed' "$(cat "$T_TMP/hidden-urls2")"
printf '%s\n' '<opml version="1.0"><body>' \
    '<outline text="One" type="rss" url="http://one.localhost/rss"/>' \
    '<outline text="Cmd" type="rss" url="exec:id"/>' \
    '<outline text="Two" type="rss" url="https://two.localhost/rss" hidden="1"/>' \
    '</body></opml>' >"$T_TMP/v1.opml"
run_td -u "$T_TMP/v1-urls" -c "$T_TMP/h0.db" -i "$T_TMP/v1.opml"
check_eq "OPML 1.0 url= is read, exec: skipped" \
    'http://one.localhost/rss
https://two.localhost/rss !' "$(cat "$T_TMP/v1-urls")"
check_match "and the skip is named" 'skipping exec:id: exec:' "$T_ERR"

printf '<opml><body><outline' >"$T_TMP/broken.opml"
run_td -u "$URLS" -c "$CACHE" -i "$T_TMP/broken.opml"
check_eq "broken OPML: exit 1" 1 "$T_RC"
check_match "broken OPML: one clear line" "broken.opml: not well-formed XML" "$T_ERR"

# A hostile file: only its http(s) feeds come in; exec:, filter:, file:,
# query: and host-less addresses are skipped, counted and named, and
# nothing from the file reaches the terminal raw.
OPML="$TOP_SRCDIR/tests/fixtures/opml"
H="$T_TMP/hostile-urls"
run_td -u "$H" -c "$T_TMP/h.db" --import-titles -i "$OPML/hostile.opml"
check_eq "hostile OPML: exit 0" 0 "$T_RC"
check_eq "hostile OPML: only http(s) feeds are imported" \
'http://good.localhost/feed "~Good evil nel zw line"
HTTPS://secure.localhost/rss one two three four five six seven eight nine ten eleven Folder ~Secure
http://old.localhost/rss ~Old' "$(cat "$H")"
check_match "hostile OPML: the summary counts what was skipped, by kind" \
    'imported 3 feeds into .* \(0 already listed, 8 skipped: 3 exec:, 1 filter:, 1 file:, 1 query:, 1 no host, 1 blanks or control characters\)' \
    "$T_ERR"
check_match "hostile OPML: exec: is named" "skipping exec:touch /tmp/tidings-pwned: exec:" "$T_ERR"
check_match "hostile OPML: EXEC: with blanks is exec: too" "skipping  *EXEC:id: exec:" "$T_ERR"
check_match "hostile OPML: file: is named" "skipping file:///etc/shadow: file:" "$T_ERR"
check_match "hostile OPML: filter: is named" "skipping filter:/bin/sh:.*: filter:" "$T_ERR"
# C0, C1 (NEL), bidi overrides and newlines never reach stderr raw.
check_eq "hostile OPML: stderr has no controls or bidi overrides" "" \
    "$(LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b-\x8d\xa8-\xae]|\xe2\x81[\xa0\xa6-\xa9]' "$T_TMP/err" | grep -v '^0$')"
check_eq "hostile OPML: one line per message" 9 "$(wc -l <"$T_TMP/err" | tr -d ' ')"
check_nomatch "hostile OPML: no exec:, filter: or file: line" \
    '^"?(exec|filter|file|query):' "$(cat "$H")"

# Entity bombs are refused by the parser, in UTF-8 and in UTF-16 (either
# byte order, with a BOM), where a byte scan for "<!ENTITY" sees nothing.
B="$T_TMP/bomb-urls"
run_td -u "$B" -c "$T_TMP/b.db" -i "$OPML/bomb.opml"
check_match "UTF-8 entity bomb: refused" "bomb.opml: entity declarations are not accepted" "$T_ERR"
printf '\377\376' >"$T_TMP/bomb16le.opml"
iconv -f UTF-8 -t UTF-16LE "$OPML/bomb.opml" >>"$T_TMP/bomb16le.opml"
run_td -u "$B" -c "$T_TMP/b.db" -i "$T_TMP/bomb16le.opml"
check_match "UTF-16LE entity bomb: refused" "entity declarations are not accepted" "$T_ERR"
printf '\376\377' >"$T_TMP/bomb16be.opml"
iconv -f UTF-8 -t UTF-16BE "$OPML/bomb.opml" >>"$T_TMP/bomb16be.opml"
run_td -u "$B" -c "$T_TMP/b.db" -i "$T_TMP/bomb16be.opml"
check_match "UTF-16BE entity bomb: refused" "entity declarations are not accepted" "$T_ERR"
check_eq "entity bombs: exit 1, no urls file" "1 no" "$T_RC $([ -e "$B" ] && echo yes || echo no)"

# The export is XML 1.0 that xmllint accepts, with no DEL, C0/C1 or bidi
# controls, whatever the names in the urls file hold.
E="$T_TMP/export-urls"
printf 'http://e.localhost/ "t\177ag\342\200\256" "~Na\177me \342\200\256rtl\342\201\246 \302\233x\001y"\n' >"$E"
run_td -u "$E" -c "$T_TMP/e.db" -e
printf '%s\n' "$T_OUT" >"$T_TMP/export.opml"
check "-e output is well-formed XML" xmllint --noout "$T_TMP/export.opml"
check_eq "-e output has no DEL, C0/C1 or bidi controls" 0 \
    "$(LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$T_TMP/export.opml")"
check_match "-e keeps the rest of the name" 'title="Name rtl xy"' "$T_OUT"

# A large file imports in linear time: 100,000 feeds in folders.
awk 'BEGIN { print "<opml><body><outline text=\"F\" category=\"a,b,c\">";
    for (i = 0; i < 100000; i++)
        printf "<outline text=\"T%d\" xmlUrl=\"http://%d.localhost/\"/>\n", i, i;
    print "</outline></body></opml>" }' >"$T_TMP/big.opml"
run_td -u "$T_TMP/big-urls" -c "$T_TMP/big.db" -i "$T_TMP/big.opml"
check_match "100,000 outlines: all imported" "imported 100000 feeds" "$T_ERR"
check_eq "100,000 outlines: 100,000 lines" 100000 "$(wc -l <"$T_TMP/big-urls" | tr -d ' ')"
run_td -u "$T_TMP/big-urls" -c "$T_TMP/big.db" -i "$T_TMP/big.opml"
check_match "100,000 outlines again: all known" "imported 0 feeds .*\(100000 already listed" "$T_ERR"

plan "$T_N"
done_testing
