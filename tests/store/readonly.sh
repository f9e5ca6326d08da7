#!/bin/sh
# readonly.sh: a healthy cache on storage tidings may not write (a
# read-only mount; a directory another user owns) still answers the
# commands that only read (-x print-unread, -x errors, -e), and a command
# that writes fails with a "read-only" reason, leaving the cache as it
# was.  Root ignores permissions, so the read-only storage is a read-only
# bind mount in a mount namespace of its own (unshare -m, or -rm in a
# user namespace); only where neither works and we are root is it
# skipped.  The other user's directory runs as nobody via setpriv.
. "$TOP_SRCDIR/tests/lib.sh"
plan 14
t_home
RO="$T_TMP/ro"
mkdir -p "$RO"
URLS="$T_TMP/urls"
CACHE="$RO/cache.db"
echo "file://$TOP_SRCDIR/tests/fixtures/fetch/alpha.xml" >"$URLS"
run_td -u "$URLS" -c "$CACHE" -x reload
check_eq "the cache is made" 0 "$T_RC"
BEFORE=$(cd "$RO" && ls -a && cksum cache.db)

# Is DIR read-only inside `unshare ARGS`?
ro_probe() {
	unshare "$@" --propagation private sh -c 'mount --bind -o ro "$1" "$1" &&
	    ! touch "$1/.probe" 2>/dev/null' sh "$RO" 2>/dev/null
}
if ro_probe -m; then RO_HOW="-m"
elif ro_probe -rm; then RO_HOW="-rm"
elif [ "$(id -u)" != 0 ]; then RO_HOW=chmod
else RO_HOW=
fi

# capture CMD...: run CMD like run_td runs tidings (T_OUT, T_ERR, T_RC).
capture() {
	"$@" >"$T_TMP/out" 2>"$T_TMP/err" </dev/null
	T_RC=$?
	T_OUT=$(cat "$T_TMP/out")
	T_ERR=$(cat "$T_TMP/err")
}

# skip_n N DESC: N skipped checks.
skip_n() {
	i=0
	while [ $i -lt "$1" ]; do
		ok "$2"
		i=$((i + 1))
	done
}

# ro_td ARGS...: run_td with $RO read-only.
ro_td() {
	case $RO_HOW in
	chmod)
		chmod a-w "$RO"
		run_td "$@"
		chmod u+w "$RO" ;;
	*)
		capture unshare $RO_HOW --propagation private sh -c \
		    'mount --bind -o ro "$1" "$1" && shift && exec "$@"' sh \
		    "$RO" "$TIDINGS" "$@" ;;
	esac
}

if [ -z "$RO_HOW" ]; then
	skip_n 6 "read-only storage # SKIP no mount namespace here, and root ignores permissions"
else
	diag "read-only storage by: ${RO_HOW#-}"
	ro_td -c "$CACHE" -x print-unread
	check_eq "read-only storage: print-unread works" \
	    "0: 3 unread articles" "$T_RC: $T_OUT"
	ro_td -u "$URLS" -c "$CACHE" -x errors
	check_eq "read-only storage: -x errors works" "0: " "$T_RC: $T_OUT"
	ro_td -u "$URLS" -c "$CACHE" -e
	check_match "read-only storage: -e exports the feed" \
	    'xmlUrl="file://[^"]*alpha.xml"' "$T_OUT"
	ro_td -u "$URLS" -c "$CACHE" -x reload
	check_eq "read-only storage: -x reload fails" 1 "$T_RC"
	check_eq "with a read-only reason" \
	    "tidings: $CACHE: the cache is read-only here (Read-only file system); this command needs to write to it" \
	    "$T_ERR"
	check_eq "and the cache is as it was" "$BEFORE" \
	    "$(cd "$RO" && ls -a && cksum cache.db)"
fi

# A writer killed with changes still in its log (-wal and -shm left):
# read as it is; without the -shm (copied without it), refused with the
# reason rather than read without the log's changes.
W="$TOP_BUILDDIR/tests/store/crash-writer"
if [ -n "$RO_HOW" ] && [ -x "$W" ]; then
	WAL="$T_TMP/wal"
	mkdir -p "$WAL"
	"$W" "$WAL/cache.db" 1 >"$T_TMP/writer.log" 2>&1 &
	WPID=$!
	i=0
	while ! grep -q '^saved' "$T_TMP/writer.log" && [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	kill -9 "$WPID"
	wait "$WPID" 2>/dev/null
	RO_SAVE=$RO
	RO="$WAL"
	cp "$WAL/cache.db" "$WAL/cache.db-wal" "$T_TMP/"
	run_td -c "$T_TMP/cache.db" -x print-unread
	WANT=$T_OUT
	ro_td -c "$WAL/cache.db" -x print-unread
	check_eq "read-only storage, a log left: read with it" \
	    "0: $WANT" "$T_RC: $T_OUT"
	rm -f "$WAL/cache.db-shm"
	ro_td -c "$WAL/cache.db" -x print-unread
	check_eq "and without its -shm: refused with the reason" \
	    "tidings: $WAL/cache.db: the cache is read-only here and its last changes are still in $WAL/cache.db-wal; open it once where it can be written" \
	    "$T_ERR"
	RO=$RO_SAVE
else
	skip_n 2 "a log left on read-only storage # SKIP no read-only storage or no crash-writer"
fi

# Another user's directory: nobody may read the cache but not write.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1 &&
    id nobody >/dev/null 2>&1; then
	NR="$T_TMP/theirs"
	mkdir -p "$NR"
	cp "$CACHE" "$NR/cache.db"
	chmod 755 "$NR"
	chmod 644 "$NR/cache.db" "$URLS"
	chmod 711 "$T_TMP"
	BEFORE=$(cd "$NR" && ls -a && cksum cache.db)
	as_nobody() {
		capture setpriv --reuid="$(id -u nobody)" \
		    --regid="$(id -g nobody)" --clear-groups env \
		    HOME=/nonexistent XDG_CONFIG_HOME= XDG_DATA_HOME= \
		    "$TIDINGS" "$@"
	}
	as_nobody -c "$NR/cache.db" -x print-unread
	check_eq "another's directory: print-unread works" \
	    "0: 3 unread articles" "$T_RC: $T_OUT"
	as_nobody -u "$URLS" -c "$NR/cache.db" -x errors
	check_eq "another's directory: -x errors works" "0: " "$T_RC: $T_OUT"
	as_nobody -u "$URLS" -c "$NR/cache.db" -x reload
	check_eq "another's directory: -x reload fails" 1 "$T_RC"
	check_eq "with a read-only reason" \
	    "tidings: $NR/cache.db: the cache is read-only here (Permission denied); this command needs to write to it" \
	    "$T_ERR"
	check_eq "and the cache is as it was" "$BEFORE" \
	    "$(cd "$NR" && ls -a && cksum cache.db)"
	chmod 700 "$T_TMP"
else
	skip_n 5 "another user's directory # SKIP needs root, setpriv and a user nobody"
fi
done_testing
