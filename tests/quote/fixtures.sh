#!/bin/sh
# tests/quote/fixtures.sh: `tidings --quotes` over every fixture article must
# print exactly the expected JSON; city-desk (the real article) is read from
# data/demo/city-desk.xml.  Also: stdin, errors, and the shared fixture
# being identical to the repo copy.
. "$TOP_SRCDIR/tests/lib.sh"

FIX="$TOP_SRCDIR/tests/fixtures/quotes"
set -- "$FIX"/*.expect.json
plan $(( $# + 5 ))

for exp in "$@"; do
	base=$(basename "$exp" .expect.json)
	if [ "$base" = city-desk ]; then
		in="$TOP_SRCDIR/data/demo/city-desk.xml"
	else
		in="$FIX/$base.xml"
	fi
	"$TIDINGS" --quotes "$in" >"$T_TMP/$base.json" 2>"$T_TMP/err"
	if cmp -s "$exp" "$T_TMP/$base.json"; then
		ok "--quotes $base"
	else
		not_ok "--quotes $base"
		diff -u "$exp" "$T_TMP/$base.json" | sed 's/^/# /'
		sed 's/^/# stderr: /' "$T_TMP/err"
	fi
done

# Every quotation in the real article carries its speaker's full name.
out=$("$TIDINGS" --quotes - <"$TOP_SRCDIR/data/demo/city-desk.xml")
check_eq "city-desk: speech quotes without a speaker" 0 \
    "$(printf '%s\n' "$out" | grep '"kind": "speech"' | grep -c '"speaker": ""')"
check_match "city-desk: the nickname is a term" \
    '"kind": "term", "level": 1, "text": "border czar,", "speaker": ""' "$out"

printf '<rss version="2.0"><channel><title>x</title></channel></rss>' \
    >"$T_TMP/empty.xml"
run_td --quotes "$T_TMP/empty.xml"
check_eq "a feed without entries gives []" "[]" "$T_OUT"

run_td --quotes "$T_TMP/missing.xml"
check "a missing file fails with a message" \
    test "$T_RC" -ne 0 -a -n "$T_ERR"

if [ -n "${SHARED_DIR:-}" ] && [ -f "$SHARED_DIR/fixtures/city-desk.rss" ]; then
	check "data/demo/city-desk.xml is the shared fixture" \
	    cmp -s "$SHARED_DIR/fixtures/city-desk.rss" \
	    "$TOP_SRCDIR/data/demo/city-desk.xml"
else
	ok "# SKIP shared fixtures absent"
fi
done_testing
