#!/bin/sh
# tests/cli/reset-unread.sh: reset-unread-on-update FEEDURL...: an article
# of a named feed whose content changed on reload is unread again; in
# other feeds, and when nothing changed, read stays read.
. "$TOP_SRCDIR/tests/lib.sh"
plan 6
t_home
U="$T_TMP/urls"
C="$T_TMP/cache.db"
CONF="$T_TMP/config"
# feed NAME TEXT1: a feed of two items, the first with TEXT1 as its body.
feed() {
	cat >"$T_TMP/$1.xml" <<EOT
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>$1</title>
<item><title>One</title><guid>$1-1</guid><description>$2</description></item>
<item><title>Two</title><guid>$1-2</guid><description>same</description></item>
</channel></rss>
EOT
}
feed a old
feed b old
printf 'file://%s\nfile://%s\n' "$T_TMP/a.xml" "$T_TMP/b.xml" >"$U"
printf 'reset-unread-on-update "file://%s"\n' "$T_TMP/a.xml" >"$CONF"
td() { run_td -u "$U" -c "$C" -C "$CONF" "$@"; }

td -x reload
check_eq "the first reload succeeds" 0 "$T_RC"
printf '%s\n' a-1 a-2 b-1 b-2 >"$T_TMP/read.txt"
td -I "$T_TMP/read.txt"
td -x print-unread
check_eq "all four read" "0 unread articles" "$T_OUT"

td -x reload --force
td -x print-unread
check_eq "an unchanged reload leaves them read" "0 unread articles" "$T_OUT"

feed a new
feed b new
td -x reload --force
check_eq "the reload with changes succeeds" 0 "$T_RC"
td -x print-unread
check_eq "only the named feed's changed article is unread again" \
    "1 unread article" "$T_OUT"
td -E "$T_TMP/out.txt"
check_eq "it is a-1: a-2 and the other feed's b-1 stay read" \
    "a-2 b-1 b-2" "$(sort "$T_TMP/out.txt" | tr '\n' ' ' | sed 's/ $//')"
