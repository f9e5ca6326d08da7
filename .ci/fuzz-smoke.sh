#!/bin/bash
# CI: a short libFuzzer run of every target in tests/fuzz.  A fresh Debian
# 12 as root, no standard input, run from the project root.  Installs clang
# and the build dependencies (the README's build command), builds a clone
# of the committed tree in its own directory (so the main build is left
# alone) with --enable-fuzzing, and runs each target over its seeds for
# FUZZ_RUNS inputs (default 30000) with a fixed seed, FUZZ_SECONDS (default
# 120) at most: the same inputs on every machine and every run, so the
# smoke says whether the tree regressed, not whether it was lucky (the
# long runs, make fuzz, explore).  One line "fuzz NAME: ok (N execs)" or
# "FAILED" each;
# exit status 1 on any finding (the inputs stay in $work/tests/fuzz/crashes).
set -u
cd "$(dirname "$0")/.."
root=$PWD
work=${FUZZ_WORK:-/tmp/tidings-fuzz}
secs=${FUZZ_SECONDS:-120}
runs=${FUZZ_RUNS:-30000}
start=$(date +%s)

export DEBIAN_FRONTEND=noninteractive
# The README's build command's package list (its first apt-get line).
pkgs=$(awk '/^    sudo apt-get/ {sub(/.*install -y /, ""); sub(/ &&.*/, ""); print; exit}' README)
[ -n "$pkgs" ] || { echo "fuzz build: FAILED (no apt-get line in README)"; exit 1; }
{ apt-get update -qq && apt-get install -y -qq $pkgs git clang-14 libclang-rt-14-dev; } \
    >/tmp/tidings-fuzz-apt.log 2>&1 || {
	tail -20 /tmp/tidings-fuzz-apt.log
	echo "fuzz build: FAILED (apt-get install)"; exit 1; }

shared=
[ -d "$root/../shared" ] && shared=$(cd "$root/../shared" && pwd)
rm -rf "$work"
git clone -q "$root" "$work" || { echo "fuzz build: FAILED (git clone)"; exit 1; }
cd "$work" || exit 1
log=$work/build.log
if ! { autoreconf -fi && ./configure --enable-fuzzing CC=clang-14 \
    ${shared:+--with-shared="$shared"} && make -j2; } >"$log" 2>&1; then
	tail -30 "$log"
	echo "fuzz build: FAILED (see $log)"; exit 1
fi
echo "fuzz build: ok"
FUZZ_ARGS="-seed=1 -runs=$runs ${FUZZ_ARGS:-}" \
    make -s fuzz FUZZ_SECONDS="$secs" 2>/dev/null | grep '^fuzz '
status=${PIPESTATUS[0]}
echo "fuzz smoke: $(( $(date +%s) - start )) s"
exit "$status"
