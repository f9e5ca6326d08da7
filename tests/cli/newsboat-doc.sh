#!/bin/sh
# tests/cli/newsboat-doc.sh: doc/newsboat.md is what the code's tables say
# (tests/unit/newsboat-doc prints it); regenerate with doc/gen-newsboat.sh.
. "$TOP_SRCDIR/tests/lib.sh"
GEN="$TOP_BUILDDIR/tests/unit/newsboat-doc"
[ -x "$GEN" ] || skip_all "tests/unit/newsboat-doc not built"
"$GEN" >"$T_TMP/newsboat.md"
check_eq "the generator runs" 0 "$?"
if cmp -s "$T_TMP/newsboat.md" "$TOP_SRCDIR/doc/newsboat.md"; then
	ok "doc/newsboat.md matches the code"
else
	not_ok "doc/newsboat.md matches the code (run doc/gen-newsboat.sh)"
	diff "$TOP_SRCDIR/doc/newsboat.md" "$T_TMP/newsboat.md" | head -n 20 |
	    sed 's/^/# /'
fi
check_eq "every config command has a row" 180 \
    "$(grep -c '^| `[a-z0-9-]*` | [^|]* |$' "$T_TMP/newsboat.md")"
check_match "the count line is there" \
    "tidings honours [0-9]+ of the [0-9]+ others" "$(cat "$T_TMP/newsboat.md")"
check_eq "every operation has a row" 96 \
    "$(grep -c '^| `[a-z0-9-]*` | .* | .* | .* |$' "$T_TMP/newsboat.md")"
plan "$T_N"
done_testing
