#!/bin/sh
# tests/fetch/download.sh: podcast downloads (`-x reload` with
# podcast-auto-enqueue, then `-x download`) against the loopback server:
# a whole file, one cut mid-body and resumed with Range, a server that
# ignores Range (from zero again), a redirect, a file over the cap refused
# with nothing left behind, hostile names that stay inside download-path
# and run nothing, and a `kill -9` mid-download that the next run resumes.
# Every file is checked against the server's checksum.
. "$TOP_SRCDIR/tests/lib.sh"
command -v sha256sum >/dev/null 2>&1 || skip_all "sha256sum not found"
. "$TOP_SRCDIR/tests/fetch/lib-server.sh"
t_home
srv_start
U="http://127.0.0.1:$PORT"
DL="$T_TMP/dl"
sum() { sha256sum <"$1" | cut -d ' ' -f 1; }
want() {
	"$PYTHON3" -c 'import hashlib, random, sys
n = int(sys.argv[1])
print(hashlib.sha256(random.Random(n).randbytes(n)).hexdigest())' "$1"
}
item() {	# title url
	printf '<item><title>%s</title><guid>%s</guid><enclosure url="%s" type="audio/mpeg"/></item>\n' \
	    "$1" "$2" "$2"
}

{
	echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Pods</title>'
	item Whole "$U/blob/300000/whole.mp3"
	item Cut "$U/blob/200000/cut.mp3?cut=50000"
	item NoRange "$U/blob/150000/norange.mp3?norange=1&amp;cut=40000"
	item Moved "$U/rblob/100000/moved.mp3"
	item Big "$U/blob/2000000/big.mp3"
	item '; touch '"$T_TMP"'/pwned' "$U/blob/1000/..%2F..%2Fpwned-too"
	item Exec "exec:touch $T_TMP/pwned-exec"
	item File "file:///etc/passwd"
	echo '</channel></rss>'
} >"$T_TMP/pods.xml"
echo "file://$T_TMP/pods.xml" >"$T_TMP/urls"
cat >"$T_TMP/config" <<EOT
podcast-auto-enqueue yes
download-path "$DL"
download-filename-format "%t-%u"
podcast-max-size 1
max-downloads 2
player "sh -c 'touch $T_TMP/pwned-player'"
EOT
TD() { run_td -u "$T_TMP/urls" -c "$T_TMP/cache.db" -C "$T_TMP/config" "$@"; }

TD -x reload
check_match "a reload queues the new enclosures" "6 files queued" "$T_ERR"
TD -x download
check_eq "-x download fails when a file failed" "1" "$T_RC"
check_match "... and says so in one summary line" \
    "downloads: 5 finished, 1 failed, 0 left" "$T_ERR"
check_eq "... only one line" "1" "$(printf '%s\n' "$T_ERR" | wc -l | tr -d ' ')"
check_eq "a whole file: the server's checksum" "$(want 300000)" \
    "$(sum "$DL/Whole-whole.mp3")"
check_eq "a file cut mid-body is complete" "$(want 200000)" \
    "$(sum "$DL/Cut-cut.mp3")"
check_match "... resumed with Range from where it was cut" \
    "	206	.*	bytes=50000-$" "$(srv_log_for '^/blob/200000/')"
check_eq "a server that ignores Range: complete again" "$(want 150000)" \
    "$(sum "$DL/NoRange-norange.mp3")"
check_match "... it was asked for a Range and answered 200" \
    "	200	.*	bytes=40000-$" "$(srv_log_for '^/blob/150000/')"
check_eq "a redirect is followed" "$(want 100000)" \
    "$(sum "$DL/Moved-moved.mp3")"
check "a file over podcast-max-size is refused" \
    [ ! -e "$DL/Big-big.mp3" ]
check "... and no partial file is left" [ ! -e "$DL/Big-big.mp3.part" ]
check_eq "no .part is left of the files that finished" "" \
    "$(cd "$DL" && ls | grep '\.part$')"
check "a hostile title runs nothing" [ ! -e "$T_TMP/pwned" ]
check "... nor does the player (-x download never plays)" \
    [ ! -e "$T_TMP/pwned-player" ]
check "... and ../ in the URL writes nothing outside download-path" \
    [ ! -e "$T_TMP/pwned-too" ]
check_eq "... the file is inside download-path, made safe" \
    "; touch $(echo "$T_TMP" | tr / _)_pwned-.._.._pwned-too" \
    "$(cd "$DL" && ls | grep 'pwned-too')"
check "an exec: enclosure is never run" [ ! -e "$T_TMP/pwned-exec" ]
check_eq "... nor a file: one copied" "" "$(cd "$DL" && ls | grep -i 'passwd')"
check_eq "download-path holds only the queue's files" "5" \
    "$(ls "$DL" | wc -l | tr -d ' ')"
TD -x download
check_eq "a second run has nothing to fetch" "0 finished, 0 failed" \
    "$(printf '%s\n' "$T_ERR" | grep -o '[0-9]* finished, [0-9]* failed')"

# A restart: kill -9 in the middle of a slow download, then run again.
{
	echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>'
	item Slow "$U/blob/900000/slow.mp3?slow=30"
	echo '</channel></rss>'
} >"$T_TMP/slow.xml"
echo "file://$T_TMP/slow.xml" >"$T_TMP/urls"
rm -f "$T_TMP/cache.db"*
TD -x reload
"$TIDINGS" -u "$T_TMP/urls" -c "$T_TMP/cache.db" -C "$T_TMP/config" \
    -x download </dev/null >/dev/null 2>&1 &
pid=$!
part="$DL/Slow-slow.mp3.part"
i=0
size_of() { if [ -e "$1" ]; then wc -c <"$1" | tr -d ' '; else echo 0; fi; }
while [ "$(size_of "$part")" -lt 100000 ] && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -9 "$pid"
wait "$pid" 2>/dev/null
have=$(wc -c <"$part" | tr -d ' ')
check "killed mid-download: the .part holds part of the file" \
    [ "$have" -ge 100000 -a "$have" -lt 900000 ]
check "... and no finished file" [ ! -e "$DL/Slow-slow.mp3" ]
TD -x download
check_eq "the next run finishes it" "0" "$T_RC"
check_eq "... with the server's checksum" "$(want 900000)" \
    "$(sum "$DL/Slow-slow.mp3")"
check_match "... resuming with Range" "	206	.*	bytes=[1-9][0-9]*-$" \
    "$(srv_log_for '^/blob/900000/')"
check "... and the .part is gone" [ ! -e "$part" ]

# max-downloads 1: one file at a time, whatever max-per-host allows.
{
	echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Two</title>'
	item A "$U/blob/120000/a.mp3?slow=20"
	item B "$U/blob/130000/b.mp3?slow=20"
	item C "$U/blob/140000/c.mp3?slow=20"
	echo '</channel></rss>'
} >"$T_TMP/two.xml"
echo "file://$T_TMP/two.xml" >"$T_TMP/urls"
sed -i 's/^max-downloads .*/max-downloads 1/' "$T_TMP/config"
TD -x reload
TD -x download
check_match "max-downloads 1: all three fetched" "3 finished, 0 failed" "$T_ERR"
check_eq "... never two at once (the server saw one at a time)" "1" \
    "$(srv_log_for '^/blob/1[234]0000/' | cut -f 8 | sort -u | tr '\n' ' ' | tr -d ' ')"

# A 206 that is not the part asked for is refused, the .part untouched.
{
	echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Bad</title>'
	item Bad "$U/blob/100000/bad.mp3?cut=30000&amp;badrange=1"
	echo '</channel></rss>'
} >"$T_TMP/bad.xml"
echo "file://$T_TMP/bad.xml" >"$T_TMP/urls"
TD -x reload
TD -x download
check_match "a 206 of the wrong range fails the file" "0 finished, 1 failed" \
    "$T_ERR"
check_eq "... and the .part still holds just the good start" \
    "$("$PYTHON3" -c 'import hashlib, random
print(hashlib.sha256(random.Random(100000).randbytes(100000)[:30000]).hexdigest())')" \
    "$(sum "$DL/Bad-bad.mp3.part")"

plan "$T_N"
done_testing
