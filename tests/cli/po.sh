#!/bin/sh
# The German catalogue is complete: every message the sources mark for
# translation (po/POTFILES.in, the keywords of po/Makevars) has a German
# msgstr, and the catalogue compiles.
. "$TOP_SRCDIR/tests/lib.sh"
for p in xgettext msgcmp msgfmt; do
	command -v $p >/dev/null 2>&1 || skip_all "$p is not installed"
done
plan 4
kw=$(sed -n 's/^XGETTEXT_OPTIONS *= *//p' "$TOP_SRCDIR/po/Makevars")
# shellcheck disable=SC2086
(cd "$TOP_SRCDIR" && xgettext $kw -f po/POTFILES.in -o "$T_TMP/tidings.pot") \
    2>"$T_TMP/xgettext.err"
check_eq "xgettext reads every file of POTFILES.in" "" "$(cat "$T_TMP/xgettext.err")"
msgcmp "$TOP_SRCDIR/po/de.po" "$T_TMP/tidings.pot" >"$T_TMP/out" 2>&1
check_eq "de.po translates every message" "0: " "$?: $(grep -v '^msgcmp: found' "$T_TMP/out" | head -n 5)"
missing=$(cd "$TOP_SRCDIR" && grep -l -E '(^|[^A-Za-z0-9_])(N|P)?_\(' \
    src/*.c src/*/*.c 2>/dev/null | while read -r f; do
	grep -qx "$f" po/POTFILES.in || echo "$f"
done)
check_eq "every source with translatable text is in POTFILES.in" "" "$missing"
msgfmt -c -o /dev/null "$TOP_SRCDIR/po/de.po" >"$T_TMP/out" 2>&1
check_eq "de.po compiles with checks" "0" "$?"
done_testing
