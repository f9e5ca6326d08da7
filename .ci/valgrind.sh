#!/bin/bash
# .ci/valgrind.sh: the command-line and fetch test suites with every run
# of tidings under valgrind's memcheck, on a build without sanitizers.
# Passes ("valgrind: ok") when the suites pass and no run had a memory
# error or a definite leak; library-internal leaks only are suppressed,
# in .ci/valgrind.supp.  Runs from the project root on a clean Debian 12
# as root, no stdin; builds in a private copy (/tmp/tidings-valgrind).
set -u
cd "$(dirname "$0")/.."
. .ci/lib-tree.sh
ci_apt valgrind || { echo "apt-get install: FAILED"; exit 1; }
if ! locale -a 2>/dev/null | grep -qi '^de_DE.utf8$'; then
	sed -i 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen
	locale-gen >/dev/null 2>&1
fi

root=$(pwd)
dir=/tmp/tidings-valgrind
ci_copy "$dir/src" || { echo "copy: FAILED"; exit 1; }
cd "$dir/src" || exit 1
if ! { autoreconf -fi && ./configure -q --enable-tests CFLAGS='-O1 -g' &&
    make -j"$(nproc)" && make -j"$(nproc)" check TESTS=; } >"$dir/build.log" 2>&1; then
	tail -30 "$dir/build.log"; echo "build: FAILED"; exit 1
fi

# Every shell test that runs tidings outside tmux.
tests=$(ls tests/cli/*.sh tests/fetch/*.sh tests/store/print-unread.sh \
    tests/quote/quotes-by.sh tests/quote/fixtures.sh 2>/dev/null |
    grep -v '/lib-' | tr '\n' ' ')
logs="$dir/logs"
rm -rf "$logs" && mkdir -p "$logs"
cat >"$dir/tidings-vg" <<EOT
#!/bin/sh
exec valgrind --tool=memcheck --error-exitcode=97 --leak-check=full \\
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \\
    --num-callers=30 --child-silent-after-fork=yes --suppressions='$root/.ci/valgrind.supp' \\
    --log-file='$logs/%p.log' '$dir/src/src/tidings' "\$@"
EOT
chmod +x "$dir/tidings-vg"

# TESTS_ENVIRONMENT comes after automake's own, so TIDINGS is the wrapper.
make check TESTS="$tests" \
    TESTS_ENVIRONMENT="TIDINGS='$dir/tidings-vg'; export TIDINGS;" \
    >"$dir/check.log" 2>&1
status=$?
runs=$(ls "$logs" | wc -l)
# A run killed by SIGKILL (the tests that kill tidings mid-download or
# mid-write on purpose) writes no summary; memcheck prints an error when
# it happens, so such a log is bad only when it holds more than the
# header valgrind writes at the start.
bad= killed=0
for f in "$logs"/*.log; do
	[ -f "$f" ] || continue
	grep -q 'ERROR SUMMARY: 0 errors' "$f" && continue
	if ! grep -q 'ERROR SUMMARY:' "$f" &&
	    ! grep -v -E '^==[0-9]+== *((Memcheck|Copyright|Using|Command|Parent PID).*)?$' \
	    "$f" | grep -q .; then
		killed=$((killed + 1))
		continue
	fi
	bad="$bad $f"
done
[ "$killed" -eq 0 ] || echo "valgrind: $killed runs were killed before their summary (no error printed)"
# Suite failures are reported, but only memcheck's findings fail this
# script: under valgrind tidings runs ~20 times slower, and the checks of
# time-outs (reload.sh's slow-drip server) see other errors then.
if [ "$status" -ne 0 ]; then
	echo "(not counted) failed under valgrind:"
	grep -E '^(FAIL|ERROR|XPASS):' "$dir/check.log"
fi
if [ "$runs" -eq 0 ]; then
	echo "valgrind: no run of tidings was recorded: FAILED"; exit 1
fi
if [ -n "$bad" ]; then
	for f in $bad; do echo "---- $f"; grep -v '^==[0-9]*== *$' "$f" | head -60; done
	echo "valgrind ($runs runs, $(echo "$bad" | wc -w) with errors): FAILED"; exit 1
fi
echo "valgrind ($runs runs): ok"
