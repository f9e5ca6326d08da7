#!/bin/sh
# bench/fill.sh: fill an empty cache from file:// feeds (../shared/bench
# gen_corpus.py), tidings and newsboat in the same run, rounds
# interleaved, medians of RUNS: wall time, peak RSS, cache size, then
# -x print-unread on the filled caches.  A benchmark, not a test: it
# asserts nothing.  Needs python3 and /usr/bin/time; newsboat is optional.
#
#   TIDINGS=.../src/tidings SHARED_DIR=.../shared sh bench/fill.sh
#   FILLS="100x200 500x200" (FEEDSxITEMS, each a row), RUNS=3, NEWSBOAT=
set -u
: "${TIDINGS:?set TIDINGS to the tidings binary}"
: "${SHARED_DIR:?set SHARED_DIR to the shared material}"
FILLS=${FILLS:-100x200 500x200}
RUNS=${RUNS:-3}
PY=${PYTHON3:-python3}
# NEWSBOAT= (set and empty) leaves newsboat out.
NEWSBOAT=${NEWSBOAT-$(command -v newsboat || true)}
BENCH="$SHARED_DIR/bench"
[ -f "$BENCH/gen_corpus.py" ] || { echo "no $BENCH/gen_corpus.py; skipping"; exit 0; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time; skipping"; exit 0; }

W=$(mktemp -d "${TMPDIR:-/tmp}/tidings-fill.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
mkdir -p "$W/home"
export TIDINGS_RELOAD_FORCE=1
printf 'reload-threads 16\n' >"$W/nb.conf"
: >"$W/t.conf"

median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "0"; else
	    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# one NAME DB CMD...: one fill into an empty DB; appends time and RSS.
one() {
	name=$1 db=$2; shift 2
	rm -f "$db" "$db"-wal "$db"-shm
	/usr/bin/time -f '%e %M' -o "$W/time" "$@" >"$W/out" 2>"$W/err"
	echo "$(cut -d ' ' -f 1 "$W/time" | tail -n 1)" >>"$W/$name.t"
	echo "$(cut -d ' ' -f 2 "$W/time" | tail -n 1)" >>"$W/$name.rss"
	du -k "$db" | cut -f 1 >"$W/$name.kb"
}

# pu NAME CMD...: median wall time of print-unread (5 runs).
pu() {
	name=$1; shift
	: >"$W/$name.pu"
	for i in 1 2 3 4 5; do
		/usr/bin/time -f '%e' -o "$W/time" "$@" >/dev/null 2>&1
		tail -n 1 "$W/time" >>"$W/$name.pu"
	done
	median <"$W/$name.pu"
}

echo "fill from file://, $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg)"
for fill in $FILLS; do
	feeds=${fill%x*} items=${fill#*x}
	corpus=${TMPDIR:-/tmp}/tidings-bench-corpus-$feeds-$items
	if [ ! -f "$corpus/manifest.tsv" ]; then
		"$PY" "$BENCH/gen_corpus.py" --feeds "$feeds" --items "$items" \
		    --out "$corpus" >/dev/null || exit 1
	fi
	for f in $(cut -f 1 "$corpus/manifest.tsv" | grep -E '^feed-'); do
		echo "file://$corpus/$f"
	done >"$W/urls"
	rm -f "$W"/*.t "$W"/*.rss
	r=1
	while [ "$r" -le "$RUNS" ]; do
		one tidings "$W/t.db" env HOME="$W/home" \
		    XDG_CONFIG_HOME="$W/home/c" XDG_DATA_HOME="$W/home/d" \
		    "$TIDINGS" -u "$W/urls" -c "$W/t.db" -C "$W/t.conf" \
		    -x reload
		if [ -n "$NEWSBOAT" ]; then
			one newsboat "$W/nb.db" env HOME="$W/home" "$NEWSBOAT" \
			    -u "$W/urls" -c "$W/nb.db" -C "$W/nb.conf" -x reload
		fi
		r=$((r + 1))
	done
	tt=$(median <"$W/tidings.t") trss=$(median <"$W/tidings.rss")
	tpu=$(pu tidings "$TIDINGS" -u "$W/urls" -c "$W/t.db" -C "$W/t.conf" \
	    -x print-unread)
	printf '%-8s %-9s fill %6.2f s  peak RSS %6.1f MiB  cache %6.1f MiB  print-unread %.3f s\n' \
	    "$fill" tidings "$tt" "$(echo "$trss" | awk '{print $1/1024}')" \
	    "$(awk '{print $1/1024}' "$W/tidings.kb")" "$tpu"
	if [ -n "$NEWSBOAT" ]; then
		nt=$(median <"$W/newsboat.t") nrss=$(median <"$W/newsboat.rss")
		npu=$(pu newsboat env HOME="$W/home" "$NEWSBOAT" -u "$W/urls" \
		    -c "$W/nb.db" -C "$W/nb.conf" -x print-unread)
		printf '%-8s %-9s fill %6.2f s  peak RSS %6.1f MiB  cache %6.1f MiB  print-unread %.3f s\n' \
		    "$fill" newsboat "$nt" "$(echo "$nrss" | awk '{print $1/1024}')" \
		    "$(awk '{print $1/1024}' "$W/newsboat.kb")" "$npu"
		awk -v t="$tt" -v n="$nt" -v f="$fill" 'BEGIN {
		    printf "%-8s fill: tidings %.1fx faster than newsboat (target 20k <= 1.1 s, 100k < 6 s)\n",
		    f, (t > 0 ? n / t : 0) }'
	fi
done
