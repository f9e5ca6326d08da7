#!/bin/sh
# tests/check-layers.sh: the layering rules, checked on the sources (the
# build's per-archive include paths are the first line of defence).
#  - src/tui/ never includes libxml2, libcurl or SQLite headers, nor calls
#    their functions;
#  - src/tui/ reaches the cache only through model/: no store/ include and
#    no store_* call (model/model.h is the one way in);
#  - only src/store/ speaks SQL (sqlite3_* calls or SQL statements);
#  - only src/fetch/ uses libcurl; libxml2 stays in parse/, render/, conf/;
#  - jansson only in src/parse/ (JSON goes out through feed/feed-json.c);
#  - the picture libraries (libpng, libjpeg-turbo, libwebp, giflib,
#    libchafa and its glib) only in src/image/, which uses no curl or
#    SQLite.
. "$TOP_SRCDIR/tests/lib.sh"
SRC="$TOP_SRCDIR/src"
[ -d "$SRC/tui" ] || skip_all "no src/tui"

# grep_src REGEX DIR [EXCLUDE-DIR...]: matching lines of *.c/*.h, as file:line.
grep_src() {
	re=$1 dir=$2; shift 2
	ex=
	for d in "$@"; do ex="$ex --exclude-dir=$d"; done
	# shellcheck disable=SC2086
	grep -rnE --include='*.c' --include='*.h' $ex -- "$re" "$dir" 2>/dev/null
}

hits=$(grep_src '#[[:space:]]*include[[:space:]]*[<"](libxml/|curl/|sqlite3\.h)' "$SRC/tui")
check_eq "src/tui includes no libxml2/curl/sqlite3 header" "" "$hits"
hits=$(grep_src '\b(xml[A-Z][A-Za-z]*|html[A-Z][A-Za-z]*|curl_[a-z_]+|sqlite3_[a-z_]+)[[:space:]]*\(' "$SRC/tui")
check_eq "src/tui calls no libxml2/curl/sqlite3 function" "" "$hits"
hits=$(grep_src '#[[:space:]]*include[[:space:]]*"store/' "$SRC/tui")
check_eq "src/tui includes nothing of store/" "" "$hits"
hits=$(grep_src '\bstore_[a-z_]+[[:space:]]*\(' "$SRC/tui")
check_eq "src/tui calls no store_ function" "" "$hits"
hits=$(grep_src 'sqlite3_[a-z_]+[[:space:]]*\(|#[[:space:]]*include[[:space:]]*<sqlite3\.h>' "$SRC" store)
check_eq "no sqlite3 outside src/store" "" "$hits"
hits=$(grep_src '"[[:space:]]*(SELECT|INSERT[[:space:]]+INTO|UPDATE[[:space:]]+[a-z_]+[[:space:]]+SET|DELETE[[:space:]]+FROM|CREATE[[:space:]]+(TABLE|INDEX))[[:space:]]' "$SRC" store)
check_eq "no SQL statements outside src/store" "" "$hits"
hits=$(grep_src '#[[:space:]]*include[[:space:]]*<curl/' "$SRC" fetch)
check_eq "libcurl only in src/fetch" "" "$hits"
hits=$(grep_src '#[[:space:]]*include[[:space:]]*<libxml/' "$SRC" parse render conf)
check_eq "libxml2 only in parse/, render/, conf/" "" "$hits"
# One JSON writer (feed/feed-json.c) for --parse and --quotes: jansson
# only reads, in src/parse.
hits=$(grep_src '#[[:space:]]*include[[:space:]]*<jansson\.h>' "$SRC" parse)
check_eq "jansson only in src/parse" "" "$hits"
hits=$(grep_src '#[[:space:]]*include[[:space:]]*<(png\.h|turbojpeg\.h|jpeglib\.h|webp/|gif_lib\.h|chafa\.h|glib\.h)' "$SRC" image)
check_eq "picture libraries only in src/image" "" "$hits"
hits=$(grep_src '#[[:space:]]*include[[:space:]]*"(fetch|store|model|tui)/' "$SRC/image")
check_eq "src/image includes no fetch, store, model or tui header" "" "$hits"
echo "1..$T_N"
done_testing
