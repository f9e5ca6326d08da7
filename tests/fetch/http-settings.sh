#!/bin/sh
# tests/fetch/http-settings.sh: newsboat's http settings from the config
# file reach the requests: user-agent, use-proxy + proxy (+ proxy-auth),
# http-auth-method, cookie-cache, download-retries; and ssl-verifypeer no lets a
# self-signed server through (with ssl-verifyhost no).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
t_home
srv_start
B="localhost:$PORT"

reload_with() {	# config text, urls text
	printf '%s\n' "$1" >"$T_TMP/conf"
	printf '%s\n' "$2" >"$T_TMP/urls"
	rm -f "$T_TMP/cache.db"
	: >"$SRV_LOG"
	run_td -u "$T_TMP/urls" -c "$T_TMP/cache.db" -C "$T_TMP/conf" \
	    -x reload
}

reload_with 'user-agent "Newsboat-Test/2.44 (compatible)"' \
    "http://ua.$B/feed/alpha.xml"
check_eq "the config's user-agent is sent" \
    "Newsboat-Test/2.44 (compatible)" "$(cut -f 7 "$SRV_LOG" | head -n 1)"
check_eq "... and the config gave no warning" "" "$T_ERR"

reload_with "$(printf '%s\n' "use-proxy yes" "proxy 127.0.0.1:$PORT" \
    "proxy-type http" "proxy-auth-method basic" "proxy-auth u:p")" \
    "http://nb-proxy.invalid/feed/alpha.xml"
check_match "use-proxy and proxy: the feed comes through the proxy" \
    "1 feed: 1 updated, 0 not modified, 0 failed; 3 new articles" "$T_OUT"
check_eq "... the server saw the proxied request" \
    "http://nb-proxy.invalid/feed/alpha.xml" \
    "$(awk -F '\t' '$1 == "nb-proxy.invalid" { print $2 }' "$SRV_LOG")"

reload_with "$(printf '%s\n' "use-proxy no" "proxy 127.0.0.1:$PORT")" \
    "http://nb-proxy.invalid/feed/alpha.xml"
check_match "use-proxy no: the proxy setting is not used" \
    "1 feed: 0 updated, 0 not modified, 1 failed" "$T_OUT"

reload_with "http-auth-method digest" \
    "http://user:s3cret@auth.$B/auth/beta.xml"
check_match "http-auth-method digest: the basic-only server refuses" \
    "1 feed: 0 updated, 0 not modified, 1 failed" "$T_OUT"
reload_with "http-auth-method basic" \
    "http://user:s3cret@auth.$B/auth/beta.xml"
check_match "http-auth-method basic: accepted" \
    "1 feed: 1 updated, 0 not modified, 0 failed" "$T_OUT"

rm -f "$T_TMP/cookies.txt"
reload_with "cookie-cache \"$T_TMP/cookies.txt\"" \
    "http://c.$B/feed/alpha.xml"
check_eq "cookie-cache: the file is written (Netscape format)" \
    "# Netscape HTTP Cookie File" "$(head -n 1 "$T_TMP/cookies.txt")"

reload_with "download-retries 3" "http://r.$B/flaky/2/alpha.xml"
check_match "download-retries 3: two 503s, then the feed" \
    "1 feed: 1 updated, 0 not modified, 0 failed" "$T_OUT"
check_eq "... in three requests" 3 "$(grep -c /flaky/2/alpha "$SRV_LOG")"
reload_with "download-retries 2" "http://r.$B/flaky/2/beta.xml"
check_match "download-retries 2: two 503s are a failure" \
    "1 feed: 0 updated, 0 not modified, 1 failed" "$T_OUT"
reload_with "" "http://r.$B/flaky/1/gamma.xml"
check_eq "by default one try, as newsboat" 1 "$(grep -c /flaky/1/gamma "$SRV_LOG")"

if [ -n "$TLS_PORT" ]; then
	reload_with "" "https://localhost:$TLS_PORT/feed/alpha.xml"
	check_match "a self-signed certificate is refused by default" \
	    "1 feed: 0 updated, 0 not modified, 1 failed" "$T_OUT"
	reload_with "$(printf '%s\n' "ssl-verifypeer no" "ssl-verifyhost no")" \
	    "https://localhost:$TLS_PORT/feed/alpha.xml"
	check_match "ssl-verifypeer no: accepted" \
	    "1 feed: 1 updated, 0 not modified, 0 failed" "$T_OUT"
else
	ok "tls # SKIP no openssl for a certificate"
	ok "tls # SKIP no openssl for a certificate"
fi
plan "$T_N"
done_testing
