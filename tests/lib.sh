# tests/lib.sh: TAP helpers and a tmux driver for the shell suites.
# Source it; then call plan N, ok/not_ok via the check_* helpers, and done_testing.
# Needs from the environment (set by make check): TIDINGS, TOP_SRCDIR.

: "${TIDINGS:?run through make check}"
T_N=0
T_FAILED=0
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/tidings-test.XXXXXX") || exit 99
T_TMUX_SOCK="tidings-test-$$"
trap 't_cleanup' EXIT

t_cleanup() {
	if [ -n "${T_TMUX_STARTED:-}" ]; then
		"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
	fi
	if [ "$T_FAILED" -eq 0 ] || [ -z "${KEEP_TMP:-}" ]; then
		rm -rf "$T_TMP"
	fi
}

plan() { echo "1..$1"; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }

ok() {
	T_N=$((T_N + 1))
	echo "ok $T_N - $*"
}

not_ok() {
	T_N=$((T_N + 1))
	T_FAILED=$((T_FAILED + 1))
	echo "not ok $T_N - $*"
}

diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

# check DESC CMD...: passes when CMD exits 0.
check() {
	desc=$1; shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}

# check_eq DESC EXPECTED ACTUAL
check_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else
		not_ok "$1"; diag "expected: $2" "got:      $3"; fi
}

# check_match DESC REGEX TEXT: TEXT must match the extended REGEX.
check_match() {
	if printf '%s\n' "$3" | grep -Eq -- "$2"; then ok "$1"; else
		not_ok "$1"; diag "expected to match: $2" "got:" "$3"; fi
}

# check_nomatch DESC REGEX TEXT
check_nomatch() {
	if printf '%s\n' "$3" | grep -Eq -- "$2"; then
		not_ok "$1"; diag "must not match: $2" "got:" "$3"; else ok "$1"; fi
}

# run_td ARGS...: run tidings; sets T_OUT, T_ERR, T_RC.
run_td() {
	"$TIDINGS" "$@" >"$T_TMP/out" 2>"$T_TMP/err" </dev/null
	T_RC=$?
	T_OUT=$(cat "$T_TMP/out")
	T_ERR=$(cat "$T_TMP/err")
}

# A private, empty XDG home for one test script.
t_home() {
	export HOME="$T_TMP/home"
	export XDG_CONFIG_HOME="$HOME/.config"
	export XDG_DATA_HOME="$HOME/.local/share"
	mkdir -p "$HOME"
}

done_testing() {
	[ "$T_FAILED" -eq 0 ]
	exit $?
}

# ---- tmux driver ------------------------------------------------------
# tui_start COLS ROWS CMD...: start CMD in a detached tmux at a fixed size.
tui_start() {
	cols=$1 rows=$2; shift 2
	T_TMUX_STARTED=1
	# The command runs under env -i with only what a terminal program needs.
	cmd=$(t_quote env -i HOME="$HOME" \
	    XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" \
	    TERM="${TUI_TERM:-screen-256color}" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
	    TIDINGS_DATADIR="${TIDINGS_DATADIR:-}" PATH="$PATH" \
	    ASAN_OPTIONS="${ASAN_OPTIONS:-}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-}" \
	    "$@")
	# The shell stays after tidings exits, so the test can read how it ended.
	"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" -f /dev/null new-session -d \
	    -x "$cols" -y "$rows" -s t "$cmd"'; echo "[exited $?]"; sleep 600'
}

t_quote() {
	out=
	for a in "$@"; do
		out="$out '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
	done
	printf '%s' "$out"
}

tui_keys() { "${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" send-keys -t t "$@"; }
tui_resize() { "${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" resize-window -t t -x "$1" -y "$2"; }
tui_screen() { "${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" capture-pane -p -t t; }
tui_screen_e() { "${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" capture-pane -p -e -t t; }

# tui_wait REGEX [SECONDS]: poll the screen until REGEX shows (default 10 s).
# Returns 1 on time-out (the screen is kept in T_SCREEN for diagnostics).
tui_wait() {
	limit=$(( ${2:-10} * 10 ))
	i=0
	while [ $i -lt $limit ]; do
		T_SCREEN=$(tui_screen)
		if printf '%s\n' "$T_SCREEN" | grep -Eq -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# check_screen DESC REGEX [SECONDS]: wait for REGEX; dump the screen if not.
check_screen() {
	if tui_wait "$2" "${3:-10}"; then ok "$1"; else
		not_ok "$1"; diag "waited for: $2" "screen:" "$T_SCREEN"; fi
}
