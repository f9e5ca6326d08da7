#!/bin/sh
# print-unread.sh: `tidings -x print-unread` answers from the store's
# counters, read-only: beside a running writer too; a missing cache holds
# nothing; a file that is not a cache is refused and left as it was; and a
# second writer is told which PID holds the cache.
. "$TOP_SRCDIR/tests/lib.sh"

GEN="$TOP_BUILDDIR/bench/store-gen"
W="$TOP_BUILDDIR/tests/store/crash-writer"
[ -x "$GEN" ] && [ -x "$W" ] || skip_all "store tools not built"
plan 10
t_home
cache="$T_TMP/cache.db"

# 3 feeds x 10 articles; store-gen leaves every third feed unread.
"$GEN" "$cache" 3 10 300 >/dev/null 2>&1
run_td -c "$cache" -x print-unread
check_eq "unread count from the cache" "10 unread articles" "$T_OUT"
check_eq "exit status 0" 0 "$T_RC"

run_td -c "$T_TMP/nothing-here.db" -x print-unread
check_eq "no cache yet: nothing unread" "0 unread articles" "$T_OUT"
check "and no cache file made" [ ! -e "$T_TMP/nothing-here.db" ]

printf 'my notes, not a database\n' >"$T_TMP/notes"
run_td -c "$T_TMP/notes" -x print-unread
check_match "a foreign file is refused" "not a usable tidings cache" "$T_ERR"
check_eq "and left as it was" "my notes, not a database" "$(cat "$T_TMP/notes")"

# A writer at work: readers still answer; a second writer is turned away.
"$W" "$cache" 1 >/dev/null 2>&1 &
wpid=$!
sleep 0.5
run_td -c "$cache" -x print-unread
check_match "print-unread beside a writer" "^[0-9]+ unread articles$" "$T_OUT"
check_eq "without an error" "" "$T_ERR"
: >"$T_TMP/urls"
run_td -u "$T_TMP/urls" -c "$cache" -x reload
check_match "a second writer is told who holds the cache" \
    "cache in use by PID $wpid" "$T_ERR"
check "and fails" [ "$T_RC" -ne 0 ]
kill -9 "$wpid" 2>/dev/null
wait "$wpid" 2>/dev/null
done_testing
