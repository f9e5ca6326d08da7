#!/bin/sh
# tests/fetch/replies.sh: servers that do not speak HTTP.  Random bytes
# instead of a reply, and a header line that never ends, each get a
# reason of their own in `-x errors` (not libcurl's nearest code: "a
# redirect to an address that is not http or https", "out of memory"),
# while a real redirect to file:// keeps its own.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
plan 5
t_home
srv_start
B="localhost:$PORT"
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"
cat >"$URLS" <<EOT
http://g.$B/garbage
http://h.$B/longheader
http://r.$B/tofile
http://a.$B/feed/alpha.xml
EOT
export TIDINGS_FETCH_TIMEOUT=10

run_td -u "$URLS" -c "$CACHE" -x reload
check_match "the reload runs to its summary" \
    '4 feeds: 1 updated, 0 not modified, 3 failed' "$T_OUT"
run_td -u "$URLS" -c "$CACHE" -x errors
ERRORS=$T_OUT
check_eq "random bytes: the reply is not HTTP" \
    "http://g.$B/garbage: the server's reply is not HTTP" \
    "$(err_for "http://g.$B/garbage")"
check_eq "an endless header line: too long" \
    "http://h.$B/longheader: the server sent a header line that is too long" \
    "$(err_for "http://h.$B/longheader")"
check_eq "a redirect to file:// keeps its reason" \
    "http://r.$B/tofile: redirected to an address that is not http or https" \
    "$(err_for "http://r.$B/tofile")"
run_td -u "$URLS" -c "$CACHE" -x print-unread
check_eq "the good feed is stored" "3 unread articles" "$T_OUT"
done_testing
