#!/bin/bash
# bench/sync.sh: a first sync of 10,000 articles and incremental syncs
# against a real Miniflux on loopback (tests/sync/mf-setup.sh), tidings
# beside newsboat's Miniflux backend on the same server.  By hand (root;
# it empties the test Miniflux): TIDINGS=src/tidings bash bench/sync.sh
# FEEDS x ITEMS (default 10 x 1000) set the size.
# Measured (2 cores shared with other builds, -O2, three runs): tidings'
# first sync of 10,000 articles 1.9-4.0 s, an incremental sync 0.22-0.42 s;
# newsboat's Miniflux backend 3.0-4.9 s for its first reload (it takes
# only the newest 100 entries of each feed, 1,000 articles, and no stars)
# and 2.0-4.1 s for each later one.
set -u
[ "$(id -u)" = 0 ] || { echo "bench/sync.sh: needs root for the Miniflux server; skipped"; exit 0; }
TOP=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
TIDINGS=${TIDINGS:-$TOP/src/tidings}
NF=${1:-10} NI=${2:-1000}
export MF_STATE=${MF_STATE:-/tmp/tidings-sync-miniflux} MF_PORT=${MF_PORT:-8390}
export MF_PGPORT=${MF_PGPORT:-54349} MF_FEED_PROXY= no_proxy=127.0.0.1 NO_PROXY=127.0.0.1
U=http://127.0.0.1:$MF_PORT
W=$(mktemp -d /tmp/tidings-bench-sync.XXXXXX)
bash "$TOP/tests/sync/mf-setup.sh" --truncate > "$W/setup.log" 2>&1 || { cat "$W/setup.log"; exit 1; }
mkdir -p "$W/feeds"
python3 "$TOP/tests/sync/feeds.py" serve "$W/feeds" "$W/port" & SRV=$!
trap 'kill $SRV; rm -rf "$W"' EXIT
for _ in $(seq 100); do [ -s "$W/port" ] && break; sleep 0.05; done
P=$(cat "$W/port")
rest() { curl -s -m 600 -X "$1" -H "X-Auth-Token: ${MF_API_TOKEN:-sync-test-api-token}" \
    -H 'Content-Type: application/json' ${3:+-d "$3"} "$U$2"; }
for i in $(seq 1 "$NF"); do
	python3 "$TOP/tests/sync/feeds.py" write "$W/feeds" "f$i" 1 "$NI"
	rest POST /v1/feeds "{\"feed_url\":\"http://127.0.0.1:$P/f$i.xml\",\"category_id\":1}" > /dev/null
done
echo "server: $(rest GET '/v1/entries?limit=1' | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') entries in $NF feeds"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
t() { local a b; a=$(ms); "$@" > "$W/out" 2>&1; b=$(ms); printf '%-44s %6d ms   %s\n' "$LABEL" $((b - a)) "$(tail -1 "$W/out")"; }
printf 'urls-source "miniflux"\nminiflux-url "%s/"\nminiflux-login "greader"\nminiflux-password "greader-pass"\n' "$U" > "$W/tconf"
: > "$W/urls"
TD=("$TIDINGS" -C "$W/tconf" -u "$W/urls" -c "$W/t.db")
LABEL="tidings: first sync" t "${TD[@]}" -x reload
LABEL="tidings: incremental, nothing new" t "${TD[@]}" -x reload
python3 "$TOP/tests/sync/feeds.py" write "$W/feeds" f1 1 $((NI + 1))
rest PUT /v1/feeds/1/refresh > /dev/null
LABEL="tidings: incremental, 1 new article" t "${TD[@]}" -x reload
LABEL="tidings: print-unread" t "${TD[@]}" -x print-unread
if command -v newsboat > /dev/null; then
	printf 'urls-source "miniflux"\nminiflux-url "%s/"\nminiflux-login "admin"\nminiflux-password "%s"\n' \
	    "$U" "${MF_PASS:-sync-test-pass}" > "$W/nconf"
	NB=(newsboat -C "$W/nconf" -u "$W/urls" -c "$W/n.db")
	LABEL="newsboat: first reload (miniflux backend)" t "${NB[@]}" -x reload
	LABEL="newsboat: second reload" t "${NB[@]}" -x reload
	LABEL="newsboat: print-unread" t "${NB[@]}" -x print-unread
fi
