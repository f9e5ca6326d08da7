#!/bin/sh
# store-run.sh: the store benchmark (never a test).  Builds a cache of
# 1,000,000 articles in 1,000 feeds through the store API (once; kept in
# $BENCH_DIR), then times, each in a fresh process, best of 5 runs:
# open + feed list, print-unread (the real binary), one article-list page,
# the first page of all unread, and full-text searches; with peak RSS and
# the cache's size on disk; then page costs deep in the 1M-article list
# (store-query pages).  With NEWSBOAT=1 and newsboat installed, also
# measures newsboat and tidings side by side on the shared 100k corpus.
#
#   make bench   (or: TOP_BUILDDIR=... TIDINGS=... sh bench/store-run.sh)
#   FEEDS=1000 ITEMS=1000 BODY=1500 BENCH_DIR=/tmp/tidings-bench-store
set -u
: "${TOP_BUILDDIR:?}" "${TIDINGS:?}"
FEEDS=${FEEDS:-1000}
ITEMS=${ITEMS:-1000}
BODY=${BODY:-1500}
BENCH_DIR=${BENCH_DIR:-/tmp/tidings-bench-store}
GEN="$TOP_BUILDDIR/bench/store-gen"
Q="$TOP_BUILDDIR/bench/store-query"
mkdir -p "$BENCH_DIR"
cache="$BENCH_DIR/cache-$FEEDS-$ITEMS-$BODY.db"

if [ ! -f "$cache.done" ]; then
	rm -f "$cache" "$cache-wal" "$cache-shm"
	echo "building $cache ($FEEDS feeds x $ITEMS articles, ~$BODY B bodies)"
	/usr/bin/time -f "fill: %e s wall, %M KiB peak RSS" \
	    "$GEN" "$cache" "$FEEDS" "$ITEMS" "$BODY" || exit 1
	touch "$cache.done"
fi
set -- $(cat "$cache.words")
common=$1 middling=$2 rare=$3

# best MODE ARGS...: best wall time (ms) and RSS of 5 fresh processes; for
# searches also the best time to the first page (before counting).
best() {
	i=0
	while [ $i -lt 5 ]; do
		"$Q" "$cache" "$@" || return 1
		i=$((i + 1))
	done | awk '{ ms = rss = fp = ""
		for (k = 2; k <= NF; k++) { split($k, a, "=")
			if (a[1] == "ms") ms = a[2]; if (a[1] == "rss_kib") rss = a[2]
			if (a[1] == "first_page_ms") fp = a[2]
			if (a[1] == "total") tot = a[2] }
		if (best == "" || ms + 0 < best + 0) { best = ms; brss = rss }
		if (fp != "" && (bfp == "" || fp + 0 < bfp + 0)) bfp = fp }
		END { printf "%-34s %8.1f ms %8d KiB", name, best, brss
		if (bfp != "") printf "  (first page %.1f ms, %d matches)", bfp, tot
		printf "\n" }' name="$*"
}

echo "== tidings store, $(du -k "$cache" | cut -f1) KiB on disk" \
    "($(du -k "$cache.words" >/dev/null; ls -l "$cache" | awk '{print $5}') bytes)"
best feeds
best unread
best page 500
best unread-page
best search "$common"
best search "$middling"
best search "$rare"
best search "$middling $rare"

# Article-list pages of all 1M articles: at row 0 and deep (100 from the
# end, then the middle), by OFFSET, by keyset, and through the model.
"$Q" "$cache" pages || exit 1
"$Q" "$cache" pages $((FEEDS * ITEMS / 2)) || exit 1

# print-unread through the real binary (read-only open, counters): wall
# time around the whole process, RSS from time(1).
if [ -x "$TIDINGS" ]; then
	i=0
	while [ $i -lt 5 ]; do
		t0=$(date +%s%N)
		"$TIDINGS" -c "$cache" -x print-unread >/dev/null
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000))
		i=$((i + 1))
	done | sort -n | head -1 | awk '{ printf "%-34s %8.1f ms", \
	    "tidings -x print-unread", $1 / 1000 }'
	/usr/bin/time -f " %M" "$TIDINGS" -c "$cache" -x print-unread 2>&1 \
	    >/dev/null | awk '{ printf " %8d KiB\n", $1 }'
	"$TIDINGS" -c "$cache" -x print-unread
fi

# Side by side with newsboat on the 100k corpus (slow: minutes).
if [ "${NEWSBOAT:-0}" = 1 ] && command -v newsboat >/dev/null &&
    [ -n "${SHARED_DIR:-}" ] && [ -f "$SHARED_DIR/bench/gen_corpus.py" ]; then
	nb="$BENCH_DIR/nb100k"
	mkdir -p "$nb/home"
	if [ ! -f "$nb/corpus/manifest.tsv" ]; then
		python3 "$SHARED_DIR/bench/gen_corpus.py" --feeds 500 \
		    --items 200 --out "$nb/corpus" >/dev/null || exit 1
	fi
	for f in "$nb"/corpus/*.xml; do echo "file://$f"; done >"$nb/urls"
	rm -f "$nb/newsboat.db" "$nb/tidings.db"*
	echo "== 100k corpus (500 feeds x 200), reload from file://"
	HOME="$nb/home" /usr/bin/time -f "%e %M" newsboat -u "$nb/urls" \
	    -c "$nb/newsboat.db" -x reload 2>&1 >/dev/null | tail -1 |
	    awk '{ printf "%-28s %8.1f s %8d KiB\n", "newsboat -x reload", $1, $2 }'
	HOME="$nb/home" /usr/bin/time -f "%e %M" "$TIDINGS" -u "$nb/urls" \
	    -c "$nb/tidings.db" -x reload 2>&1 >/dev/null | tail -1 |
	    awk '{ printf "%-28s %8.1f s %8d KiB\n", "tidings -x reload", $1, $2 }'
	HOME="$nb/home" /usr/bin/time -f "%e %M" newsboat -u "$nb/urls" \
	    -c "$nb/newsboat.db" -x print-unread 2>&1 >/dev/null | tail -1 |
	    awk '{ printf "%-28s %8.3f s %8d KiB\n", "newsboat -x print-unread", $1, $2 }'
	HOME="$nb/home" /usr/bin/time -f "%e %M" "$TIDINGS" -u "$nb/urls" \
	    -c "$nb/tidings.db" -x print-unread 2>&1 >/dev/null | tail -1 |
	    awk '{ printf "%-28s %8.3f s %8d KiB\n", "tidings -x print-unread", $1, $2 }'
	echo "newsboat cache: $(ls -l "$nb/newsboat.db" | awk '{print $5}') bytes;" \
	    "tidings cache: $(cat "$nb"/tidings.db* 2>/dev/null | wc -c) bytes"
fi
