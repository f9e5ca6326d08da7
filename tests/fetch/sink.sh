#!/bin/sh
# tests/fetch/sink.sh: the fetch engine's fd sink (downloads straight into
# a file) and its progress callback, through tests/fetch/fetch-get against
# the loopback server: the file's checksum is the server's, a gzip body
# lands decoded, a cut connection is an error, and the progress callback
# ends at the whole size without going backwards.
. "$TOP_SRCDIR/tests/lib.sh"
GET="$TOP_BUILDDIR/tests/fetch/fetch-get"
[ -x "$GET" ] || skip_all "fetch-get not built"
command -v sha256sum >/dev/null 2>&1 || skip_all "sha256sum not found"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
t_home
srv_start
U="http://127.0.0.1:$PORT"
sum() { sha256sum <"$1" | cut -d ' ' -f 1; }

# 3 MB streamed without Content-Length: server.py's chunk, 48 times.
out=$("$GET" "$U/big/3" "$T_TMP/big")
want=$("$PYTHON3" -c 'import hashlib
print(hashlib.sha256((b"<rss>" + b"x" * 65531) * 48).hexdigest())')
check_eq "a 3 MB download is reported whole" "ok 3145728" \
    "$(echo "$out" | sed -n 1p)"
check_eq "... and the file's checksum is the server's" "$want" \
    "$(sum "$T_TMP/big")"
check_eq "... progress ends at the whole size" "3145728 3145728" \
    "$(echo "$out" | sed -n 2p | cut -d ' ' -f 3,4)"
check_eq "... and never goes backwards" "monotonic" \
    "$(echo "$out" | sed -n 2p | cut -d ' ' -f 5)"
n=$(echo "$out" | sed -n 2p | cut -d ' ' -f 2)
check "... called as the body came (more than once)" [ "$n" -gt 1 ]

size=$(wc -c <"$FIX/alpha.xml" | tr -d ' ')
out=$("$GET" "$U/feed/alpha.xml" "$T_TMP/alpha")
check_eq "a feed into a file" "ok $size" "$(echo "$out" | sed -n 1p)"
check_eq "... byte for byte" "$(sum "$FIX/alpha.xml")" "$(sum "$T_TMP/alpha")"
check_eq "... progress knows the length" "$size $size" \
    "$(echo "$out" | sed -n 2p | cut -d ' ' -f 3,4)"

out=$("$GET" "$U/gzip/alpha.xml" "$T_TMP/gz")
check_eq "a gzip body lands decoded" "$(sum "$FIX/alpha.xml")" \
    "$(sum "$T_TMP/gz")"

out=$("$GET" "$U/truncated" "$T_TMP/cut"); rc=$?
check_eq "a cut connection fails" "1" "$rc"
check_eq "... and says so" \
    "error: truncated: the connection closed before the whole document came" \
    "$(echo "$out" | sed -n 1p)"
out=$("$GET" "$U/reset" "$T_TMP/reset"); rc=$?
check_eq "a reset connection fails" "1" "$rc"
check_match "... and says so" "^error: (the connection was reset|truncated)" \
    "$(echo "$out" | sed -n 1p)"

out=$("$GET" "file://$FIX/beta.xml" "$T_TMP/beta")
check_eq "file:// into a file too" "$(sum "$FIX/beta.xml")" \
    "$(sum "$T_TMP/beta")"

plan "$T_N"
done_testing
