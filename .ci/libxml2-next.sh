#!/bin/bash
# .ci/libxml2-next.sh: tidings against the newest libxml2 in Debian
# unstable, beside the Debian 12 one.  Run from anywhere, as root, on a
# clean Debian 12, no stdin:  bash .ci/libxml2-next.sh
#
# 1. libxml2's source package from unstable, fetched with a private apt
#    sources list and lists directory (the system's sources are not
#    touched), built into a private prefix under $CACHE (kept: a second
#    run with the same version skips the build).
# 2. tidings built twice from a copy of this tree with
#    CFLAGS='-O2 -Wall -Wextra -Werror': "base" on the system libxml2,
#    "next" on the new one (rpath) with the README's --enable-tests
#    --enable-sanitizers, and `make check` there.
# 3. The same `--parse` output on the conformance corpus and the same
#    rendered text (tests/unit/render-dump) on the HTML fixtures and on
#    every HTML body of the feed fixtures and the corpus, both builds;
#    .ci/libxml2-next.known lists the documents whose render may differ
#    (the tokenizers differ; .ci/libxml2-next-cmp.py compares).
# One line per check, "ok" or "FAILED"; exit 1 on any failure.  Logs and
# differences are kept in $CACHE/logs.
# Environment: LIBXML2_NEXT_CACHE (default /tmp/tidings-libxml2-next),
# SHARED_DIR (default ../shared beside the tree), LIBXML2_SUITE (unstable).
set -u
cd "$(dirname "$0")/.."
TOP=$PWD
CACHE=${LIBXML2_NEXT_CACHE:-/tmp/tidings-libxml2-next}
SHARED=${SHARED_DIR:-$TOP/../shared}
SUITE=${LIBXML2_SUITE:-unstable}
PREFIX=$CACHE/prefix
LOGS=$CACHE/logs
CFLAGS_CI='-O2 -Wall -Wextra -Werror'
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
T0=$(date +%s)
failed=0
mkdir -p "$CACHE" "$LOGS"
rm -f "$LOGS"/*

ok() { echo "$1 ok"; }
bad() { echo "$1 FAILED${2:+ ($2)}"; failed=1; }
# step NAME LOG CMD...: run CMD with its output in $LOGS/LOG.
step() {
	local name=$1 log=$LOGS/$2 t=$(date +%s)
	shift 2
	if "$@" >"$log" 2>&1; then
		ok "$name ($(( $(date +%s) - t )) s)"
	else
		bad "$name" "see $log"
		tail -15 "$log" | sed 's/^/    /'
		return 1
	fi
}
finish() {
	echo "libxml2-next: $(( $(date +%s) - T0 )) s"
	[ "$failed" -eq 0 ] || { echo "libxml2-next FAILED"; exit 1; }
	echo "libxml2-next ok"
	exit 0
}

# ---- packages: the README's test dependencies, dpkg-dev for the source
PKGS="build-essential autoconf automake autopoint gettext pkg-config
libncurses-dev libxml2-dev libcurl4-openssl-dev libsqlite3-dev libjansson-dev
zlib1g-dev libzstd-dev libdeflate-dev libbrotli-dev libcmocka-dev tmux python3
locales libxml2-utils groff-base dpkg-dev xz-utils ca-certificates"
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
apt_install() {
	apt-get update -q && apt-get install -y -q --no-install-recommends \
	    $missing
}
if [ -n "$missing" ]; then
	step "apt-get install$missing" apt.log apt_install || finish
else
	ok "packages present"
fi
if ! locale -a 2>/dev/null | grep -qi '^de_DE.utf8$'; then
	sed -i 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen
	locale-gen >/dev/null 2>&1
fi

# ---- libxml2 from $SUITE, sources only, through a private sources list
A=$CACHE/apt
mkdir -p "$A/lists/partial"
URI=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources \
    2>/dev/null | awk '{print $1; exit}')
[ -n "$URI" ] || URI=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ {print $2; exit}' \
    /etc/apt/sources.list 2>/dev/null)
[ -n "$URI" ] || { bad "Debian mirror" "none in the apt sources"; finish; }
printf 'deb-src %s %s main\n' "$URI" "$SUITE" >"$A/sources.list"
AO=(-o Dir::Etc::SourceList="$A/sources.list" -o Dir::Etc::SourceParts=-
    -o Dir::State::Lists="$A/lists" -o Acquire::Languages=none)
step "apt-get update ($SUITE deb-src, private list)" apt-src.log \
    apt-get "${AO[@]}" update -q || finish
VER=$(apt-cache "${AO[@]}" showsrc libxml2 | awk '
    /^Package: / { p = $2 } /^Version: / && p == "libxml2" { print $2 }' |
    sort -V | tail -1)
[ -n "$VER" ] || { bad "libxml2 source in $SUITE" "not found"; finish; }
if [ -f "$PREFIX/lib/pkgconfig/libxml-2.0.pc" ] &&
    [ "$(cat "$CACHE/built-version" 2>/dev/null)" = "$VER" ]; then
	ok "libxml2 $VER (built before, in $PREFIX)"
else
	build_libxml2() {
		rm -rf "$CACHE/src" "$PREFIX" "$CACHE/built-version"
		mkdir -p "$CACHE/src"
		cd "$CACHE/src" || return 1
		apt-get "${AO[@]}" source --download-only "libxml2=$VER" ||
		    return 1
		dpkg-source -x libxml2_*.dsc libxml2 || return 1
		cd libxml2 || return 1
		if [ -x configure ]; then
			./configure --prefix="$PREFIX" --disable-static \
			    --without-python --without-docs --with-legacy \
			    --with-http CFLAGS=-O2 &&
			make -j"$(nproc)" && make install || return 1
		else
			# A version without autotools: meson, as it ships.
			apt-get install -y -q --no-install-recommends meson \
			    ninja-build &&
			meson setup build --prefix="$PREFIX" --libdir=lib \
			    -Dpython=disabled -Ddocs=disabled -Dlegacy=enabled &&
			ninja -C build install || return 1
		fi
		echo "$VER" >"$CACHE/built-version"
	}
	step "libxml2 $VER built into $PREFIX" libxml2-build.log \
	    build_libxml2 || finish
	cd "$TOP" || exit 1
	rm -rf "$CACHE/src"
fi
NEXT_VERSION=$(PKG_CONFIG_PATH=$PREFIX/lib/pkgconfig pkg-config \
    --modversion libxml-2.0)

# ---- tidings twice, from a copy of the tree (the tree itself may be
# configured in place, which rules out VPATH builds from it)
copy_tree() {
	rm -rf "$1" && mkdir -p "$1" &&
	if git -C "$TOP" rev-parse --git-dir >/dev/null 2>&1; then
		git -C "$TOP" ls-files -z | (cd "$TOP" &&
		    xargs -0 cp -P --parents -t "$1")
	else
		cp -a "$TOP/." "$1" && (cd "$1" && make distclean || true)
	fi
}
build_tidings() {	# DIR CONFIGURE-OPTION [configure env...]
	local dir=$1 opt=$2
	shift 2
	copy_tree "$dir" && cd "$dir" && autoreconf -fi &&
	env "$@" ./configure --enable-tests $opt --with-shared="$SHARED" \
	    CFLAGS="$CFLAGS_CI" &&
	make -j"$(nproc)" && make -j"$(nproc)" tests/unit/render-dump
}
B=$CACHE/build-base
N=$CACHE/build-next
step "tidings built on the system libxml2 (-Werror)" build-base.log \
    build_tidings "$B" --disable-sanitizers
base_ok=$?
cd "$TOP" || exit 1
step "tidings built on libxml2 $NEXT_VERSION (-Werror)" build-next.log \
    build_tidings "$N" --enable-sanitizers PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" \
    LDFLAGS="-Wl,-rpath,$PREFIX/lib"
next_ok=$?
cd "$TOP" || exit 1
[ "$next_ok" -eq 0 ] || finish

# ---- the new library is the one loaded
want=$(echo "$NEXT_VERSION" | awk -F. '{ printf "%d%02d%02d", $1, $2, $3 }')
loaded=$("$N/tests/unit/render-dump" -v)
if ldd "$N/src/tidings" | grep -q "libxml2.*=> $PREFIX/lib/" &&
    [ "${loaded##* }" = "$want" ]; then
	ok "libxml2 $NEXT_VERSION loaded ($loaded)"
else
	bad "libxml2 $NEXT_VERSION loaded" "$loaded; $(ldd "$N/src/tidings" |
	    grep libxml2)"
	finish
fi

# ---- the test suite on the new library
t=$(date +%s)
if (cd "$N" && make -j"$(nproc)" check) >"$LOGS/check.log" 2>&1; then
	ok "make check on libxml2 $NEXT_VERSION ($(( $(date +%s) - t )) s)"
else
	bad "make check on libxml2 $NEXT_VERSION" "see $LOGS/check.log"
	grep -E '^(FAIL|ERROR|XPASS):' "$LOGS/check.log" | sed 's/^/    /'
	for f in $(grep -lE '^not ok|^ERROR|FAILED' $(find "$N/tests" \
	    -name '*.log' ! -name test-suite.log) 2>/dev/null); do
		echo "    ---- ${f#$N/}"
		grep -E '^not ok|FAILED|ERROR|got|want|expected' "$f" |
		    head -20 | sed 's/^/    /'
	done
fi

# ---- the same output on both versions
[ "$base_ok" -eq 0 ] || finish
CONF=$SHARED/conformance
# 20 feeds of 50 articles from the bench corpus generator, kept.
GEN=$SHARED/bench/gen_corpus.py
if [ -f "$GEN" ] && [ ! -f "$CACHE/bench/manifest.tsv" ]; then
	python3 "$GEN" --feeds 20 --items 50 --out "$CACHE/bench" >/dev/null 2>&1
fi
if [ -d "$CONF" ]; then
	n=0 nd=0
	: >"$LOGS/parse-diff.txt"
	for f in $(find "$CONF" -name '*.xml' | sort) \
	    "$CACHE"/bench/feed-*.xml; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		"$B/src/tidings" --parse "$f" >"$LOGS/p.base" 2>&1
		"$N/src/tidings" --parse "$f" >"$LOGS/p.next" 2>&1
		if ! cmp -s "$LOGS/p.base" "$LOGS/p.next"; then
			nd=$((nd + 1))
			{ echo "=== $f"
			  diff "$LOGS/p.base" "$LOGS/p.next" | head -20
			} >>"$LOGS/parse-diff.txt"
		fi
	done
	rm -f "$LOGS/p.base" "$LOGS/p.next"
	if [ "$nd" -eq 0 ] && [ "$n" -gt 0 ]; then
		ok "--parse the same on $n feeds (conformance, bench corpus)"
	else
		bad "--parse the same on $n feeds (conformance, bench corpus)" \
		    "$nd differ: $LOGS/parse-diff.txt"
		grep '^===' "$LOGS/parse-diff.txt" | head -20 | sed 's/^/    /'
	fi
else
	bad "--parse the same on the conformance corpus" "no $CONF"
fi

# Every HTML body the feed fixtures, the conformance corpus and 1000
# articles of the bench corpus hold, one file, documents separated by RS
# (from the base build's --parse JSON).
bodies() {
	for f in "$TOP"/tests/fixtures/feeds/*.xml $(find "$CONF" \
	    -name '*.xml' 2>/dev/null | sort) "$CACHE"/bench/feed-*.xml; do
		[ -f "$f" ] && "$B/src/tidings" --parse "$f" 2>/dev/null
		echo
	done | python3 -c '
import json, sys
out, dec, s, i = [], json.JSONDecoder(), sys.stdin.read(), 0
while True:
    while i < len(s) and s[i].isspace():
        i += 1
    if i >= len(s):
        break
    try:
        d, i = dec.raw_decode(s, i)
    except ValueError:
        j = s.find("\n", i)
        i = len(s) if j < 0 else j
        continue
    for e in d.get("entries", []) if isinstance(d, dict) else []:
        for k in ("content", "summary"):
            if isinstance(e.get(k), str) and e[k]:
                out.append(e[k])
sys.stdout.write("\x1e".join(out))
'
}
bodies >"$LOGS/bodies.rs"
FIXTURES="$TOP/tests/fixtures/html/*.html $TOP/tests/fixtures/html/*.txt"
render_all() {
	"$1/tests/unit/render-dump" $FIXTURES &&
	"$1/tests/unit/render-dump" -r "$LOGS/bodies.rs"
}
render_all "$B" >"$LOGS/render.base" 2>&1
render_all "$N" >"$LOGS/render.next" 2>&1
ndocs=$(grep -c "^"$'\x1e'"== " "$LOGS/render.base")
# Documents whose render differs for a reason the tokenizers have
# (.ci/libxml2-next.known says which and why) do not fail the check.
if python3 "$TOP/.ci/libxml2-next-cmp.py" "$LOGS/render.base" \
    "$LOGS/render.next" "$TOP/.ci/libxml2-next.known" $FIXTURES \
    -r "$LOGS/bodies.rs" >"$LOGS/render-diff.txt" 2>&1 &&
    [ "$ndocs" -gt 3 ]; then
	nk=$(grep -c '^    known ' "$LOGS/render-diff.txt")
	ok "rendered text the same on $ndocs documents ($nk known to differ)"
else
	bad "rendered text the same on $ndocs documents" \
	    "$LOGS/render-diff.txt"
fi
sed 's/^/  /' "$LOGS/render-diff.txt" | head -40
finish
