# tests/fetch/lib-server.sh: start tests/fetch/server.py on 127.0.0.1 for one
# test script.  Source after tests/lib.sh.  Sets PORT (and TLS_PORT when a
# certificate could be made), SRV_LOG; stops the server on exit.

[ -n "${PYTHON3:-}" ] || skip_all "python3 not found"
FIX="$TOP_SRCDIR/tests/fixtures/fetch"
SRV_LOG="$T_TMP/server.log"
# Loopback only: no proxy may see these requests.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy \
    no_proxy NO_PROXY

srv_stop() {
	if [ -n "${SRV_PID:-}" ]; then
		kill "$SRV_PID" 2>/dev/null
		wait "$SRV_PID" 2>/dev/null
	fi
	t_cleanup
}
trap 'srv_stop' EXIT

srv_start() {
	tls_args=
	if command -v openssl >/dev/null 2>&1 &&
	    openssl req -x509 -newkey rsa:2048 -nodes -days 2 \
	    -subj /CN=localhost -keyout "$T_TMP/key.pem" \
	    -out "$T_TMP/cert.pem" >/dev/null 2>&1; then
		tls_args="--tls-cert $T_TMP/cert.pem --tls-key $T_TMP/key.pem \
		    --tls-port-file $T_TMP/tls-port"
	fi
	# shellcheck disable=SC2086
	"$PYTHON3" "$TOP_SRCDIR/tests/fetch/server.py" --dir "$FIX" \
	    --port-file "$T_TMP/port" --log "$SRV_LOG" $tls_args \
	    2>"$T_TMP/server.err" &
	SRV_PID=$!
	i=0
	while [ ! -s "$T_TMP/port" ]; do
		i=$((i + 1))
		if [ $i -gt 100 ] || ! kill -0 "$SRV_PID" 2>/dev/null; then
			echo "Bail out! the test server did not start"
			cat "$T_TMP/server.err" >&2
			exit 1
		fi
		sleep 0.1
	done
	PORT=$(cat "$T_TMP/port")
	TLS_PORT=
	[ -s "$T_TMP/tls-port" ] && TLS_PORT=$(cat "$T_TMP/tls-port")
	: "$TLS_PORT"
}

# A port on 127.0.0.1 where nothing listens.
closed_port() {
	"$PYTHON3" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# srv_log_for PATTERN: the server log lines whose path matches PATTERN.
srv_log_for() {
	awk -F '\t' -v p="$1" '$2 ~ p' "$SRV_LOG"
}

# err_for URL: the line of $ERRORS (the output of -x errors) for URL.
err_for() {
	printf '%s\n' "$ERRORS" | grep -F "$1: " | head -n 1
}
