# tests/tui/lib-tui.sh: shared set-up for the tmux-driven TUI suites.
# Source after tests/lib.sh.  Gives each script a private home, a urls
# file, a cache and a config file, and helpers over capture-pane.

[ -n "${TMUX_BIN:-}" ] && command -v "$TMUX_BIN" >/dev/null 2>&1 ||
    command -v tmux >/dev/null 2>&1 || skip_all "tmux not found"
TUI_FIX="$TOP_SRCDIR/tests/fixtures/tui"
t_home
URLS="$T_TMP/urls"
CACHE="$T_TMP/cache.db"
CONF="$T_TMP/config"
: >"$CONF"

# td_start COLS ROWS [ARGS...]: tidings on our files inside tmux.
td_start() {
	c=$1 r=$2; shift 2
	tui_start "$c" "$r" "$TIDINGS" -u "$URLS" -c "$CACHE" -C "$CONF" "$@"
}

# td_reload: fill the cache the way a user would, from the urls file.
td_reload() {
	TIDINGS_RELOAD_FORCE=1 "$TIDINGS" -q -u "$URLS" -c "$CACHE" \
	    -C "$CONF" -x reload >"$T_TMP/reload.out" 2>&1
}

# tui_line N: line N (1-based) of the screen, with (-e) or without colours.
tui_line() { tui_screen | sed -n "$1p"; }
# capture-pane -e writes only what changes from the cell before, across
# lines too, so one line is captured on its own to get its full attributes.
tui_line_e() {
	"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" capture-pane -p -e -t t \
	    -S $(($1 - 1)) -E $(($1 - 1))
}

# tui_exited: wait for lib.sh's "[exited N]" line; sets T_EXIT.
tui_exited() {
	tui_wait '^\[exited [0-9]+\]' "${1:-15}" || return 1
	T_EXIT=$(printf '%s\n' "$T_SCREEN" | sed -n 's/^\[exited \([0-9]*\)\]$/\1/p')
	return 0
}

# check_screen_e DESC REGEX: the coloured capture (ESC shown as \e) must
# match REGEX (extended), polling like check_screen.
check_screen_e() {
	i=0
	while [ $i -lt 50 ]; do
		T_SCREEN_E=$(tui_screen_e | sed 's/\x1b/\\e/g')
		if printf '%s\n' "$T_SCREEN_E" | grep -Eq -- "$2"; then
			ok "$1"; return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	not_ok "$1"; diag "waited for: $2" "screen:" "$T_SCREEN_E"
}

# check_line_e DESC REGEX_FOR_PLAIN REGEX_FOR_E: the first screen line
# whose plain text matches the first regex must, with colours, match the
# second (ESC shown as \e); polls like check_screen.
check_line_e() {
	i=0
	while [ $i -lt 50 ]; do
		n=$(tui_screen | grep -En -- "$2" | head -n 1 | cut -d: -f1)
		l=
		[ -n "$n" ] && l=$(tui_line_e "$n" | sed 's/\x1b/\\e/g')
		if [ -n "$n" ] && printf '%s\n' "$l" | grep -Eq -- "$3"; then
			ok "$1"; return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	not_ok "$1"
	if [ -z "$n" ]; then diag "no line matches $2" "$(tui_screen)"; else
		diag "expected to match: $3" "got:" "$l"; fi
}

tui_done() {
	echo "1..$T_N"
	done_testing
}

# tui_wait_gone REGEX [SECONDS]: poll until REGEX no longer shows.
tui_wait_gone() {
	limit=$(( ${2:-10} * 10 ))
	i=0
	while [ $i -lt $limit ]; do
		T_SCREEN=$(tui_screen)
		if ! printf '%s\n' "$T_SCREEN" | grep -Eq -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# widest [FIRST [LAST]]: the display width (the libc's wcswidth, as tidings
# counts) of the widest screen line, over lines FIRST..LAST (1-based).
widest() {
	tui_screen | sed -n "${1:-1},${2:-\$}p" | "${PYTHON3:-python3}" -c '
import ctypes, locale, sys
locale.setlocale(locale.LC_ALL, "C.UTF-8")
libc = ctypes.CDLL(None)
libc.wcswidth.restype = ctypes.c_int
w = 0
for line in sys.stdin.read().split("\n"):
    n = libc.wcswidth(ctypes.c_wchar_p(line), len(line) + 1)
    w = max(w, n if n >= 0 else 999)
print(w)'
}

# tui_next: end this tmux server and move to a fresh socket for the next
# tui_start (a new session on a server still shutting down can fail).
T_TUI_N=0
tui_next() {
	"${TMUX_BIN:-tmux}" -L "$T_TMUX_SOCK" kill-server 2>/dev/null
	T_TUI_N=$((T_TUI_N + 1))
	T_TMUX_SOCK="tidings-test-$$-$T_TUI_N"
}

# tui_wait_file FILE [SECONDS]: poll until FILE exists and is not empty
# (a program tidings started has written it).
tui_wait_file() {
	limit=$(( ${2:-10} * 10 ))
	i=0
	while [ $i -lt $limit ] && [ ! -s "$1" ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -s "$1" ]
}
