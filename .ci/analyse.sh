#!/bin/bash
# .ci/analyse.sh: static analysis, each analyser one line "NAME: ok" or
# "NAME: FAILED" (after its findings); exits non-zero on any finding.
#   cppcheck    the checks in CPPCHECK_ENABLE below, over src/ and tests/
#   clang-tidy  the checks in .clang-tidy, over every file the build compiles
#   scan-build  the clang static analyser over a full build (tests included)
# Runs from the project root on a clean Debian 12 as root, no stdin; builds
# in a private copy of the tree (/tmp/tidings-analyse), so an in-tree build
# here is left alone.  About 4 minutes on 2 cores.
set -u
cd "$(dirname "$0")/.."
. .ci/lib-tree.sh
ci_apt cppcheck clang clang-tidy-14 clang-tools-14 || { echo "apt-get install: FAILED"; exit 1; }

root=$(pwd)
dir=/tmp/tidings-analyse
out=/tmp/tidings-analyse.out
ci_copy "$dir/src" || { echo "copy: FAILED"; exit 1; }
cd "$dir/src" || exit 1
fail=0

# A clang build that leaves one compile-command fragment per object
# (-MJ), joined into compile_commands.json for clang-tidy and cppcheck.
if ! { autoreconf -fi && ./configure -q --enable-tests CC=clang-14 \
    CFLAGS='-O0 -MJ $@.json' && make -j"$(nproc)" &&
    make -j"$(nproc)" check TESTS=; } >"$dir/build.log" 2>&1; then
	tail -30 "$dir/build.log"; echo "build: FAILED"; exit 1
fi
{ echo '['; find . -name '*.o.json' -exec cat {} + | sed '$s/,$//'; echo ']'; } \
    >compile_commands.json

# cppcheck: warning (undefined behaviour, leaks, bad va_list use, ...),
# performance and portability.  Not "style": its suggestions (const
# pointers, variable scope) are taste and would need hundreds of
# suppressions; not "information": it only reports unfound system headers.
CPPCHECK_ENABLE=warning,performance,portability
cppcheck -q -j"$(nproc)" --project=compile_commands.json \
    --enable=$CPPCHECK_ENABLE --inline-suppr --error-exitcode=1 \
    --suppressions-list="$root/.ci/cppcheck.supp" \
    --template='{file}:{line}: {severity}: {message} [{id}]' >"$out" 2>&1
if [ $? -eq 0 ] && ! grep -q . "$out"; then echo "cppcheck: ok"; else
	cat "$out"; echo "cppcheck: FAILED"; fail=1; fi

# clang-tidy: the checks and why some are off are in .clang-tidy.
files=$(sed -n 's/^ *"file": *"\([^"]*\)".*/\1/p' compile_commands.json | sort -u)
# shellcheck disable=SC2086 # one word per file
run-clang-tidy-14 -quiet -j "$(nproc)" -p . $files >"$out" 2>&1
if grep -Eq '(warning|error):' "$out"; then
	grep -E -A3 '(warning|error):' "$out"; echo "clang-tidy: FAILED"; fail=1
else echo "clang-tidy: ok"; fi

# scan-build: the clang analyser's default checkers plus the unix and
# security ones, over the whole build and the test programs.
make -s distclean >/dev/null 2>&1
if ! { ./configure -q --enable-tests CC=clang-14 CFLAGS=-O0 &&
    scan-build-14 -o "$dir/scan" --status-bugs -enable-checker security \
    -enable-checker unix -enable-checker optin.portability.UnixAPI \
    -disable-checker security.insecureAPI.DeprecatedOrUnsafeBufferHandling \
    sh -c 'make -j"$(nproc)" && make -j"$(nproc)" check TESTS='; } >"$out" 2>&1; then
	grep -E 'warning:' -A3 "$out" | head -200; echo "scan-build: FAILED"; fail=1
else echo "scan-build: ok"; fi
exit $fail
