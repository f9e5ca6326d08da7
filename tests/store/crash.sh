#!/bin/sh
# crash.sh: kill a writer with SIGKILL at random moments, at least 50 times,
# and after each kill check the cache: integrity, every read state reported
# saved, deletions, counters (tests/store/crash-check.c).  Bounded in time:
# the sleeps before each kill add up to about 15 s.
# Then kill `tidings -x reload` RELOAD_KILLS times while it stores new
# articles from file:// feeds: every article in the cache must be found by
# the full-text index and have its quotations listed, whenever it died
# (the indexes are written with the articles, never after them).
. "$TOP_SRCDIR/tests/lib.sh"

W="$TOP_BUILDDIR/tests/store/crash-writer"
C="$TOP_BUILDDIR/tests/store/crash-check"
RUNS=${STORE_CRASH_RUNS:-50}
[ -x "$W" ] && [ -x "$C" ] || skip_all "crash-writer not built"

KILLS=${STORE_CRASH_RELOAD_KILLS:-12}
plan $((RUNS + KILLS + 3))
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

# feeds ROUND: 4 feeds of 30 new articles each (unique title words, one
# quotation by Ann Lee each) and the urls file.
feeds() {
	: >"$T_TMP/urls"
	for f in 0 1 2 3; do
		awk -v r="$1" -v f="$f" 'BEGIN {
			print "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F" f "</title>"
			for (i = 0; i < 30; i++) {
				printf "<item><guid>r%d-f%d-%d</guid><title>Story w%dx%dx%02d</title>", r, f, i, r, f, i
				printf "<description>&lt;p&gt;\"We will see,\" said Ann Lee. "
				for (k = 0; k < 300; k++) printf "word%d ", (k * 7 + i) % 997
				print "&lt;/p&gt;</description></item>"
			}
			print "</channel></rss>" }' >"$T_TMP/feed$f.xml"
		echo "file://$T_TMP/feed$f.xml" >>"$T_TMP/urls"
	done
}
rcache="$T_TMP/reload.db"
: >"$T_TMP/t.conf"
ksleeps=$(awk -v n="$KILLS" -v s="$seed" 'BEGIN { srand(s + 1);
	for (i = 0; i < n; i++) printf "%.3f\n", 0.05 + rand() * 0.8 }')
k=0
for t in $ksleeps; do
	k=$((k + 1))
	feeds "$k"
	TIDINGS_RELOAD_FORCE=1 "$TIDINGS" -u "$T_TMP/urls" -c "$rcache" \
	    -C "$T_TMP/t.conf" -x reload >/dev/null 2>>"$T_TMP/reload.err" &
	pid=$!
	sleep "$t"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if out=$("$C" --indexed "$rcache" "Ann Lee" 2>&1); then
		ok "reload killed $k after ${t}s: $out"
	else
		not_ok "reload killed $k after ${t}s"
		diag "$out"
		cp "$rcache" "$T_TMP/failed-reload-$k.db" 2>/dev/null
	fi
done
# One to the end, and the check again: nothing lost, nothing half-done.
TIDINGS_RELOAD_FORCE=1 "$TIDINGS" -u "$T_TMP/urls" -c "$rcache" \
    -C "$T_TMP/t.conf" -x reload >/dev/null 2>>"$T_TMP/reload.err"
out=$("$C" --indexed "$rcache" "Ann Lee" 2>&1)
check "after a whole reload: $out" [ $? -eq 0 ]
done_testing
