#!/bin/bash
# ttrss.sh: tidings against a real Tiny Tiny RSS (Debian 12's, JSON API):
# first and incremental sync (since_id), read and star pushed and pulled,
# the conflict rule, a server down for a while, a subscription removed on
# the server, 1,100 items paged (200 a call), mark-all-read as explicit
# ids.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/sync/lib-sync.sh"
tt_need_server
plan 20

state() { "$SYNC_ACT" "$T_TMP/cache.db" show "$@" | sed 's/^[0-9]* //'; }
art() { tt "\"op\":\"getArticle\",\"article_id\":\"$1\"" | js "(d['content'][0]['unread'], d['content'][0]['marked'])"; }

feed alpha 1 5
feed beta 1 3
A=$(tt_subscribe alpha)
B=$(tt_subscribe beta)
check_match "server has two feeds" '^[0-9]+ [0-9]+$' "$A $B"
tt_has "$A" 5; tt_has "$B" 3
sync
check_eq "first sync: exit 0" 0 $?
check_match "first sync: 2 feeds, 8 new articles" '^ttrss: 2 feeds, 8 new articles' "$(cat "$T_TMP/out")"
check_eq "first sync: 8 unread" 8 "$(unread_local)"
sync
check_match "second sync: nothing new" '2 feeds, 0 new articles' "$(cat "$T_TMP/out")"
feed alpha 1 6
tt "\"op\":\"updateFeed\",\"feed_id\":$A" > /dev/null
tt_has "$A" 6
sync
check_match "the new item comes (since_id)" '2 feeds, 1 new article' "$(cat "$T_TMP/out")"

IDS=$(tt '"op":"getHeadlines","feed_id":"-4","view_mode":"all_articles","order_by":"date_reverse","limit":"200"' | js '" ".join(str(h["id"]) for h in sorted(d["content"], key=lambda h: h["id"]))')
set -- $IDS
E1=$1 E2=$2 E3=$3 E4=$4 E5=$5 E6=$6
"$SYNC_ACT" "$T_TMP/cache.db" read "$E1"
"$SYNC_ACT" "$T_TMP/cache.db" star "$E2"
sync
check_match "pushed: 2 changes sent" '2 changes sent, 0 queued' "$(cat "$T_TMP/out")"
check_eq "server: item 1 read" "(False, False)" "$(art "$E1")"
check_eq "server: item 2 starred" "(True, True)" "$(art "$E2")"

tt "\"op\":\"updateArticle\",\"article_ids\":\"$E3\",\"field\":\"2\",\"mode\":\"0\"" > /dev/null
tt "\"op\":\"updateArticle\",\"article_ids\":\"$E4\",\"field\":\"0\",\"mode\":\"1\"" > /dev/null
sync
check_eq "pulled: item 3 read" "unread=0 starred=0" "$(state "$E3")"
check_eq "pulled: item 4 starred" "unread=1 starred=1" "$(state "$E4")"

# conflict: read here then unread again; read on the server: local wins
"$SYNC_ACT" "$T_TMP/cache.db" read "$E5"
"$SYNC_ACT" "$T_TMP/cache.db" unread "$E5"
tt "\"op\":\"updateArticle\",\"article_ids\":\"$E5\",\"field\":\"2\",\"mode\":\"0\"" > /dev/null
sync
check_eq "conflict: the local value stays and reaches the server" "unread=1 starred=0 (True, False)" "$(state "$E5") $(art "$E5")"

# the server down for a while
"$SYNC_ACT" "$T_TMP/cache.db" read "$E6"
kill "$(cat "$TTRSS_STATE/php.pid")"
for _ in $(seq 100); do curl -s -o /dev/null "$TT_URL/" || break; sleep 0.05; done
sync
check_eq "server down: the sync fails" 1 $?
check_match "server down: a clear message naming the call" '^tidings: ttrss: login: .*(onnect|refused)' "$(head -1 "$T_TMP/err")"
bash "$SYNC_DIR/tt-setup.sh" > "$T_TMP/tt-up.log" 2>&1
"${TD[@]}" --force -x reload > "$T_TMP/out" 2> "$T_TMP/err"
check_match "server back (--force): the queued change is sent" '1 changes sent, 0 queued' "$(cat "$T_TMP/out")"
check_eq "server: item 6 read" "(False, False)" "$(art "$E6")"

# a subscription removed on the server
tt "\"op\":\"unsubscribeFeed\",\"feed_id\":$B" > /dev/null
sync
check_match "a feed unsubscribed on the server goes" '1 feed, 0 new articles' "$(cat "$T_TMP/out")"

# 1,100 items, 200 a call
feed delta 1 1100
D=$(tt_subscribe delta)
# under load tt-rss may stop an update part way: update until it has all
for _ in 1 2 3 4 5; do
	n=$(tt '"op":"getFeeds","cat_id":"-3"' | js "[f['unread'] for f in d['content'] if f['id']==$D][0]")
	[ "$n" = 1100 ] && break
	tt "\"op\":\"updateFeed\",\"feed_id\":$D" > /dev/null
done
diag "tt-rss holds $n of delta's 1100 items"
before=$(unread_local)
sync
check_match "1,100 items in pages of 200" '2 feeds, 1100 new articles' "$(cat "$T_TMP/out")"
check_eq "and 1,100 more unread" $((before + 1100)) "$(unread_local)"

"$SYNC_ACT" "$T_TMP/cache.db" all-read
sync
check_eq "mark all read reached the server as explicit ids" 0 \
    "$(tt '"op":"getUnread"' | js 'd["content"]["unread"]')"
done_testing
