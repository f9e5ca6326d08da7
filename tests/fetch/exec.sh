#!/bin/sh
# tests/fetch/exec.sh: exec: sources through -x reload.  The command is
# run by /bin/sh -c as in newsboat (pipes, quoting, variables).  A command that
# leaves a child holding its stdout (sh -c 'sleep 100 & cat feed') is read
# when it exits, not reported as never finishing; a command that times out
# is stopped with its children; no process of either survives the reload
# (checked by PID), nor a reload ended by SIGTERM.
. "$TOP_SRCDIR/tests/lib.sh"
plan 11
t_home
FIX="$TOP_SRCDIR/tests/fixtures/fetch"
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"
cat >"$URLS" <<EOT
"exec:sh -c 'sleep 100 & echo \$! >$T_TMP/left.pid; cat $FIX/alpha.xml'"
"exec:sh -c 'sleep 100 & echo \$! >$T_TMP/slow.pid; sleep 100'"
EOT
export TIDINGS_FETCH_TIMEOUT=2

# gone PID: the process has exited (a zombie counts), waiting up to 10 s
# for a signal already sent to take effect.
gone() {
	i=0
	while [ $i -lt 200 ]; do
		kill -0 "$1" 2>/dev/null || return 0
		st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)
		case $st in Z|X|'') return 0 ;; esac
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

run_td -u "$URLS" -c "$CACHE" -x reload
check_match "the reload reads the one and fails the other" \
    '2 feeds: 1 updated, 0 not modified, 1 failed; 3 new articles' "$T_OUT"
run_td -u "$URLS" -c "$CACHE" -x errors
check_eq "the command with a child left is not reported" 1 \
    "$(printf '%s\n' "$T_OUT" | grep -c .)"
check_match "the slow one did not finish" \
    "slow.pid; sleep 100': exec: the command did not finish within 2 s\$" "$T_OUT"
check "the child left holding stdout is gone" gone "$(cat "$T_TMP/left.pid")"
check "the slow command's child is gone" gone "$(cat "$T_TMP/slow.pid")"
check_eq "neither command is still running" "" \
    "$(ps -eo pid=,args= | grep -F "$T_TMP/" | grep -v grep)"

# Ended by a signal mid-reload: the commands go too (they are process
# groups of their own, out of reach of the terminal's Ctrl-C).
cat >"$T_TMP/urls2" <<EOT
"exec:sh -c 'echo \$\$ >$T_TMP/lead.pid; sleep 100 & echo \$! >$T_TMP/kid.pid; wait'"
EOT
TIDINGS_FETCH_TIMEOUT=600 "$TIDINGS" -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" \
    -x reload >/dev/null 2>&1 </dev/null &
TPID=$!
i=0
while [ ! -s "$T_TMP/kid.pid" ] && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -TERM "$TPID"
wait "$TPID"
check_eq "SIGTERM ends the reload as SIGTERM" 143 "$?"
both_gone() {
	gone "$(cat "$T_TMP/lead.pid")" && gone "$(cat "$T_TMP/kid.pid")"
}
check "and its command and the command's child are gone" both_gone

# /bin/sh -c: a pipeline, quoting and a variable of the command's own.
cp "$FIX/alpha.xml" "$T_TMP/a b.xml"
cat >"$T_TMP/urls3" <<EOT
"exec:cat '$T_TMP/a b.xml' | sed -e '/Alpha-2/d'"
"exec:f=\"$T_TMP/a b.xml\"; grep -v Alpha-1 \"\$f\" | grep -v Alpha-3"
EOT
run_td -u "$T_TMP/urls3" -c "$T_TMP/cache3.db" -x reload
check_match "pipes, quotes and variables work as in a shell" \
    '2 feeds: 2 updated, 0 not modified, 0 failed; 3 new articles' "$T_OUT"
# a syntax error is the shell's, reported as its exit status
printf '%s\n' '"exec:cat <"' >"$T_TMP/urls4"
run_td -u "$T_TMP/urls4" -c "$T_TMP/cache4.db" -x reload
run_td -u "$T_TMP/urls4" -c "$T_TMP/cache4.db" -x errors
check_match "a shell syntax error fails the feed" \
    'exec: the command failed with exit status 2$' "$T_OUT"
# the cap holds for a pipeline too
printf '%s\n' '"exec:head -c 100000 /dev/zero | cat"' >"$T_TMP/urls5"
TIDINGS_FETCH_MAX_BYTES=50000 run_td -u "$T_TMP/urls5" \
    -c "$T_TMP/cache5.db" -x reload
run_td -u "$T_TMP/urls5" -c "$T_TMP/cache5.db" -x errors
check_match "the size cap stops a pipeline" \
    'exec: the output is larger than the 50000 bytes limit$' "$T_OUT"
done_testing
