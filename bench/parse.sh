#!/bin/sh
# bench/parse.sh: parser throughput.  Times `tidings --parse - >/dev/null`
# on one big generated RSS feed (gen_corpus.py --huge-items 50000, about
# 290 MB) against libxml2's own floor (`xmllint --stream --noout`) and
# sfeed, in the same run, interleaved, best of $PARSE_BENCH_RUNS each (machines
# drift; the best run is the least disturbed one).  Prints MB/s by wall
# clock and by CPU time (user+sys), the ratios, and peak RSS.
#
# Build tidings without sanitizers for this (e.g. configure CFLAGS=-O2 in
# /tmp/b-parse-opt, then `make bench` there).
#
# Environment: TIDINGS (the binary), SHARED_DIR (../shared), BENCH_HUGE
# (feed path, default /tmp/tidings-huge.xml, generated when missing),
# BENCH_ITEMS (50000), PARSE_BENCH_RUNS (3; not BENCH_RUNS, which is the
# Makefile's list of scripts).
set -u

TIDINGS=${TIDINGS:-tidings}
SHARED_DIR=${SHARED_DIR:-}
HUGE=${BENCH_HUGE:-/tmp/tidings-huge.xml}
ITEMS=${BENCH_ITEMS:-50000}
RUNS=${PARSE_BENCH_RUNS:-3}
PYTHON3=${PYTHON3:-python3}

if [ ! -s "$HUGE" ]; then
	if [ -z "$SHARED_DIR" ] || [ ! -f "$SHARED_DIR/bench/gen_corpus.py" ]; then
		echo "parse.sh: no $HUGE and no \$SHARED_DIR/bench/gen_corpus.py; skipped"
		exit 0
	fi
	"$PYTHON3" "$SHARED_DIR/bench/gen_corpus.py" --huge-items "$ITEMS" \
	    --huge-out "$HUGE" || exit 1
fi
if ldd "$(command -v "$TIDINGS")" 2>/dev/null | grep -q 'libasan'; then
	echo "parse.sh: warning: $TIDINGS is a sanitizer build; figures are meaningless"
fi
size=$(wc -c <"$HUGE")
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=
tmp=${TMPDIR:-/tmp}/tidings-bench.$$
trap 'rm -f "$tmp"' EXIT INT TERM

# run NAME CMD...: one timed run; appends "NAME wall cpu rss_kb" to $tmp.res
run() {
	name=$1
	shift
	if [ -n "$TIME" ]; then
		"$TIME" -f '%e %U %S %M' -o "$tmp" "$@" <"$HUGE" >/dev/null 2>/dev/null
		st=$?
		read -r wall usr sys rss <"$tmp"
		cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
	else
		start=$(date +%s.%N)
		"$@" <"$HUGE" >/dev/null 2>/dev/null
		st=$?
		end=$(date +%s.%N)
		wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
		cpu=$wall
		rss=0
	fi
	if [ "$st" -ne 0 ]; then
		echo "parse.sh: $name failed (exit $st)" >&2
		exit 1
	fi
	echo "$name $wall $cpu $rss" >>"$tmp.res"
}

: >"$tmp.res"
trap 'rm -f "$tmp" "$tmp.res"' EXIT INT TERM
i=0
while [ "$i" -lt "$RUNS" ]; do
	run tidings "$TIDINGS" --parse -
	if command -v xmllint >/dev/null 2>&1; then
		run xmllint xmllint --stream --noout -
	fi
	if command -v sfeed >/dev/null 2>&1; then
		run sfeed sfeed
	fi
	i=$((i + 1))
done

awk -v size="$size" -v runs="$RUNS" '
{
	n = $1
	if (!(n in wall) || $2 < wall[n]) wall[n] = $2
	if (!(n in cpu) || $3 < cpu[n]) cpu[n] = $3
	if ($4 > rss[n]) rss[n] = $4
	if (!(n in seen)) { order[++k] = n; seen[n] = 1 }
}
END {
	mb = size / 1e6
	printf "feed: %.1f MB, best of %d runs each\n", mb, runs
	printf "%-9s %8s %9s %8s %9s %10s\n", "reader", "wall s", "MB/s", "cpu s", "MB/s cpu", "peak RSS"
	for (i = 1; i <= k; i++) {
		n = order[i]
		w = wall[n] > 0 ? wall[n] : 0.01
		c = cpu[n] > 0 ? cpu[n] : 0.01
		printf "%-9s %8.2f %9.1f %8.2f %9.1f %7.1f MiB\n", n, wall[n], mb / w, cpu[n], mb / c, rss[n] / 1024
	}
	for (i = 1; i <= k; i++) {
		n = order[i]
		if (n == "tidings") continue
		printf "tidings / %s throughput: %.2fx wall, %.2fx cpu\n", n, wall[n] / (wall["tidings"] > 0 ? wall["tidings"] : 0.01), cpu[n] / (cpu["tidings"] > 0 ? cpu["tidings"] : 0.01)
	}
}' "$tmp.res"
