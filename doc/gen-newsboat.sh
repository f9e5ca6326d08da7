#!/bin/sh
# doc/gen-newsboat.sh: write doc/newsboat.md from the code's tables (run
# from the build directory after `make check`'s programs are built, or
# give the generator: doc/gen-newsboat.sh [tests/unit/newsboat-doc]).
set -e
gen=${1:-tests/unit/newsboat-doc}
top=$(dirname "$0")/..
"$gen" >"$top/doc/newsboat.md.tmp"
mv "$top/doc/newsboat.md.tmp" "$top/doc/newsboat.md"
