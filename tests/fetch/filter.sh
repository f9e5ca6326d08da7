#!/bin/sh
# tests/fetch/filter.sh: filter:SCRIPT:URL sources through -x reload, as
# newsboat has them: URL is downloaded from the loopback server and its
# body piped through `/bin/sh -c SCRIPT`, whose stdout is the feed.  The
# time limit and the size cap hold for the script as for exec:, and a
# 304 runs no script.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
plan 9
t_home
srv_start
B="localhost:$PORT"
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"
export TIDINGS_FETCH_TIMEOUT=2

# The script drops one item and renames the feed; it also notes each run.
cat >"$T_TMP/drop2.sh" <<EOT
#!/bin/sh
echo run >>"$T_TMP/runs"
sed -e '/Alpha-2/d' -e 's|<title>Alpha</title>|<title>Filtered Alpha</title>|'
EOT
chmod +x "$T_TMP/drop2.sh"
cat >"$URLS" <<EOT
"filter:$T_TMP/drop2.sh:http://a.$B/feed/alpha.xml"
"filter:sed '/Alpha-[13]/d':http://b.$B/gzip/alpha.xml"
EOT
run_td -u "$URLS" -c "$CACHE" -x reload
check_match "both filters ran on the downloads" \
    '2 feeds: 2 updated, 0 not modified, 0 failed; 3 new articles' "$T_OUT"
check_eq "the script read the document once" 1 "$(grep -c run "$T_TMP/runs")"
run_td -u "$URLS" -c "$CACHE" -e
check_match "the script's output is the feed (its title)" \
    'Filtered Alpha' "$T_OUT"
check_match "the feed keeps its address as written" \
    "filter:$T_TMP/drop2.sh:http://a.$B/feed/alpha.xml" "$T_OUT"

# Unchanged on the server (304): the script is not run again.
run_td -u "$URLS" -c "$CACHE" -x reload --force
check_match "a second reload is not modified" \
    '2 feeds: 0 updated, 2 not modified, 0 failed' "$T_OUT"
check_eq "and runs no script" 1 "$(grep -c run "$T_TMP/runs")"

# The limits: a script that never ends, one that writes too much, one
# with no URL to fetch.
cat >"$T_TMP/urls2" <<EOT
"filter:sleep 100; cat:http://a.$B/feed/alpha.xml"
"filter:cat; head -c 100000 /dev/zero:http://b.$B/feed/alpha.xml"
EOT
TIDINGS_FETCH_MAX_BYTES=50000 run_td -u "$T_TMP/urls2" -c "$T_TMP/c2.db" \
    -x reload
run_td -u "$T_TMP/urls2" -c "$T_TMP/c2.db" -x errors
check_match "a script past the time limit is stopped" \
    'exec: the command did not finish within 2 s' "$T_OUT"
check_match "a script past the size cap is stopped" \
    'exec: the output is larger than the 50000 bytes limit' "$T_OUT"
check_eq "no script is left running" "" \
    "$(ps -eo pid=,args= | grep -F 'sleep 100; cat' | grep -v grep)"
done_testing
