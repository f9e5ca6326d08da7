#!/bin/sh
# fsize.sh: a reload under a file size limit (ulimit -f) that the cache
# outgrows.  Writes past the limit used to kill tidings with SIGXFSZ and
# no word; now they fail (EFBIG), the store says "file too large", the
# feed that did not fit is recorded as failed, and the cache stays whole:
# what was there before is still there, the integrity checks pass, and a
# reload without the limit stores the rest.
. "$TOP_SRCDIR/tests/lib.sh"
CHECK="$TOP_BUILDDIR/tests/store/crash-check"
[ -x "$CHECK" ] || skip_all "tests/store/crash-check not built"
plan 9
t_home
CACHE="$T_TMP/cache.db"
URLS="$T_TMP/urls"
BIG="$T_TMP/big.xml"
echo "file://$TOP_SRCDIR/tests/fixtures/fetch/alpha.xml" >"$URLS"
run_td -u "$URLS" -c "$CACHE" -x reload
check_eq "the cache is made without a limit" 0 "$T_RC"

# 300 articles of 8 KB of text that packs badly: about 2.4 MB to write.
awk 'BEGIN { srand(7); print "<rss version=\"2.0\"><channel><title>Big</title>"
	for (i = 0; i < 300; i++) {
		printf "<item><guid>b%d</guid><title>Big %d</title><description>", i, i
		for (j = 0; j < 8000; j++)
			printf "%c", substr("abcdefghij klmnopqrstuvwxyz", int(rand() * 27) + 1, 1)
		print "</description></item>"
	}
	print "</channel></rss>" }' >"$BIG"
echo "file://$BIG" >>"$URLS"

# 600 blocks (300 KB in 512-byte blocks, 600 KB in 1024-byte ones): more
# than the cache now holds, far less than the big feed needs.
(ulimit -f 600 && exec "$TIDINGS" -u "$URLS" -c "$CACHE" -x reload) \
    >"$T_TMP/out" 2>"$T_TMP/err" </dev/null
rc=$?
ERR=$(cat "$T_TMP/err")
check_eq "the reload is not killed by SIGXFSZ" 0 "$rc"
check_match "the store says the file is too large" \
    "cache.db: file too large: the file size limit \\(ulimit -f\\) was reached; nothing was written" \
    "$ERR"
# (Alpha may fail with it: feeds are written in groups, one transaction.)
check_match "the summary counts the feed as failed" \
    "2 feeds: 0 updated, [01] not modified, [12] failed; 0 new articles" \
    "$(cat "$T_TMP/out")"
run_td -u "$URLS" -c "$CACHE" -x errors
check_match "-x errors names the big feed" "^file://$BIG: " "$T_OUT"

: >"$T_TMP/empty.log"
"$CHECK" "$CACHE" "$T_TMP/empty.log" >"$T_TMP/check.out" 2>&1
check_eq "the cache passes the integrity checks" 0 "$?"
run_td -c "$CACHE" -x print-unread
check_eq "what was there before is still there" "3 unread articles" "$T_OUT"
run_td -u "$URLS" -c "$CACHE" -x reload
check_eq "without the limit, the rest is stored" 0 "$T_RC"
run_td -c "$CACHE" -x print-unread
check_eq "and counted" "303 unread articles" "$T_OUT"
done_testing
