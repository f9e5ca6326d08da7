# tests/sync/lib-sync.sh: a real Miniflux for the sync tests.  Source after
# tests/lib.sh.  Starts it (tests/sync/mf-setup.sh) unless it already runs
# (.ci/sync-servers.sh starts it once for the whole suite), empties it,
# and serves fixture feeds on loopback.  Skips only where PostgreSQL cannot
# be installed: not root, or neither postgresql-15 nor apt-get.
SYNC_DIR=$TOP_SRCDIR/tests/sync
export MF_STATE=${MF_STATE:-/tmp/tidings-sync-miniflux}
export MF_PORT=${MF_PORT:-8390} MF_PGPORT=${MF_PGPORT:-54349}
export MF_FEED_PROXY=
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
MF_URL=http://127.0.0.1:$MF_PORT
MF_TOKEN=${MF_API_TOKEN:-sync-test-api-token}
MF_GR_USER=${MF_GR_USER:-greader} MF_GR_PASS=${MF_GR_PASS:-greader-pass}
SYNC_ACT=$TOP_BUILDDIR/tests/sync/sync-act

# sync_lock STATE: one test at a time per server, across checkouts (each
# empties the server): held on fd 8 until the test script exits.  What
# the test starts gets fd 8 closed: a server started here must not keep
# the lock after the test.
sync_lock() {
	command -v flock > /dev/null || return 0
	exec 8> "$1.lock"
	flock -w 900 8 || { echo "Bail out! another test held $1.lock for 15 minutes"; exit 1; }
}

sync_need_server() {
	command -v curl > /dev/null || skip_all "curl is missing"
	if [ "$(id -u)" != 0 ]; then
		skip_all "not root: PostgreSQL for Miniflux cannot be installed"
	fi
	if ! dpkg-query -W -f='${Status}' postgresql-15 2>/dev/null |
	    grep -q 'install ok installed' && ! command -v apt-get > /dev/null; then
		skip_all "no postgresql-15 and no apt-get to install it"
	fi
	sync_lock "$MF_STATE"
	bash "$SYNC_DIR/mf-setup.sh" --truncate > "$T_TMP/mf-setup.log" 2>&1 8>&- || {
		cat "$T_TMP/mf-setup.log" | sed 's/^/# /'
		echo "Bail out! Miniflux did not start (see above)"; exit 1; }
	mkdir -p "$T_TMP/feeds"
	"$PYTHON3" "$SYNC_DIR/feeds.py" serve "$T_TMP/feeds" "$T_TMP/feeds.port" 8>&- &
	FEEDS_PID=$!
	trap 'kill "$FEEDS_PID" 2>/dev/null; t_cleanup' EXIT
	for _ in $(seq 100); do [ -s "$T_TMP/feeds.port" ] && break; sleep 0.05; done
	FEEDS_PORT=$(cat "$T_TMP/feeds.port")
	FEEDS=http://127.0.0.1:$FEEDS_PORT
	printf '%s\n' "$MF_GR_PASS" > "$T_TMP/pw"
	cat > "$T_TMP/config" <<EOC
urls-source "miniflux"
miniflux-url "$MF_URL/"
miniflux-login "$MF_GR_USER"
miniflux-passwordfile "$T_TMP/pw"
EOC
	: > "$T_TMP/urls"
	TD=("$TIDINGS" -C "$T_TMP/config" -u "$T_TMP/urls" -c "$T_TMP/cache.db")
}

# feed NAME FIRST LAST: (re)write a fixture feed
feed() { "$PYTHON3" "$SYNC_DIR/feeds.py" write "$T_TMP/feeds" "$@"; }
# rest METHOD PATH [JSON]: Miniflux's REST API, as "another client"
rest() {
	curl -s -m 60 -X "$1" -H "X-Auth-Token: $MF_TOKEN" \
	    -H 'Content-Type: application/json' ${3:+-d "$3"} "$MF_URL$2"
}
# js EXPR: a Python expression over d, the JSON on stdin
js() { "$PYTHON3" -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }
# sync [ENV=V...]: tidings -x reload, output in $T_TMP/out, errors in err
sync() { env "$@" "${TD[@]}" -x reload > "$T_TMP/out" 2> "$T_TMP/err"; }
unread_local() { "${TD[@]}" -x print-unread | sed 's/ .*//'; }

# ---- Tiny Tiny RSS -------------------------------------------------------
export TTRSS_STATE=${TTRSS_STATE:-/tmp/tidings-sync-ttrss}
export TTRSS_PORT=${TTRSS_PORT:-8290} TTRSS_PGPORT=${TTRSS_PGPORT:-54359}
export TTRSS_FEED_PROXY=${TTRSS_FEED_PROXY:-127.0.0.1:18390}
TT_URL=http://127.0.0.1:$TTRSS_PORT
TT_PASS=${TTRSS_PASS:-sync-test-pass}

# A fresh tt-rss database (tt-setup.sh --reset), the feed proxy on
# TTRSS_FEED_PROXY's port serving $T_TMP/feeds (tt-rss fetches every feed
# through it, as http://0.0.0.0/NAME.xml: it refuses loopback addresses),
# a session in TT_SID and the tidings command in TD.
tt_need_server() {
	command -v curl > /dev/null || skip_all "curl is missing"
	if [ "$(id -u)" != 0 ]; then
		skip_all "not root: PostgreSQL for tt-rss cannot be installed"
	fi
	if ! dpkg-query -W -f='${Status}' tt-rss 2>/dev/null |
	    grep -q 'install ok installed' && ! command -v apt-get > /dev/null; then
		skip_all "no tt-rss and no apt-get to install it"
	fi
	sync_lock "$TTRSS_STATE"
	bash "$SYNC_DIR/tt-setup.sh" --reset > "$T_TMP/tt-setup.log" 2>&1 8>&- || {
		sed 's/^/# /' "$T_TMP/tt-setup.log"
		echo "Bail out! tt-rss did not start (see above)"; exit 1; }
	mkdir -p "$T_TMP/feeds"
	if curl -s -o /dev/null "http://$TTRSS_FEED_PROXY/"; then
		echo "Bail out! the feed proxy's port ${TTRSS_FEED_PROXY##*:} is taken"; exit 1
	fi
	"$PYTHON3" "$SYNC_DIR/feed-proxy.py" "$T_TMP/feeds" "${TTRSS_FEED_PROXY##*:}" \
	    2> "$T_TMP/proxy.log" 8>&- &
	PROXY_PID=$!
	trap 'kill "$PROXY_PID" 2>/dev/null; t_cleanup' EXIT
	for _ in $(seq 100); do curl -s -o /dev/null "http://$TTRSS_FEED_PROXY/" && break; sleep 0.05; done
	TT_SID=$(tt '"op":"login","user":"admin","password":"'"$TT_PASS"'"' | js 'd["content"]["session_id"]')
	printf '%s\n' "$TT_PASS" > "$T_TMP/pw"
	cat > "$T_TMP/config" <<EOC
urls-source "ttrss"
ttrss-url "$TT_URL/"
ttrss-login "admin"
ttrss-passwordfile "$T_TMP/pw"
EOC
	: > "$T_TMP/urls"
	TD=("$TIDINGS" -C "$T_TMP/config" -u "$T_TMP/urls" -c "$T_TMP/cache.db")
}
# tt 'JSON members': one API call as "another client"
tt() { curl -s -m 120 -H 'Content-Type: application/json' -d "{${TT_SID:+\"sid\":\"$TT_SID\",}$1}" "$TT_URL/api/"; }
# tt_subscribe NAME: subscribe http://0.0.0.0/NAME.xml and fetch it now; prints the feed id
tt_subscribe() {
	tt "\"op\":\"subscribeToFeed\",\"feed_url\":\"http://0.0.0.0/$1.xml\"" > /dev/null
	_id=$(tt '"op":"getFeeds","cat_id":"-3"' | js "[f['id'] for f in d['content'] if f['feed_url']=='http://0.0.0.0/$1.xml'][0]")
	tt "\"op\":\"updateFeed\",\"feed_id\":$_id" > /dev/null
	echo "$_id"
}

# mf_has FEED N: the server holds N entries of feed FEED (a loaded
# machine can make Miniflux's fetch time out: refresh until it does)
mf_has() {
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		[ "$(rest GET "/v1/feeds/$1/entries?limit=1" | js 'd["total"]')" -ge "$2" ] 2>/dev/null && return 0
		rest PUT "/v1/feeds/$1/refresh" > /dev/null
	done
	diag "Miniflux holds fewer than $2 entries of feed $1"
}
# tt_has FEED N: the same for tt-rss (counted as unread: new feeds only)
tt_has() {
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		[ "$(tt '"op":"getFeeds","cat_id":"-3"' | js "[f['unread'] for f in d['content'] if f['id']==$1][0]")" -ge "$2" ] 2>/dev/null && return 0
		tt "\"op\":\"updateFeed\",\"feed_id\":$1" > /dev/null
	done
	diag "tt-rss holds fewer than $2 unread items of feed $1"
}
