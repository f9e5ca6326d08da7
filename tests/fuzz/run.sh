#!/bin/sh
# run.sh SRCDIR FUZZDIR NAME...: run each libFuzzer target FUZZDIR/fuzz-NAME
# for FUZZ_SECONDS (default 60) over its corpus and print one line each,
# "fuzz NAME: ok (N execs)" or "fuzz NAME: FAILED (...)".  New inputs go to
# FUZZDIR/corpus/NAME; the seeds (SRCDIR/tests/fuzz/seeds/NAME, the
# fixtures and SHARED_DIR/conformance where they fit) are only read.  A
# finding is saved as FUZZDIR/crashes/NAME/crash-* (leak-*, oom-*, ...) and
# the log kept in FUZZDIR/logs/NAME.log; a new file there fails the target.  Exit status 1 when any target failed.
# FUZZ_ARGS adds libFuzzer options (e.g. -jobs=1, -max_len=65536).
src=$1
dir=$2
shift 2
secs=${FUZZ_SECONDS:-60}
shared=${SHARED_DIR:-}
fail=0

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LC_ALL=C.UTF-8

# Seed directories of a target, those that exist.
seeds() {
	echo "$src/tests/fuzz/seeds/$1"
	case $1 in
	feed|json)
		echo "$src/tests/fixtures/feeds"
		[ -n "$shared" ] && for d in "$shared"/conformance/*/; do
			echo "${d%/}"
		done ;;
	html|quote)
		echo "$src/tests/fixtures/html"
		echo "$src/tests/fixtures/quotes" ;;
	opml)
		echo "$src/tests/fixtures/fetch" ;;
	esac
}

dict() {
	case $1 in
	feed|json) echo xml ;;
	html|quote) echo html ;;
	*) echo "$1" ;;
	esac
}

for name in "$@"; do
	prog=$dir/fuzz-$name
	corpus=$dir/corpus/$name
	crashes=$dir/crashes/$name
	log=$dir/logs/$name.log
	mkdir -p "$corpus" "$crashes" "$dir/logs"
	set --
	for d in $(seeds "$name"); do
		[ -d "$d" ] && set -- "$@" "$d"
	done
	d=$src/tests/fuzz/$(dict "$name").dict
	[ -f "$d" ] && set -- -dict="$d" "$@"
	before=$(ls "$crashes" | wc -l)
	# shellcheck disable=SC2086
	"$prog" -max_total_time="$secs" -timeout=25 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix="$crashes/" $FUZZ_ARGS \
	    "$corpus" "$@" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	# -fork=N prints no stat:: lines: take the last "#N" status line.
	[ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -n 1)
	# With -fork and -ignore_crashes libFuzzer exits 0 after findings.
	found=$(( $(ls "$crashes" | wc -l) - before ))
	[ "$rc" -eq 0 ] && [ "$found" -gt 0 ] && rc=1
	if [ "$rc" -eq 0 ]; then
		echo "fuzz $name: ok (${execs:-0} execs)"
	else
		what=$(grep -m 1 -E '^(==[0-9]+==ERROR|SUMMARY|.*check failed)' "$log")
		echo "fuzz $name: FAILED ($found in $crashes: ${what:-exit $rc}; see $log)"
		fail=1
	fi
done
exit $fail
