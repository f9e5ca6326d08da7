#!/bin/sh
# tests/fetch/reload.sh: `tidings -x reload` against a loopback server —
# conditional GET from the first reload (the second makes only 304s, seen
# in the server's log), gzip, redirects, charset, polite scheduling, and
# every fault the fetcher must survive, each with its one-line reason in
# `-x errors` while the other feeds and the cache stay intact.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
t_home
srv_start
B="localhost:$PORT"
CLOSED=$(closed_port)
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"

cat >"$URLS" <<EOT
# good feeds
http://a.$B/feed/alpha.xml news
http://b.$B/gzip/beta.xml "~Beta Renamed"
http://c.$B/r301/gamma.xml
http://d.$B/r302/local.xml
http://t.$B/feed/ttl.xml
http://m.$B/maxage/3600/moved.xml
http://l.$B/ct/iso-8859-1/latin1.xml
file://$FIX/local.xml local
"exec:cat '$FIX/cached.xml'"
http://toggle.$B/toggle/cached.xml
http://p.$B/delay/200/alpha.xml?1
http://p.$B/delay/200/alpha.xml?2
http://p.$B/delay/200/alpha.xml?3
http://p.$B/delay/200/alpha.xml?4
not-a-url at all
# faults, one host each
http://nothing.invalid/feed.xml
http://127.0.0.1:$CLOSED/feed.xml
http://f1.$B/reset
http://f2.$B/hang
http://f3.$B/drip
http://f4.$B/status/404
http://f5.$B/status/500
http://f6.$B/html
http://f7.$B/empty
http://f8.$B/truncated
http://f9.$B/bomb/8
http://f10.$B/loop/0
http://f11.$B/big/3
http://f12.$B/biglen/3
http://f13.$B/tofile
http://f14.$B/retry/120
EOT
NFAULT=16
if [ -n "$TLS_PORT" ]; then
	echo "https://localhost:$TLS_PORT/feed/alpha.xml" >>"$URLS"
	NFAULT=17
fi
NGOOD=14
TOTAL=$((NGOOD + NFAULT))
# alpha 3, beta 2, gamma 4, local via 302 2, ttl 1, moved 2, latin1 1,
# local 2, exec 5, toggle 5, 4 x alpha 3
ARTICLES=39

export TIDINGS_FETCH_TIMEOUT=4 TIDINGS_FETCH_MAX_BYTES=1048576

reload() {
	run_td -u "$URLS" -c "$CACHE" -x reload
}
unread() {
	run_td -u "$URLS" -c "$CACHE" -x print-unread
	printf '%s\n' "$T_OUT" | grep -Eo '^[0-9]+' | head -n 1
}

# ---- first reload: everything fetched, faults reported one by one -----
reload
check_eq "first reload exits 0 despite failing feeds" 0 "$T_RC"
LAST=$(printf '%s\n' "$T_OUT" | tail -n 1)
check_eq "first reload: one summary line" \
    "$TOTAL feeds: $NGOOD updated, 0 not modified, $NFAULT failed; $ARTICLES new articles (see tidings -x errors)" \
    "$LAST"
check_match "a bad urls line is reported with its line number" \
    "urls:16: not a feed address .*not-a-url" "$T_ERR"
check_match "a permanent redirect is reported" \
    "r301/gamma.xml moved permanently to http://c.$B/feed/gamma.xml" "$T_ERR"
check_nomatch "a temporary redirect is not" "r302/local.xml moved" "$T_ERR"
check_eq "every good feed's articles are stored" "$ARTICLES" "$(unread)"
run_td -u "$URLS" -c "$CACHE" --quotes-by "Jane Doe"
check_eq "quotations of new articles are indexed during the reload" \
    "Jane Doe: “We will build the bridge by spring,” — Gamma item 1" "$T_OUT"

run_td -u "$URLS" -c "$CACHE" -x errors
check_eq "-x errors exits 0" 0 "$T_RC"
ERRORS=$T_OUT
check_eq "-x errors lists exactly the failed feeds" "$NFAULT" \
    "$(printf '%s\n' "$ERRORS" | grep -c .)"
check_match "DNS failure" \
    "^http://nothing.invalid/feed.xml: (cannot resolve the host name|no reply from the server within [0-9]+ s)$" \
    "$(err_for http://nothing.invalid/feed.xml)"
check_eq "refused connection" \
    "http://127.0.0.1:$CLOSED/feed.xml: connection refused" \
    "$(err_for "http://127.0.0.1:$CLOSED/feed.xml")"
check_match "reset mid-body" \
    ": (the connection was reset|truncated: the connection closed before the whole document came)$" \
    "$(err_for "http://f1.$B/reset")"
check_match "a server that never answers" \
    ": no reply from the server within [0-9]+ s$" \
    "$(err_for "http://f2.$B/hang")"
check_match "a slow-drip server" \
    ": the server is too slow \\(under 64 bytes/s\\)$" \
    "$(err_for "http://f3.$B/drip")"
check_eq "HTTP 404" "http://f4.$B/status/404: HTTP 404 Not Found" \
    "$(err_for "http://f4.$B/status/404")"
check_eq "HTTP 500" "http://f5.$B/status/500: HTTP 500 Internal Server Error" \
    "$(err_for "http://f5.$B/status/500")"
check_match "an HTML page" "^http://f6.$B/html: not a feed.*HTML" \
    "$(err_for "http://f6.$B/html")"
check_eq "an empty body" "http://f7.$B/empty: the document is empty" \
    "$(err_for "http://f7.$B/empty")"
check_eq "a truncated body" \
    "http://f8.$B/truncated: truncated: the connection closed before the whole document came" \
    "$(err_for "http://f8.$B/truncated")"
check_eq "a gzip bomb stops at the cap" \
    "http://f9.$B/bomb/8: the document is larger than the 1 MB limit" \
    "$(err_for "http://f9.$B/bomb/8")"
check_eq "a redirect loop" \
    "http://f10.$B/loop/0: too many redirects (more than 8)" \
    "$(err_for "http://f10.$B/loop/0")"
check_eq "a streamed body over the cap" \
    "http://f11.$B/big/3: the document is larger than the 1 MB limit" \
    "$(err_for "http://f11.$B/big/3")"
check_eq "a declared length over the cap" \
    "http://f12.$B/biglen/3: the document is larger than the 1 MB limit" \
    "$(err_for "http://f12.$B/biglen/3")"
check_eq "no redirect to file://" \
    "http://f13.$B/tofile: redirected to an address that is not http or https" \
    "$(err_for "http://f13.$B/tofile")"
check_eq "429 with Retry-After" \
    "http://f14.$B/retry/120: HTTP 429 Too Many Requests (retry after 120 s)" \
    "$(err_for "http://f14.$B/retry/120")"
if [ -n "$TLS_PORT" ]; then
	check_match "an untrusted TLS certificate" \
	    "^https://localhost:$TLS_PORT/feed/alpha.xml: TLS failed: .*(certificate|SSL)" \
	    "$(err_for "https://localhost:$TLS_PORT/feed/alpha.xml")"
fi

check_match "honest User-Agent" "	tidings/[0-9.]+	" \
    "$(srv_log_for '^/feed/alpha.xml$')"
check_match "gzip offered and used" "gzip" \
    "$(srv_log_for '^/gzip/beta.xml$' | cut -f 6)"
check_eq "every encoding it can undo is offered" "gzip, deflate, br, zstd" \
    "$(srv_log_for '^/gzip/beta.xml$' | cut -f 6)"
MAXP=$(awk -F '\t' '$1 == "p.localhost" { if ($8 > m) m = $8 } END { print m + 0 }' "$SRV_LOG")
check "at most 2 requests at once to one host (saw $MAXP)" [ "$MAXP" -le 2 ]
check_eq "no validators sent on the first reload" "-" \
    "$(srv_log_for '^/feed/alpha.xml$' | cut -f 4 | sort -u)"

run_td -u "$URLS" -c "$CACHE" -e
check_match "the Content-Type charset reaches the parser" \
    'title="Café crème"' "$T_OUT"
check_match "names from the urls file win" 'title="Beta Renamed"' "$T_OUT"

# ---- second reload: only 304s; the broken feed keeps its articles -----
: >"$SRV_LOG"
wget_break() {
	"$PYTHON3" -c 'import sys, urllib.request
urllib.request.urlopen(sys.argv[1]).read()' "http://127.0.0.1:$PORT/__break/cached.xml"
}
wget_break
reload
check_eq "second reload exits 0" 0 "$T_RC"
# 304: alpha, beta, gamma (via 301), local (via 302), latin1, 4 x p;
# re-read with nothing new: file://, exec:; not due: ttl, max-age,
# Retry-After;
# failed: the faults but the 429 one (not due), plus the broken toggle.
check_eq "second reload: summary" \
    "$TOTAL feeds: 0 updated, 11 not modified, $NFAULT failed, 3 not due yet; 0 new articles (see tidings -x errors)" \
    "$(printf '%s\n' "$T_OUT" | tail -n 1)"
GOOD_LOG=$(awk -F '\t' '$1 ~ /^(a|b|c|d|l|p)\.localhost$/' "$SRV_LOG")
check_eq "second reload: every good feed answered 304" "304" \
    "$(printf '%s\n' "$GOOD_LOG" | awk -F '\t' '$2 ~ /^\/(feed|gzip|ct|delay)\// { print $3 }' | sort -u)"
check_eq "second reload: nine conditional requests with the stored ETag" 9 \
    "$(printf '%s\n' "$GOOD_LOG" | awk -F '\t' '$3 == 304 && $4 ~ /^"/' | wc -l | tr -d ' ')"
check_eq "hints respected: no request for ttl, max-age or Retry-After feeds" "" \
    "$(srv_log_for '^/(feed/ttl.xml|maxage/|retry/)')"
check_eq "a failing feed loses nothing cached" "$ARTICLES" "$(unread)"
run_td -u "$URLS" -c "$CACHE" -x errors
check_eq "the broken feed's reason" \
    "http://toggle.$B/toggle/cached.xml: HTTP 500 Internal Server Error" \
    "$(printf '%s\n' "$T_OUT" | grep -F toggle)"

# ---- forced: hints ignored -------------------------------------------
: >"$SRV_LOG"
run_td -u "$URLS" -c "$CACHE" -x reload --force
check_eq "--force asks for the ttl feed again (conditionally)" "304" \
    "$(srv_log_for '^/feed/ttl.xml$' | cut -f 3)"
: >"$SRV_LOG"
TIDINGS_RELOAD_FORCE=1 reload
check_eq "so does TIDINGS_RELOAD_FORCE=1" "304" \
    "$(srv_log_for '^/feed/ttl.xml$' | cut -f 3)"
check_eq "articles unchanged after a forced reload" "$ARTICLES" "$(unread)"

# ---- basic auth from the URL; a proxy from http_proxy ----------------
printf '%s\n' "http://user:s3cret@auth.$B/auth/beta.xml" \
    "http://noauth.$B/auth/beta.xml" >"$T_TMP/urls2"
run_td -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -x reload
check_match "basic auth from the URL" \
    "2 feeds: 1 updated, 0 not modified, 1 failed; 2 new articles" "$T_OUT"
run_td -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -x errors
check_eq "without credentials: 401" \
    "http://noauth.$B/auth/beta.xml: HTTP 401 Unauthorized" "$T_OUT"
echo "http://via-proxy.invalid/feed/alpha.xml" >"$T_TMP/urls3"
http_proxy="http://127.0.0.1:$PORT" run_td -u "$T_TMP/urls3" \
    -c "$T_TMP/cache3.db" -x reload
check_match "http_proxy is used" \
    "1 feed: 1 updated, 0 not modified, 0 failed; 3 new articles" "$T_OUT"
check_eq "... and the server saw the proxied request" "/feed/alpha.xml" \
    "$(awk -F '\t' '$1 == "via-proxy.invalid" { print $2 }' "$SRV_LOG" | \
    sed 's|^http://via-proxy.invalid||')"

# ---- download-timeout and max-download-size from the config -----------
printf '%s\n' "http://f2.$B/hang" "http://f11.$B/big/3" \
    "http://f12.$B/feed/alpha.xml" >"$T_TMP/urls4"
printf '%s\n' "download-timeout 2" "max-download-size 2" >"$T_TMP/conf4"
(unset TIDINGS_FETCH_TIMEOUT TIDINGS_FETCH_MAX_BYTES
 "$TIDINGS" -u "$T_TMP/urls4" -c "$T_TMP/cache4.db" -C "$T_TMP/conf4" \
     -x reload >/dev/null 2>&1 </dev/null)
run_td -u "$T_TMP/urls4" -c "$T_TMP/cache4.db" -x errors
# (not the default 60 s: one digit)
check_match "download-timeout from the config" \
    "^http://f2.$B/hang: no reply from the server within [0-9] s$" \
    "$(printf '%s\n' "$T_OUT" | grep -F /hang)"
check_eq "max-download-size from the config" \
    "http://f11.$B/big/3: the document is larger than the 2 MB limit" \
    "$(printf '%s\n' "$T_OUT" | grep -F /big/)"
check_eq "... and the rest is stored" 2 "$(printf '%s\n' "$T_OUT" | grep -c .)"

# ---- a reload that cannot run says so and exits 1 ---------------------
echo "not a cache" >"$T_TMP/notacache"
run_td -u "$URLS" -c "$T_TMP/notacache" -x reload
check_eq "-x reload on a file that is not a cache exits 1" 1 "$T_RC"
check_eq "... and leaves the file alone" "not a cache" "$(cat "$T_TMP/notacache")"
run_td -c "$CACHE" -x reload
check_eq "-x reload without a urls file exits 1" 1 "$T_RC"
check_match "... and says why" "cannot read the feed list .*/tidings/urls: No such file" "$T_ERR"

plan "$T_N"
done_testing
