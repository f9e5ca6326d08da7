#!/bin/sh
# crash.sh: kill a writer with SIGKILL at random moments, at least 50 times,
# and after each kill check the cache: integrity, every read state reported
# saved, deletions, counters (tests/store/crash-check.c).  Bounded in time:
# the sleeps before each kill add up to about 15 s.
. "$TOP_SRCDIR/tests/lib.sh"

W="$TOP_BUILDDIR/tests/store/crash-writer"
C="$TOP_BUILDDIR/tests/store/crash-check"
RUNS=${STORE_CRASH_RUNS:-50}
[ -x "$W" ] && [ -x "$C" ] || skip_all "crash-writer not built"

plan $((RUNS + 2))
cache="$T_TMP/cache.db"
log="$T_TMP/writer.log"
: >"$log"
# Sleep lengths from a seeded generator (dash has no $RANDOM); the seed
# is printed so a failure can be replayed with STORE_CRASH_SEED.
seed=${STORE_CRASH_SEED:-$(date +%s)}
diag "seed $seed"
sleeps=$(awk -v n="$RUNS" -v s="$seed" 'BEGIN { srand(s);
	for (i = 0; i < n; i++) printf "%.3f\n", 0.02 + rand() * rand() * 0.6 }')
start=$(date +%s)
i=0
for t in $sleeps; do
	i=$((i + 1))
	"$W" "$cache" "$seed$i" >>"$log" 2>>"$T_TMP/writer.err" &
	pid=$!
	sleep "$t"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if out=$("$C" "$cache" "$log" 2>&1); then
		ok "kill $i after ${t}s: $out"
	else
		not_ok "kill $i after ${t}s"
		diag "$out"
		cp "$cache" "$T_TMP/failed-$i.db" 2>/dev/null
	fi
	# Never let a slow machine run away with the suite.
	if [ $(($(date +%s) - start)) -gt 120 ]; then
		while [ "$i" -lt "$RUNS" ]; do
			i=$((i + 1)); ok "kill $i # SKIP time budget spent"
		done
		break
	fi
done
saved=$(grep -c '^saved ' "$log")
diag "$saved read states reported saved in all"
check "the writers saved read states between kills" [ "$saved" -gt 0 ]
check_nomatch "no writer reported an error" "crash-writer:" \
    "$(grep -v 'cache in use' "$T_TMP/writer.err" 2>/dev/null)"
done_testing
