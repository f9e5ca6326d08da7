#!/bin/sh
# tests/cli/config-paths.sh: cache-file sets the cache's place (-c wins);
# error-log gets every error and warning appended, mode 0600;
# --import-newsboat never keeps newsboat's cache-file.
. "$TOP_SRCDIR/tests/lib.sh"
plan 10
t_home
U="$T_TMP/urls"
CONF="$T_TMP/config"
cat >"$T_TMP/a.xml" <<EOT
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>A</title>
<item><title>One</title><guid>a-1</guid></item>
</channel></rss>
EOT
printf 'file://%s\nnot-a-feed-address\n' "$T_TMP/a.xml" >"$U"
cat >"$CONF" <<EOT
cache-file "$T_TMP/elsewhere/mine.db"
error-log "$T_TMP/errors.log"
no-such-command here
EOT

run_td -u "$U" -C "$CONF" -x reload
check "the cache is where cache-file says" test -s "$T_TMP/elsewhere/mine.db"
check "not at the default place" test ! -e "$HOME/.local/share/tidings/cache.db"
run_td -u "$U" -C "$CONF" -x print-unread
check_eq "the next run reads it there" "1 unread article" "$T_OUT"
run_td -u "$U" -C "$CONF" -c "$T_TMP/cli.db" -x reload
check "-c on the command line wins" test -s "$T_TMP/cli.db"
check_match "error-log has the bad feed's warning" \
    'urls:2: not a feed address' \
    "$(cat "$T_TMP/errors.log")"
check_match "and the config's warning" \
    '^[0-9T:-]+Z warn: .*no-such-command' "$(cat "$T_TMP/errors.log")"
check_eq "the log is the user's alone" 600 \
    "$(stat -c %a "$T_TMP/errors.log")"
n=$(wc -l <"$T_TMP/errors.log")
run_td -u "$U" -C "$CONF" -x reload
check "a later run appends" test "$(wc -l <"$T_TMP/errors.log")" -gt "$n"

# --import-newsboat: newsboat's cache-file is commented out.
NB="$T_TMP/nb"
mkdir -p "$NB"
printf 'http://example.localhost/feed\n' >"$NB/urls"
printf 'cache-file "%s/cache.db"\nshow-read-feeds no\n' "$NB" >"$NB/config"
run_td --import-newsboat "$NB"
out=$(cat "$XDG_CONFIG_HOME/tidings/config" 2>/dev/null)
check_match "the imported config comments cache-file out" \
    "^# cache-file" "$out"
check_match "and keeps the rest" "^show-read-feeds no" "$out"
