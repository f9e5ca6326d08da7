#!/bin/sh
# tests/cli/json.sh: the JSON tidings writes.  --quotes goes through the
# same writer as --parse (feed/feed-json.c); this pins its bytes on text
# that needs escaping (the expected lines are what the jansson writer it
# replaced printed), and holds doc/parse-json.md to the output.  No control
# character reference here: libxml2 2.9 drops "&#x1b;" where 2.14's HTML
# tokenizer keeps U+001B, as HTML says (terminal-safety.sh covers those).
. "$TOP_SRCDIR/tests/lib.sh"

cat >"$T_TMP/q.xml" <<'EOF'
<rss version="2.0"><channel><title>t</title><item><title>x</title>
<description><![CDATA[<p>“A back\slash, a \"quote\", é 漢字 and&#9;tab,” said Ann Lee.</p><pre>&gt; pre “line\one” here</pre><blockquote><p>Quoted &lt;b&gt; block \ "x"</p></blockquote>]]></description></item></channel></rss>
EOF
cat >"$T_TMP/q.expect" <<'EOF'
[
{"entry": 0, "kind": "speech", "level": 1, "text": "A back\\slash, a \\\"quote\\\", é 漢字 and tab,", "speaker": "Ann Lee"},
{"entry": 0, "kind": "term", "level": 2, "text": "quote\\", "speaker": ""},
{"entry": 0, "kind": "block", "level": 1, "text": "pre “line\\one” here", "speaker": ""},
{"entry": 0, "kind": "block", "level": 1, "text": "Quoted <b> block \\ \"x\"", "speaker": ""},
{"entry": 0, "kind": "term", "level": 1, "text": "x", "speaker": ""}
]
EOF
"$TIDINGS" --quotes "$T_TMP/q.xml" >"$T_TMP/q.out" 2>"$T_TMP/err"
check_eq "--quotes exits 0" 0 $?
if cmp -s "$T_TMP/q.expect" "$T_TMP/q.out"; then
	ok "--quotes escapes as before, byte for byte"
else
	not_ok "--quotes escapes as before, byte for byte"
	diff -u "$T_TMP/q.expect" "$T_TMP/q.out" | sed 's/^/# /'
fi

# doc/parse-json.md against what --parse and --quotes write: every key
# written is documented at its place with its type, enum values listed,
# and every documented key is written (and in a writer's source).
PY=${PYTHON3:-python3}
if command -v "$PY" >/dev/null 2>&1; then
	set --
	i=0
	for f in "$TOP_SRCDIR"/tests/fixtures/feeds/* \
	    ${SHARED_DIR:+"$SHARED_DIR"/conformance/*/*}; do
		[ -f "$f" ] || continue
		i=$((i + 1))
		"$TIDINGS" --parse "$f" >"$T_TMP/p$i.json" 2>/dev/null
		set -- "$@" "parse:$T_TMP/p$i.json"
	done
	for f in "$TOP_SRCDIR"/tests/fixtures/quotes/*.xml "$T_TMP/q.xml"; do
		i=$((i + 1))
		"$TIDINGS" --quotes "$f" >"$T_TMP/p$i.json" 2>/dev/null
		set -- "$@" "quotes:$T_TMP/p$i.json"
	done
	cat "$TOP_SRCDIR/src/feed/feed-json.c" \
	    "$TOP_SRCDIR/src/cli/cmd-quotes.c" >"$T_TMP/writer.c"
	out=$("$PY" "$TOP_SRCDIR/tests/cli/json-schema.py" \
	    "$TOP_SRCDIR/doc/parse-json.md" "$T_TMP/writer.c" "$@" \
	    2>"$T_TMP/schema.err")
	check_eq "doc/parse-json.md matches the JSON written" "" "$out"
	diag "$(cat "$T_TMP/schema.err")"
	# the checker itself: an undocumented key and a lost one are caught
	printf '{"format":"rss20","feed":{},"entries":[{"bogus":1}]}' \
	    >"$T_TMP/bad.json"
	out=$("$PY" "$TOP_SRCDIR/tests/cli/json-schema.py" \
	    "$TOP_SRCDIR/doc/parse-json.md" "$T_TMP/writer.c" \
	    "parse:$T_TMP/bad.json" 2>/dev/null)
	check_match "the check finds an undocumented key" \
	    'key entries\[\]\.bogus not documented' "$out"
	check_match "the check finds a documented key never written" \
	    'documented feed key title never written' "$out"
	sed 's/`rss20`, //' "$TOP_SRCDIR/doc/parse-json.md" >"$T_TMP/doc.md"
	out=$("$PY" "$TOP_SRCDIR/tests/cli/json-schema.py" "$T_TMP/doc.md" \
	    "$T_TMP/writer.c" "parse:$T_TMP/bad.json" 2>/dev/null)
	check_match "the check finds an unlisted enum value" \
	    "format = 'rss20' is not listed" "$out"
else
	ok "# SKIP no python3"
fi

echo "1..$T_N"
done_testing
