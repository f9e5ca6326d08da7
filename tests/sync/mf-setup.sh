#!/bin/bash
# The project's copy of ../shared/miniflux/setup-miniflux.sh (defaults: state
# /tmp/tidings-sync-miniflux, port 8390, no feed proxy: the tests serve feeds on loopback).
# setup-miniflux.sh - start a real Miniflux 2.2.6 server (Debian 13 binary, run on Debian 12) with
# a private PostgreSQL 15 cluster, for sync tests (Google Reader API, Fever API, REST API).
# Idempotent; run as root.
#
#   setup-miniflux.sh            get the binary / packages if needed, start (or keep) the servers,
#                                wait for the API, (re)apply the admin's API integrations
#   setup-miniflux.sh --reset    same, but stop Miniflux, drop and recreate its database first
#   setup-miniflux.sh --truncate fast reset (~0.2 s) with Miniflux kept running: empty every feed,
#                                entry, icon and category table, ids restart at 1, category 1 "All"
#                                recreated; the admin user and its integrations are kept
#   stop-miniflux.sh             stop what this started (PIDs in $MF_STATE/*.pid)
#
# Listens on nothing but loopback: Miniflux on http://127.0.0.1:$MF_PORT/, PostgreSQL on a Unix
# socket only (listen_addresses=''), in a private cluster under $MF_STATE. The Debian main cluster
# is NOT started. Every outbound fetch to a non-loopback host (feeds, favicons, the site's index
# page) goes through HTTP_PROXY/HTTPS_PROXY=$MF_FEED_PROXY (a loopback server, e.g. serve.py);
# fetches to 127.0.0.1 / localhost go direct (Go's ProxyFromEnvironment never proxies loopback).
#
# Credentials: web/REST user admin / $MF_PASS (HTTP Basic), REST API key $MF_API_TOKEN
# (header X-Auth-Token), Google Reader user
# $MF_GR_USER / $MF_GR_PASS, Fever user $MF_GR_USER / $MF_GR_PASS (api_key = md5("user:pass")).
set -euo pipefail

STATE=${MF_STATE:-/tmp/tidings-sync-miniflux}
PORT=${MF_PORT:-8390}
PGPORT=${MF_PGPORT:-54349}            # only names the socket file: .s.PGSQL.$PGPORT
PASS=${MF_PASS:-sync-test-pass}
GR_USER=${MF_GR_USER:-greader}
GR_PASS=${MF_GR_PASS:-greader-pass}
TOKEN=${MF_API_TOKEN:-sync-test-api-token}   # REST: X-Auth-Token (Basic auth costs a bcrypt, ~80 ms/request)
FEED_PROXY=${MF_FEED_PROXY:-}   # "" = no proxy: the tests serve feeds on loopback
BIN=${MF_BIN:-/tmp/tidings-miniflux-bin/miniflux}
DBPASS=miniflux-db-pass
PGBIN=/usr/lib/postgresql/15/bin
PKGS="postgresql-15 curl"   # pgcrypto (bcrypt in SQL, used below) ships in postgresql-15

RESET=0; TRUNC=0
case "${1:-}" in --reset) RESET=1 ;; --truncate) TRUNC=1 ;; "") ;; *) echo "usage: $0 [--reset|--truncate]" >&2; exit 2 ;; esac
[ "$(id -u)" = 0 ] || { echo "setup-miniflux: run as root" >&2; exit 2; }
mkdir -p "$STATE"; chmod 755 "$STATE"
# postgres (cluster, socket) and nobody (miniflux) must reach $STATE: not under /root (mode 700)
setpriv --reuid=nobody --regid=nogroup --clear-groups -- test -x "$STATE" \
  || { echo "setup-miniflux: $STATE is not reachable by other users; pick a path like /tmp/..." >&2; exit 2; }
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost   # our own curl checks
ms() { echo $(( $(date +%s%N) / 1000000 )); }
T0=$(ms); TL=$T0
step() { local now; now=$(ms); printf '%-28s %6d ms\n' "$1" $((now - TL)) | tee -a "$STATE/timings.txt"; TL=$now; }
: > "$STATE/timings.txt"

# ---- 1. Debian 12 packages (skipped when already installed) ---------------------------------
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q > "$STATE/apt-update.log" 2>&1
  # keep apt from starting the Debian main cluster on :5432
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -q --no-install-recommends $PKGS > "$STATE/apt.log" 2>&1 || { tail -30 "$STATE/apt.log"; exit 1; }
  step "apt-get install"
else
  step "packages present"
fi

# ---- 2. the miniflux binary: Debian 13 (trixie) package, extracted only ----------------------
# Needs only libc >= 2.34 (static Go binary otherwise). trixie is NOT added to the system's apt
# sources: a private sources.list + private lists dir are used for this one download.
if [ ! -x "$BIN" ]; then
  mkdir -p "$(dirname "$BIN")"
  if [ -n "${MF_DEB:-}" ] && [ -f "$MF_DEB" ]; then   # a miniflux .deb kept from an earlier run
    rm -rf "$STATE/x"; dpkg-deb -x "$MF_DEB" "$STATE/x"; cp "$STATE/x/usr/bin/miniflux" "$BIN"; rm -rf "$STATE/x"
  else
    T=$STATE/trixie; mkdir -p "$T/lists/partial" "$T/deb"
    # the same Debian mirror the system already uses, with the trixie suite
    URI=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | awk '{print $1; exit}')
    [ -n "$URI" ] || URI=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
    [ -n "$URI" ] || { echo "setup-miniflux: no Debian mirror found in the apt sources" >&2; exit 1; }
    printf 'deb %s trixie main\n' "$URI" > "$T/sources.list"
    AO=(-o Dir::Etc::sourcelist="$T/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$T/lists"
        -o Acquire::Languages=none -o APT::Architectures=amd64)
    apt-get "${AO[@]}" update -q > "$T/update.log" 2>&1 || { tail "$T/update.log"; exit 1; }
    (cd "$T/deb" && apt-get "${AO[@]}" download miniflux > "$T/download.log" 2>&1) || { tail "$T/download.log"; exit 1; }
    rm -rf "$T/x"; dpkg-deb -x "$T"/deb/miniflux_*.deb "$T/x"
    cp "$T/x/usr/bin/miniflux" "$BIN"
    rm -rf "$T"   # the trixie package lists are ~100 MB
  fi
  chmod 755 "$BIN"
  step "miniflux binary"
fi
"$BIN" -v > /dev/null || { echo "setup-miniflux: $BIN does not run" >&2; exit 1; }

# ---- 3. private PostgreSQL cluster, Unix socket only -----------------------------------------
asuser() { local u=$1; shift; (cd / && setpriv --reuid="$u" --regid="$u" --init-groups -- "$@"); }
# bare CMD...: exec CMD with no descriptor above 2, so a server started
# here holds nothing of its caller's (a test's lock on fd 8, its log, the
# harness's pipes).  Run in the background job's own subshell.
bare() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
  done
  if declare -F "$1" > /dev/null; then "$@"; exit; fi   # asuser: a function
  exec "$@"
}
if [ ! -s "$STATE/pg/PG_VERSION" ]; then
  rm -rf "$STATE/pg"; install -d -o postgres -g postgres -m 700 "$STATE/pg"
  printf '%s\n' pg-admin-pass > "$STATE/pgpass.tmp"; chown postgres "$STATE/pgpass.tmp"
  asuser postgres "$PGBIN/initdb" -D "$STATE/pg" -U postgres -E UTF8 --no-locale \
      --auth-local=scram-sha-256 --auth-host=reject --pwfile="$STATE/pgpass.tmp" > "$STATE/initdb.log" 2>&1
  rm -f "$STATE/pgpass.tmp"
  step "initdb"
fi
install -d -o postgres -g postgres -m 755 "$STATE/run"
pg_running() { [ -s "$STATE/pg/postmaster.pid" ] && [ -r "/proc/$(head -1 "$STATE/pg/postmaster.pid")/stat" ]; }
if ! pg_running; then
  touch "$STATE/pg.log"; chown postgres "$STATE/pg.log"
  (bare asuser postgres "$PGBIN/pg_ctl" -D "$STATE/pg" -l "$STATE/pg.log" -w -t 60 \
      -o "-c listen_addresses='' -k $STATE/run -p $PGPORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start > /dev/null)
  step "postgres start"
fi
head -1 "$STATE/pg/postmaster.pid" > "$STATE/postgres.pid"
export PGOPTIONS="-c client_min_messages=warning" PGHOST="$STATE/run" PGPORT PGUSER=postgres PGPASSWORD=pg-admin-pass
psqlq() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# ---- 4. database (Miniflux creates the schema itself: RUN_MIGRATIONS=1) ----------------------
# alive PID: exists and is not a zombie (a dead child of a slow-reaping init still answers kill -0)
alive() { [ -r "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }
mf_running() { [ -s "$STATE/miniflux.pid" ] && alive "$(cat "$STATE/miniflux.pid")"; }
if [ $RESET = 1 ]; then
  if mf_running; then   # its pooled connections would block DROP DATABASE; the data is being
    kill -KILL "$(cat "$STATE/miniflux.pid")"   # thrown away, so no graceful stop is needed
    for i in $(seq 1 100); do mf_running || break; sleep 0.05; done
  fi
  rm -f "$STATE/miniflux.pid"
  psqlq -d postgres -c "DROP DATABASE IF EXISTS miniflux WITH (FORCE)"
  step "drop database"
fi
if [ -z "$(psqlq -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='miniflux'")" ]; then
  psqlq -d postgres -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='miniflux') THEN CREATE ROLE miniflux LOGIN PASSWORD '$DBPASS'; END IF; END\$\$"
  psqlq -d postgres -c "CREATE DATABASE miniflux OWNER miniflux ENCODING 'UTF8' TEMPLATE template0"
  psqlq -d miniflux -c "CREATE EXTENSION IF NOT EXISTS pgcrypto"   # for bcrypt below (superuser)
  step "create database"
elif [ $TRUNC = 1 ] && [ -n "$(psqlq -d miniflux -tAc "SELECT 1 FROM pg_tables WHERE tablename='feeds'")" ]; then
  psqlq -d miniflux <<'EOF'
TRUNCATE feeds, entries, enclosures, feed_icons, icons, categories, sessions, user_sessions
  RESTART IDENTITY CASCADE;
INSERT INTO categories (user_id, title) SELECT id, 'All' FROM users WHERE username = 'admin';
EOF
  step "truncate tables"
fi

# ---- 5. Miniflux on 127.0.0.1 (as nobody; schema + admin created at start) -------------------
# 2.2.6 fetches from 127.0.0.1 without complaint; FETCHER_ALLOW_PRIVATE_NETWORKS=1 is for newer
# binaries (>= 2.2.16 refuse private addresses for icons/media, 2.2.18 adds this switch).
# MEDIA_PROXY_MODE=none: the default (http-only) rewrites every http:// <img> in entry content
# (REST and Google Reader output) to /proxy/<hmac>/<b64> with a key regenerated at each start.
cat > "$STATE/miniflux.conf" <<EOF
LISTEN_ADDR=127.0.0.1:$PORT
BASE_URL=http://127.0.0.1:$PORT/
DATABASE_URL=host=$STATE/run port=$PGPORT user=miniflux password=$DBPASS dbname=miniflux sslmode=disable
DATABASE_MIN_CONNS=1
DATABASE_MAX_CONNS=5
RUN_MIGRATIONS=1
CREATE_ADMIN=1
ADMIN_USERNAME=admin
ADMIN_PASSWORD=$PASS
POLLING_FREQUENCY=${MF_POLLING_FREQUENCY:-60}
WORKER_POOL_SIZE=2
HTTP_CLIENT_TIMEOUT=30
METRICS_COLLECTOR=0
MEDIA_PROXY_MODE=${MF_MEDIA_PROXY_MODE:-none}
FETCHER_ALLOW_PRIVATE_NETWORKS=1
WATCHDOG=0
LOG_LEVEL=${MF_LOG_LEVEL:-debug}
LOG_DATE_TIME=1
EOF
chmod 640 "$STATE/miniflux.conf"; chgrp nogroup "$STATE/miniflux.conf"   # read at start only
if ! mf_running; then
  # the scheduler may be turned off (MF_NO_SCHEDULER=1): then feeds update only when refreshed
  # through the API (PUT /v1/feeds/{id}/refresh, /v1/feeds/refresh).
  bare env -i PATH=/usr/bin:/bin HOME=/nonexistent \
      ${FEED_PROXY:+HTTP_PROXY=$FEED_PROXY HTTPS_PROXY=$FEED_PROXY http_proxy=$FEED_PROXY https_proxy=$FEED_PROXY} \
      ${MF_NO_SCHEDULER:+DISABLE_SCHEDULER_SERVICE=1} \
      setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$BIN" -c "$STATE/miniflux.conf" \
      < /dev/null >> "$STATE/miniflux.log" 2>&1 &
  echo $! > "$STATE/miniflux.pid"    # setpriv execs miniflux: this is miniflux's own PID
fi
URL="http://127.0.0.1:$PORT"
up=0
for i in $(seq 1 200); do
  [ "$(curl -s -m 2 "$URL/healthcheck" 2>/dev/null)" = OK ] && { up=1; break; }
  mf_running || break
  sleep 0.05
done
[ $up = 1 ] || { echo "setup-miniflux: miniflux did not come up; see $STATE/miniflux.log" >&2; tail -5 "$STATE/miniflux.log" >&2; exit 1; }
step "miniflux up"

# ---- 6. API integrations for admin (Settings > Integrations, written to the table directly) --
# googlereader_password is a bcrypt hash (pgcrypto's crypt/gen_salt('bf') = $2a$, Go accepts it);
# fever_token = md5("fever_username:password"), as the web form computes it.
psqlq -d miniflux <<EOF
UPDATE integrations SET
  googlereader_enabled = true, googlereader_username = '$GR_USER',
  googlereader_password = crypt('$GR_PASS', gen_salt('bf', 6)),
  fever_enabled = true, fever_username = '$GR_USER', fever_token = md5('$GR_USER:$GR_PASS')
WHERE user_id = (SELECT id FROM users WHERE username = 'admin');
INSERT INTO api_keys (user_id, token, description)
  SELECT id, '$TOKEN', 'sync tests' FROM users WHERE username = 'admin' ON CONFLICT DO NOTHING;
EOF
curl -sf -m 5 -d "Email=$GR_USER&Passwd=$GR_PASS" "$URL/accounts/ClientLogin" | grep -q '^Auth=' \
  || { echo "setup-miniflux: Google Reader ClientLogin failed; see $STATE/miniflux.log" >&2; exit 1; }
curl -sf -m 5 -H "X-Auth-Token: $TOKEN" "$URL/v1/me" | grep -q '"username":"admin"' \
  || { echo "setup-miniflux: REST API login failed" >&2; exit 1; }
step "integrations + API check"
printf 'total %d ms  url=%s  rest=admin/%s token=%s  greader/fever=%s/%s  pids: postgres=%s miniflux=%s\n' \
  $(( $(ms) - T0 )) "$URL" "$PASS" "$TOKEN" "$GR_USER" "$GR_PASS" "$(cat "$STATE/postgres.pid")" "$(cat "$STATE/miniflux.pid")" \
  | tee -a "$STATE/timings.txt"
