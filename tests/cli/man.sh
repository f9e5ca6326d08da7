#!/bin/sh
# The manual page renders without warnings and documents every option that
# --help lists.
. "$TOP_SRCDIR/tests/lib.sh"
command -v groff >/dev/null 2>&1 || skip_all "groff is not installed"
plan 3
page="$TOP_SRCDIR/doc/tidings.1"
text=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
check_eq "groff reports no warnings" "" "$text"
rendered=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g')
check_match "the page has a SYNOPSIS" '^SYNOPSIS' "$rendered"
run_td --help
missing=
for opt in $(printf '%s\n' "$T_OUT" | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
	printf '%s\n' "$rendered" | grep -q -- "$opt" || missing="$missing $opt"
done
check_eq "every --help option is in the manual" "" "$missing"
done_testing
