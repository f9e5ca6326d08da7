#!/bin/sh
# tests/cli/json.sh: the JSON tidings writes.  --quotes goes through the
# same writer as --parse (feed/feed-json.c); this pins its bytes on text
# that needs escaping (the expected lines are what the jansson writer it
# replaced printed).
. "$TOP_SRCDIR/tests/lib.sh"

cat >"$T_TMP/q.xml" <<'EOF'
<rss version="2.0"><channel><title>t</title><item><title>x</title>
<description><![CDATA[<p>“A back\slash, a \"quote\", é 漢字 and&#9;tab,” said Ann Lee.</p><pre>&gt; pre “line\one” here</pre><blockquote><p>Quoted &#x1b;[31m block \ "x"</p></blockquote>]]></description></item></channel></rss>
EOF
cat >"$T_TMP/q.expect" <<'EOF'
[
{"entry": 0, "kind": "speech", "level": 1, "text": "A back\\slash, a \\\"quote\\\", é 漢字 and tab,", "speaker": "Ann Lee"},
{"entry": 0, "kind": "term", "level": 2, "text": "quote\\", "speaker": ""},
{"entry": 0, "kind": "block", "level": 1, "text": "pre “line\\one” here", "speaker": ""},
{"entry": 0, "kind": "block", "level": 1, "text": "Quoted [31m block \\ \"x\"", "speaker": ""},
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

echo "1..$T_N"
done_testing
