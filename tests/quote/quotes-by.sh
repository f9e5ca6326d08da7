#!/bin/sh
# tests/quote/quotes-by.sh: the quotation index.  A cache is built from the
# real article and the fixtures the way reload builds it, with quotes
# indexed as reload indexes the articles it writes (quote-cache); then
# `tidings --quotes-by NAME` must list each person's quotations.
. "$TOP_SRCDIR/tests/lib.sh"

MK="$TOP_BUILDDIR/tests/quote/quote-cache"
[ -x "$MK" ] || skip_all "quote-cache not built"
FIX="$TOP_SRCDIR/tests/fixtures/quotes"
CACHE="$T_TMP/cache.db"
plan 11

check "build and index a cache" "$MK" "$CACHE" \
    "$TOP_SRCDIR/data/demo/city-desk.xml" "$FIX/across-paragraphs.xml" \
    "$FIX/french.xml"
TITLE='Los Angeles declared a sanctuary city after unanimous council vote'

run_td -c "$CACHE" --quotes-by "Bass"
check_eq "--quotes-by a surname finds the full name" \
    "Karen Bass: “Los Angeles will always stand together, especially with our immigrant community,” — $TITLE" \
    "$T_OUT"

run_td -c "$CACHE" --quotes-by "eunisses hernandez"
check_eq "--quotes-by is case-insensitive and lists every quotation" 2 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Eunisses Hernandez: “')"

run_td -c "$CACHE" --quotes-by "Olga Ivanova"
check_match "a quotation across paragraphs is one line" \
    '^Olga Ivanova: “I woke up .* doorstep\. We carried .* was a lake,” — Flood survivors' \
    "$T_OUT"

run_td -c "$CACHE" --quotes-by "Tomás"
check_eq "accented names; continuation quotes count" 3 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Tomás García: ')"

run_td -c "$CACHE" --quotes-by "Pierre Oliver"
check_eq "French attribution (a-t-il ajouté)" 2 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Pierre Oliver: ')"

run_td -c "$CACHE" --quotes-by "Nobody Atall"
check "an unknown speaker: exit 1 with a message" \
    test "$T_RC" -eq 1 -a -n "$T_ERR" -a -z "$T_OUT"

# Indexing again replaces, never duplicates.
"$MK" "$CACHE" "$TOP_SRCDIR/data/demo/city-desk.xml" >/dev/null
run_td -c "$CACHE" --quotes-by "Bass"
check_eq "re-indexing does not duplicate" 1 \
    "$(printf '%s\n' "$T_OUT" | grep -c '^Karen Bass')"

run_td -c "$CACHE" --quotes-by "border"
check_eq "terms have no speaker to find" "" "$T_OUT"
# End to end: -x reload indexes what it stores.
t_home
printf 'file://%s\n' "$TOP_SRCDIR/data/demo/city-desk.xml" >"$T_TMP/urls"
run_td -u "$T_TMP/urls" -c "$T_TMP/reload.db" -x reload
check_eq "-x reload of the real article" 0 "$T_RC"
run_td -c "$T_TMP/reload.db" --quotes-by "Homan"
check_match "-x reload indexed its quotations" \
    '^Tom Homan: “If sanctuary cities don’t want to help us' "$T_OUT"
done_testing
