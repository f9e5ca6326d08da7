#!/bin/bash
# The project's copy of ../shared/ttrss/setup-ttrss.sh (defaults: state
# /tmp/tidings-sync-ttrss, port 8290, feed proxy 127.0.0.1:18390).
# setup-ttrss.sh - install and start a real Tiny Tiny RSS server (Debian 12 package
# tt-rss 21~git20210204, PHP 8.2, PostgreSQL 15) for sync tests. Idempotent; run as root.
#
#   setup-ttrss.sh            install if needed, start (or keep) the servers, wait for the API
#   setup-ttrss.sh --reset    same, but drop and recreate the tt-rss database first (clean state)
#   stop-ttrss.sh             stop what this started (PIDs in $TTRSS_STATE/*.pid)
#
# Listens on nothing but loopback: tt-rss on http://127.0.0.1:$TTRSS_PORT/ (php -S, one worker),
# PostgreSQL on a Unix socket only (listen_addresses=''), in a private cluster under $TTRSS_STATE.
# The system PostgreSQL cluster (if any) and the tt-rss update daemon are NOT started.
# API user: admin / $TTRSS_PASS, with "Enable API" set (ttrss_user_prefs ENABLE_API_ACCESS=true).
set -euo pipefail

STATE=${TTRSS_STATE:-/tmp/tidings-sync-ttrss}
PORT=${TTRSS_PORT:-8290}
PGPORT=${TTRSS_PGPORT:-54359}          # only names the socket file: .s.PGSQL.$PGPORT
PASS=${TTRSS_PASS:-sync-test-pass}
FEED_PROXY=${TTRSS_FEED_PROXY:-127.0.0.1:18390}   # every fetch tt-rss makes goes here ("" = direct)
DBPASS=ttrss-db-pass
PGBIN=/usr/lib/postgresql/15/bin
WWW=/usr/share/tt-rss/www
PKGS="postgresql-15 tt-rss dbconfig-no-thanks php-pgsql php-cli php-intl php-curl php-mbstring php-xml curl"

RESET=0; [ "${1:-}" = "--reset" ] && RESET=1
[ "$(id -u)" = 0 ] || { echo "setup-ttrss: run as root" >&2; exit 2; }
mkdir -p "$STATE"; chmod 755 "$STATE"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
T0=$(ms); TL=$T0
step() { local now; now=$(ms); printf '%-28s %6d ms\n' "$1" $((now - TL)) | tee -a "$STATE/timings.txt"; TL=$now; }
: > "$STATE/timings.txt"

# ---- 1. packages (skipped when already installed) -------------------------------------
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q > "$STATE/apt-update.log" 2>&1   # stale lists would 404
  # no dbconfig (we make the database ourselves); no web server to reconfigure
  debconf-set-selections <<'EOF'
tt-rss tt-rss/dbconfig-install boolean false
tt-rss tt-rss/reconfigure-webserver multiselect
EOF
  # keep apt from starting services (the Debian main cluster on :5432, tt-rss.service)
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  # php-pgsql and dbconfig-no-thanks must be named: apt would pick php-mysql / dbconfig-mysql
  apt-get install -y -q --no-install-recommends $PKGS > "$STATE/apt.log" 2>&1 || { tail -30 "$STATE/apt.log"; exit 1; }
  step "apt-get install"
else
  step "packages present"
fi

# ---- 2. tt-rss configuration ---------------------------------------------------------
# the debconf answer for self_url_path is overwritten on first install: set it here
sed -i "s~define('SELF_URL_PATH', '.*');~define('SELF_URL_PATH', 'http://127.0.0.1:$PORT/');~" /etc/tt-rss/config.php
# route all of tt-rss's outbound HTTP (feeds, favicons of a feed's <link> site) to a loopback
# server (feed-proxy.py): nothing leaves the machine, and feed URLs need no 127.*/port (which
# tt-rss refuses to fetch anyway)
sed -i "/define('_HTTP_PROXY'/d" /etc/tt-rss/config.php
[ -n "$FEED_PROXY" ] && sed -i "s~^\(\s*define('SINGLE_USER_MODE'\)~\tdefine('_HTTP_PROXY', '$FEED_PROXY');\n\1~" /etc/tt-rss/config.php
sed -i "s~define('LOG_DESTINATION', '.*');~define('LOG_DESTINATION', '');~" /etc/tt-rss/config.php
sed -i "s~define('CHECK_FOR_UPDATES', true);~define('CHECK_FOR_UPDATES', false);~" /etc/tt-rss/config.php
cat > /etc/tt-rss/database.php <<EOF
<?php
\$dbuser='ttrss';
\$dbpass='$DBPASS';
\$basepath='';
\$dbname='ttrss';
\$dbserver='$STATE/run';
\$dbport='$PGPORT';
\$dbtype='pgsql';
EOF
chown root:www-data /etc/tt-rss/database.php; chmod 640 /etc/tt-rss/database.php
step "configure tt-rss"

# ---- 3. private PostgreSQL cluster, Unix socket only ---------------------------------
asuser() { local u=$1; shift; setpriv --reuid="$u" --regid="$u" --init-groups -- "$@"; }
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
pg_running() { [ -s "$STATE/pg/postmaster.pid" ] && kill -0 "$(head -1 "$STATE/pg/postmaster.pid")" 2>/dev/null; }
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

# ---- 4. database, schema, API user ---------------------------------------------------
[ $RESET = 1 ] && psqlq -d postgres -c "DROP DATABASE IF EXISTS ttrss"
if [ -z "$(psqlq -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='ttrss'")" ]; then
  psqlq -d postgres -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='ttrss') THEN CREATE ROLE ttrss LOGIN PASSWORD '$DBPASS'; END IF; END\$\$"
  psqlq -d postgres -c "CREATE DATABASE ttrss OWNER ttrss ENCODING 'UTF8' TEMPLATE template0"
  PGUSER=ttrss PGPASSWORD=$DBPASS psqlq -d ttrss -f /usr/share/dbconfig-common/data/tt-rss/install/pgsql > /dev/null
  # password for admin (uid 1): legacy unsalted SHA1 form, upgraded to a salted hash at first login
  H=$(printf '%s' "$PASS" | sha1sum | cut -d' ' -f1)
  PGUSER=ttrss PGPASSWORD=$DBPASS psqlq -d ttrss <<EOF
UPDATE ttrss_users SET pwd_hash='SHA1:$H', salt='' WHERE login='admin';
-- the per-user "Enable API" preference (Preferences > Enable API): table ttrss_user_prefs
DELETE FROM ttrss_user_prefs WHERE owner_uid=1 AND pref_name='ENABLE_API_ACCESS';
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value) VALUES (1, 'ENABLE_API_ACCESS', NULL, 'true');
EOF
  step "database + schema + user"
fi

# ---- 5. tt-rss on 127.0.0.1 (PHP built-in server, as www-data) ------------------------
# alive PID: exists and is not a zombie (a dead child of a slow-reaping init still answers kill -0)
alive() { [ -r "/proc/$1/stat" ] && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }
php_running() { [ -s "$STATE/php.pid" ] && alive "$(cat "$STATE/php.pid")"; }
if ! php_running; then
  touch "$STATE/php.log"; chown www-data "$STATE/php.log"
  # setpriv execs php, so $! is php's own PID
  bare setpriv --reuid=www-data --regid=www-data --init-groups -- /usr/bin/php -S "127.0.0.1:$PORT" -t "$WWW" \
      < /dev/null >> "$STATE/php.log" 2>&1 &
  echo $! > "$STATE/php.pid"
fi
API="http://127.0.0.1:$PORT/api/"
for i in $(seq 1 100); do
  curl -s -m 2 -d '{"op":"getApiLevel"}' "$API" 2>/dev/null | grep -q '"status":' && break
  sleep 0.1
done
curl -sf -m 5 -d '{"op":"login","user":"admin","password":"'"$PASS"'"}' "$API" | grep -q '"session_id"' \
  || { echo "setup-ttrss: API login failed; see $STATE/php.log" >&2; exit 1; }
step "tt-rss API up"
printf 'total %d ms  api=%s user=admin pass=%s  pids: postgres=%s php=%s\n' \
  $(( $(ms) - T0 )) "$API" "$PASS" "$(cat "$STATE/postgres.pid")" "$(cat "$STATE/php.pid")" | tee -a "$STATE/timings.txt"
