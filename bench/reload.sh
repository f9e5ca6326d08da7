#!/bin/sh
# bench/reload.sh: reload 200 feeds x 50 items from ../shared/bench/serve.py
# (--delay-ms 50, each feed under its own f0017.localhost host name), cold
# and then warm (all 304), for tidings and for newsboat (reload-threads 1
# and 16) in the same run.  Prints wall time, peak RSS and the server's
# counters for each, then tidings' ratios.  A benchmark, not a test: it
# asserts nothing.  Needs python3 and /usr/bin/time; newsboat is optional.
#
#   TIDINGS=.../src/tidings SHARED_DIR=.../shared sh bench/reload.sh
#   FEEDS=200 ITEMS=50 DELAY_MS=50 (environment) change the set-up;
#   RUNS=3: RUNS rounds, in each of which every contender does a cold +
#   warm pair (the cold one into a fresh cache); the medians are compared,
#   for this machine is small and noisy.
set -u
: "${TIDINGS:?set TIDINGS to the tidings binary}"
: "${SHARED_DIR:?set SHARED_DIR to the shared material}"
FEEDS=${FEEDS:-200}
ITEMS=${ITEMS:-50}
DELAY_MS=${DELAY_MS:-50}
RUNS=${RUNS:-3}
# newsboat's reload-threads to measure (1 takes ~13 s a reload).
NB_THREADS=${NB_THREADS:-16 1}
PY=${PYTHON3:-python3}
NEWSBOAT=${NEWSBOAT:-$(command -v newsboat || true)}
BENCH="$SHARED_DIR/bench"
[ -f "$BENCH/serve.py" ] || { echo "no $BENCH/serve.py; skipping"; exit 0; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time; skipping"; exit 0; }

W=$(mktemp -d "${TMPDIR:-/tmp}/tidings-bench.XXXXXX")
SRV=
trap 'if [ -n "$SRV" ]; then kill "$SRV" 2>/dev/null; wait "$SRV" 2>/dev/null; fi; rm -rf "$W"' EXIT INT TERM
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy

CORPUS=${CORPUS:-${TMPDIR:-/tmp}/tidings-bench-corpus-$FEEDS-$ITEMS}
if [ ! -f "$CORPUS/manifest.tsv" ]; then
	"$PY" "$BENCH/gen_corpus.py" --feeds "$FEEDS" --items "$ITEMS" \
	    --out "$CORPUS" >/dev/null || exit 1
fi
PORT=$("$PY" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$PY" "$BENCH/serve.py" --dir "$CORPUS" --port "$PORT" --delay-ms "$DELAY_MS" \
    --quiet 2>"$W/serve.err" &
SRV=$!
i=0
until "$PY" -c 'import sys, urllib.request
urllib.request.urlopen("http://127.0.0.1:%s/__stats" % sys.argv[1]).read()' \
    "$PORT" 2>/dev/null; do
	i=$((i + 1)); [ $i -gt 50 ] && { echo "serve.py did not start"; exit 1; }
	sleep 0.1
done

# One feed per host name, as on the internet.
for f in $(cut -f 1 "$CORPUS/manifest.tsv" | grep -E '^feed-[0-9]+\.'); do
	n=$(echo "$f" | sed 's/^feed-\([0-9]*\)\..*/\1/')
	echo "http://f$n.localhost:$PORT/$f"
done >"$W/urls"
NF=$(wc -l <"$W/urls" | tr -d ' ')

# serve.py gzips each file on its first request and keeps the result: ask
# for every feed once before timing, so no contender pays for that.
"$PY" -c 'import sys, urllib.request
from concurrent.futures import ThreadPoolExecutor
def get(u):
    u = "http://127.0.0.1:" + u.strip().split(":", 2)[2]
    r = urllib.request.Request(u, headers={"Accept-Encoding": "gzip"})
    urllib.request.urlopen(r).read()
with ThreadPoolExecutor(8) as ex:
    list(ex.map(get, open(sys.argv[1])))' "$W/urls" || exit 1

stats() {
	"$PY" -c 'import json, sys, urllib.request
s = json.load(urllib.request.urlopen("http://127.0.0.1:%s/__stats" % sys.argv[1]))
print("requests=%d 200=%d 304=%d conditional=%d gzip=%d max_concurrent=%d" % (
    s["requests"], s["status_200"], s["status_304"], s["conditional_requests"],
    s["gzip_responses"], s["max_concurrent"]))' "$PORT"
}
reset() {
	"$PY" -c 'import sys, urllib.request
urllib.request.urlopen("http://127.0.0.1:%s/__reset" % sys.argv[1]).read()' "$PORT"
}

# run NAME CMD...: time one reload; sets SECS and RSS_KB.
run() {
	name=$1; shift
	reset
	/usr/bin/time -f '%e %M %U %S' -o "$W/time" "$@" >"$W/out" 2>"$W/err"
	rc=$?
	SECS=$(cut -d ' ' -f 1 "$W/time" | tail -n 1)
	RSS_KB=$(cut -d ' ' -f 2 "$W/time" | tail -n 1)
	CPU=$(tail -n 1 "$W/time" | awk '{ printf "%.2f", $3 + $4 }')
	printf '%-22s %7.2f s %7.1f MiB  cpu %6.2f s  rc=%d  %s\n' "$name" \
	    "$SECS" "$(echo "$RSS_KB" | awk '{ print $1 / 1024 }')" "$CPU" \
	    "$rc" "$(stats)"
	tail -n 1 "$W/err" | sed 's/^/                       /'
}

echo "reload of $NF feeds x $ITEMS items, serve.py --delay-ms $DELAY_MS, $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg)"
"$TIDINGS" --version

# median of the numbers on stdin
median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else
	    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# pair NAME FRESH-CMD CMD...: one cold + warm pair; FRESH-CMD empties the
# cache first.  Appends to NAME's files of times and sizes.
pair() {
	pname=$1 fresh=$2; shift 2
	eval "$fresh"
	run "$pname cold" "$@"
	echo "$SECS" >>"$W/$pname.cold"; echo "$RSS_KB" >>"$W/$pname.cold-rss"
	run "$pname warm" "$@"
	echo "$SECS" >>"$W/$pname.warm"; echo "$RSS_KB" >>"$W/$pname.warm-rss"
}

# medians NAME: sets COLD, WARM, COLD_RSS, WARM_RSS from NAME's pairs.
medians() {
	COLD=$(median <"$W/$1.cold") WARM=$(median <"$W/$1.warm")
	COLD_RSS=$(median <"$W/$1.cold-rss") WARM_RSS=$(median <"$W/$1.warm-rss")
	printf '%-22s median of %d: cold %.2f s, warm %.2f s\n' "$1" \
	    "$RUNS" "$COLD" "$WARM"
}

# tidings: forced, so the feeds' <ttl> cannot turn the warm run into no run.
export TIDINGS_RELOAD_FORCE=1
mkdir -p "$W/home"
# tidings at its defaults (issue 20: 100 transfers at once, 2 per host).
: >"$W/t.conf"
printf 'reload-threads 1\n' >"$W/nb-1.conf"
printf 'reload-threads 16\n' >"$W/nb-16.conf"

# Rounds, each contender once a round: the machine's speed drifts over
# minutes, and this way the drift falls on all of them alike.
r=1
while [ "$r" -le "$RUNS" ]; do
	pair tidings 'rm -f "$W"/t.db*' env HOME="$W/home" \
	    XDG_CONFIG_HOME="$W/home/c" XDG_DATA_HOME="$W/home/d" \
	    "$TIDINGS" -u "$W/urls" -c "$W/t.db" -C "$W/t.conf" -x reload
	if [ -n "$NEWSBOAT" ]; then
		for th in $NB_THREADS; do
			pair "newsboat@$th" "rm -f \"\$W\"/nb-$th.db*" \
			    env HOME="$W/home" "$NEWSBOAT" -u "$W/urls" \
			    -c "$W/nb-$th.db" -C "$W/nb-$th.conf" -x reload
		done
	fi
	r=$((r + 1))
done

medians tidings
T_COLD=$COLD T_WARM=$WARM T_COLD_RSS=$COLD_RSS T_WARM_RSS=$WARM_RSS
N1_COLD= N16_COLD= N1_WARM= N16_WARM=
if [ -n "$NEWSBOAT" ]; then
	for th in $NB_THREADS; do
		medians "newsboat@$th"
		eval "N${th}_COLD=\$COLD N${th}_WARM=\$WARM"
	done
fi

echo
awk -v tc="$T_COLD" -v tw="$T_WARM" -v rc="$T_COLD_RSS" -v rw="$T_WARM_RSS" \
    -v n1c="$N1_COLD" -v n16c="$N16_COLD" -v n1w="$N1_WARM" -v n16w="$N16_WARM" '
function ratio(a, b) { return (b == "" || a == 0) ? "n/a" : sprintf("%.1fx", b / a) }
BEGIN {
	printf "tidings cold %.2f s: %s faster than newsboat@16, %s than newsboat@1 (target <= 1.3 s, newsraft at its defaults)\n", tc, ratio(tc, n16c), ratio(tc, n1c)
	printf "tidings all-304 %.2f s: %s faster than newsboat@16, %s than newsboat@1 (target <= 0.3 s)\n", tw, ratio(tw, n16w), ratio(tw, n1w)
	printf "tidings peak RSS %.1f MiB cold, %.1f MiB warm (target < 60 MiB)\n", rc / 1024, rw / 1024
}'
