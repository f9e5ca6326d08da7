#!/bin/bash
# miniflux.sh: tidings against a real Miniflux 2.2.6 (Google Reader API):
# first and incremental sync, read and star pushed and pulled, a change by
# "another client" (the REST API), the conflict rule, a queued change
# surviving kill -9 and a server down for a while (backoff, then sent),
# subscriptions added and removed on the server, 1,200 items paged,
# mark-all-read sent as explicit ids, and no password in the cache or the
# messages.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/sync/lib-sync.sh"
sync_need_server
plan 49

state() { "$SYNC_ACT" "$T_TMP/cache.db" show "$@" | sed 's/^[0-9]* //'; }
entry() { rest GET "/v1/entries/$1" | js "(d['status'], d['starred'])"; }

# ---- first sync ------------------------------------------------------
feed alpha 1 5
feed beta 1 3
A=$(rest POST /v1/feeds "{\"feed_url\":\"$FEEDS/alpha.xml\",\"category_id\":1}" | js 'd["feed_id"]')
B=$(rest POST /v1/feeds "{\"feed_url\":\"$FEEDS/beta.xml\",\"category_id\":1}" | js 'd["feed_id"]')
check_match "server has two feeds" '^[0-9]+ [0-9]+$' "$A $B"
mf_has "$A" 5; mf_has "$B" 3
sync
check_eq "first sync: exit 0" 0 $?
check_match "first sync: 2 feeds, 8 new articles" '^miniflux: 2 feeds, 8 new articles' "$(cat "$T_TMP/out")"
check_eq "first sync: 8 unread" 8 "$(unread_local)"
check_match "sync-status: a last sync, nothing pending" \
    'pending changes: 0.*last sync: 2[0-9-]+ [0-9:]+ UTC' "$("${TD[@]}" -x sync-status | tr '\n' ' ')"

# ---- incremental -----------------------------------------------------
sync
check_match "second sync: nothing new" 'miniflux: 2 feeds, 0 new articles' "$(cat "$T_TMP/out")"
feed alpha 1 6
rest PUT "/v1/feeds/$A/refresh" > /dev/null
mf_has "$A" 6
sync
check_match "the server's new item comes, and only it" '2 feeds, 1 new article' "$(cat "$T_TMP/out")"
check_eq "9 unread" 9 "$(unread_local)"

# ---- read and star pushed --------------------------------------------
IDS=$(rest GET "/v1/entries?order=id&direction=asc&limit=100" | js '" ".join(str(e["id"]) for e in d["entries"])')
set -- $IDS
E1=$1 E2=$2 E3=$3 E4=$4 E5=$5 E6=$6 E7=$7
"$SYNC_ACT" "$T_TMP/cache.db" read "$E1"
"$SYNC_ACT" "$T_TMP/cache.db" star "$E2"
check_match "two changes queued" 'pending changes: 2 \(read state 1, stars 1\)' "$("${TD[@]}" -x sync-status)"
sync
check_match "sent: 2 changes" '2 changes sent, 0 queued' "$(cat "$T_TMP/out")"
check_eq "server: item 1 read" "('read', False)" "$(entry "$E1")"
check_eq "server: item 2 starred" "('unread', True)" "$(entry "$E2")"

# ---- pulled: another client changes the server -------------------------
rest PUT /v1/entries "{\"entry_ids\":[$E3],\"status\":\"read\"}" > /dev/null
rest PUT "/v1/entries/$E4/bookmark" > /dev/null
rest PUT /v1/entries "{\"entry_ids\":[$E1],\"status\":\"unread\"}" > /dev/null
sync
check_eq "pulled: item 3 read" "unread=0 starred=0" "$(state "$E3")"
check_eq "pulled: item 4 starred" "unread=1 starred=1" "$(state "$E4")"
check_eq "pulled: item 1 unread again" "unread=1 starred=0" "$(state "$E1")"
check_eq "nothing queued back from the server's changes" "0" \
    "$("${TD[@]}" -x sync-status | sed -n 's/^pending changes: \([0-9]*\).*/\1/p')"

# ---- conflict: changed on both sides since the last sync: local wins ----
"$SYNC_ACT" "$T_TMP/cache.db" read "$E5"
"$SYNC_ACT" "$T_TMP/cache.db" unread "$E5"
rest PUT /v1/entries "{\"entry_ids\":[$E5],\"status\":\"read\"}" > /dev/null
"$SYNC_ACT" "$T_TMP/cache.db" star "$E6"
rest PUT "/v1/entries/$E6/bookmark" > /dev/null
rest PUT "/v1/entries/$E6/bookmark" > /dev/null
sync
check_eq "conflict (read state): the local value stays" "unread=1 starred=0" "$(state "$E5")"
check_eq "conflict (read state): and reaches the server" "('unread', False)" "$(entry "$E5")"
check_eq "conflict (star): local star kept and sent" "('unread', True)" "$(entry "$E6")"

# ---- kill -9 and a server down for a while ------------------------------
"$SYNC_ACT" "$T_TMP/cache.db" read "$E7"
# a server that accepts and never answers: tidings is killed mid-call
"$PYTHON3" -c 'import socket,sys,time
s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(8)
open(sys.argv[1]+".tmp","w").write(str(s.getsockname()[1]))
import os; os.replace(sys.argv[1]+".tmp", sys.argv[1])
c=s.accept(); open(sys.argv[2],"w").write("x"); time.sleep(60)' "$T_TMP/hang.port" "$T_TMP/hang.accepted" &
HANG=$!
for _ in $(seq 100); do [ -s "$T_TMP/hang.port" ] && break; sleep 0.05; done
sed "s|^miniflux-url .*|miniflux-url \"http://127.0.0.1:$(cat "$T_TMP/hang.port")/\"|" "$T_TMP/config" > "$T_TMP/config.hang"
"$TIDINGS" -C "$T_TMP/config.hang" -u "$T_TMP/urls" -c "$T_TMP/cache.db" -x reload > /dev/null 2>&1 &
TPID=$!
for _ in $(seq 200); do [ -e "$T_TMP/hang.accepted" ] && break; sleep 0.05; done
kill -9 "$TPID"; wait "$TPID" 2> /dev/null
kill "$HANG"; wait "$HANG" 2> /dev/null
check_match "after kill -9 mid-sync the change is still queued" 'pending changes: 1 \(read state 1' "$("${TD[@]}" -x sync-status)"
kill "$(cat "$MF_STATE/miniflux.pid")"
for _ in $(seq 100); do curl -s -o /dev/null "$MF_URL/healthcheck" || break; sleep 0.05; done
sync
check_eq "server down: the sync fails" 1 $?
check_match "server down: a clear message naming the call" '^tidings: miniflux: ClientLogin: .*(onnect|refused)' "$(head -1 "$T_TMP/err")"
check_match "server down: the change waits, with a next try" 'pending changes: 1.*failed sends: up to 1 tries.*next try: 2' "$("${TD[@]}" -x sync-status | tr '\n' ' ')"
bash "$SYNC_DIR/mf-setup.sh" > "$T_TMP/mf-up.log" 2>&1
sync
check_match "server back, backoff not over: kept" '0 changes sent, 1 queued' "$(cat "$T_TMP/out")"
"${TD[@]}" --force -x reload > "$T_TMP/out" 2> "$T_TMP/err"
check_match "--force: sent" '1 changes sent, 0 queued' "$(cat "$T_TMP/out")"
check_eq "server: item 7 read" "('read', False)" "$(entry "$E7")"

# ---- subscriptions added and removed on the server ----------------------
feed gamma 1 2
G=$(rest POST /v1/feeds "{\"feed_url\":\"$FEEDS/gamma.xml\",\"category_id\":1}" | js 'd["feed_id"]')
mf_has "$G" 2
before=$(unread_local)
sync
check_match "a feed subscribed on the server comes" '3 feeds, 2 new articles' "$(cat "$T_TMP/out")"
bu=$(rest GET "/v1/feeds/$B/entries?status=unread&limit=1" | js 'd["total"]')
rest DELETE "/v1/feeds/$B" > /dev/null
sync
check_match "a feed unsubscribed on the server goes" '2 feeds, 0 new articles' "$(cat "$T_TMP/out")"
check_eq "its unread articles no longer count" $((before + 2 - bu)) "$(unread_local)"

# ---- 1,200 items, paged by 100 -----------------------------------------
feed delta 1 1200
D=$(rest POST /v1/feeds "{\"feed_url\":\"$FEEDS/delta.xml\",\"category_id\":1}" | js 'd["feed_id"]')
mf_has "$D" 1200
before=$(unread_local)
sync TIDINGS_SYNC_PAGE=100
check_match "1,200 items through 13 pages of ids" '3 feeds, 1200 new articles' "$(cat "$T_TMP/out")"
check_eq "and 1,200 more unread" $((before + 1200)) "$(unread_local)"

# ---- mark all read: explicit ids ----------------------------------------
"$SYNC_ACT" "$T_TMP/cache.db" all-read
sync
check_eq "mark all read reached the server (no unread left)" 0 \
    "$(rest GET '/v1/entries?status=unread&limit=1' | js 'd["total"]')"
check_eq "and nothing unread here" 0 "$(unread_local)"

# ---- the interface: the server's feeds, marks queued for the next sync ----
stars=$(rest GET '/v1/entries?starred=true&limit=1' | js 'd["total"]')
tui_start 100 24 "${TD[@]}"
check_screen "the interface lists the server's feeds" 'Delta'
check_nomatch "and not the one removed there" 'Beta' "$(tui_screen)"
tui_keys R
check_screen "R says the sync server has the feeds" 'The feeds come from the sync server'
tui_keys Enter
check_screen "a feed's articles" 'Articles in "Alpha"'
tui_keys s
sleep 0.3
tui_keys q q
check_screen "the interface ends" '\[exited 0\]'
sync
check_match "the star made in the interface is sent" '1 changes sent, 0 queued' "$(cat "$T_TMP/out")"
check_eq "and the server has one more starred" $((stars + 1)) \
    "$(rest GET '/v1/entries?starred=true&limit=1' | js 'd["total"]')"

# ---- credentials ---------------------------------------------------------
check_eq "the password is nowhere in the cache" 0 "$(cat "$T_TMP"/cache.db* | grep -c "$MF_GR_PASS")"
cat > "$T_TMP/config.bad" <<EOC
urls-source "miniflux"
miniflux-url "$MF_URL/"
miniflux-login "$MF_GR_USER"
miniflux-passwordeval "echo wrong-pass; echo second line"
EOC
"$TIDINGS" -C "$T_TMP/config.bad" -u "$T_TMP/urls" -c "$T_TMP/cache.db" -x reload > "$T_TMP/out" 2> "$T_TMP/err"
check_eq "a wrong password (from passwordeval): exit 1" 1 $?
check_match "refused, said clearly" 'miniflux: ClientLogin: refused \(HTTP 401\)' "$(cat "$T_TMP/err")"
check_nomatch "and the password is not in the message" 'wrong-pass' "$(cat "$T_TMP/err" "$T_TMP/out")"
# a server that redirects the login elsewhere: not followed
"$PYTHON3" -c 'import http.server,sys,os
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        open(sys.argv[2],"a").write(self.path+"\n")
        self.send_response(307); self.send_header("Location", sys.argv[3] + self.path)
        self.send_header("Content-Length","0"); self.end_headers()
    def log_message(self,*a): pass
s=http.server.HTTPServer(("127.0.0.1",0),H)
open(sys.argv[1]+".tmp","w").write(str(s.server_address[1])); os.replace(sys.argv[1]+".tmp",sys.argv[1])
s.serve_forever()' "$T_TMP/redir.port" "$T_TMP/redir.log" "$MF_URL" &
REDIR=$!
for _ in $(seq 100); do [ -s "$T_TMP/redir.port" ] && break; sleep 0.05; done
sed "s|^miniflux-url .*|miniflux-url \"http://127.0.0.1:$(cat "$T_TMP/redir.port")/\"|" "$T_TMP/config" > "$T_TMP/config.redir"
"$TIDINGS" -C "$T_TMP/config.redir" -u "$T_TMP/urls" -c "$T_TMP/cache.db" -x reload > "$T_TMP/out" 2> "$T_TMP/err"
check_eq "a redirected login fails" 1 $?
check_match "said clearly" 'miniflux: ClientLogin: the server redirects \(HTTP 307\)' "$(cat "$T_TMP/err")"
kill "$REDIR"; wait "$REDIR" 2> /dev/null

# no password set: asked on the terminal, not echoed
cat > "$T_TMP/config.ask" <<EOC
urls-source "miniflux"
miniflux-url "$MF_URL/"
miniflux-login "$MF_GR_USER"
EOC
"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
tui_start 100 10 "$TIDINGS" -C "$T_TMP/config.ask" -u "$T_TMP/urls" -c "$T_TMP/cache.db" -x reload
check_screen "no password set: a prompt" 'Password for the sync server:'
tui_keys -l "$MF_GR_PASS"
tui_keys Enter
check_screen "the typed password logs in" 'miniflux: 3 feeds, 0 new articles'
check_nomatch "and was not echoed" "$MF_GR_PASS" "$(tui_screen)"
done_testing
