#!/bin/sh
# tests/cli/terminal-safety.sh: no byte sequence from a feed reaches the
# terminal raw through the command line.  tests/cli/terminal-safety.py
# writes an RSS feed (every code point 0x01-0xFF as references), an RSS in
# ISO-8859-1 and an Atom in windows-1252 (every byte 0x01-0xFF raw) and a
# JSON Feed (\u escapes), each carrying CSI/OSC/DCS/APC/PM/SOS sequences,
# 7- and 8-bit, bidi controls and zero-width characters in every field;
# then it checks each output: plain text has no ESC, no C0 but \n and \t,
# no DEL or C1, no bidi control or ZWSP/WJ/BOM; JSON has every control
# character \u-escaped; OPML is valid XML and its attributes are clean.
. "$TOP_SRCDIR/tests/lib.sh"
PY="${PYTHON3:-python3}"
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"
GEN="$TOP_SRCDIR/tests/cli/terminal-safety.py"
plan 28
# -e copies DEL, bidi controls and ZWSP/WJ/BOM from titles and URLs into
# the OPML; expected to fail until the OPML writer drops them.  Once it
# does, empty this (an unexpected pass fails the suite):
OPML_TODO=
t_home
F="$T_TMP/feeds"
mkdir -p "$F"
"$PY" "$GEN" feeds "$F" || exit 99

# check_safe DESC KIND FILE: the output in FILE is safe as KIND.
# A TODO check that fails is reported (XFAIL) but fails nothing.
check_safe() {
	if r=$("$PY" "$GEN" check "$2" "$3"); then ok "$1"; else
		not_ok "$1"; printf '%s\n' "$r"
		case $1 in *'# TODO'*) T_FAILED=$((T_FAILED - 1)) ;; esac
	fi
}

# Feed errors quote what a server or a document said: a missing file with
# controls in its name, a document with a hostile encoding name, and a
# command whose error output is a terminal sequence.
esc=$(printf '\033')
printf '<?xml version="1.0" encoding="x%s]0;ZQOSCENC%s"?><rss/>\n' \
    "$esc" "$(printf '\007')" >"$F/bad-encoding.xml"
printf '<rss version="2.0"><channel><title>t</title><it\302\233em></channel>\n' \
    >"$F/bad-markup.xml"
# what the command says goes to stdout (the document) and stderr
printf '#!/bin/sh\nprintf "\\033]0;ZQOSCEXEC\\007\\302\\235ZQC1\\033[6n" | tee /dev/stderr\nexit 3\n' \
    >"$F/evil.sh"
chmod +x "$F/evil.sh"
{
	for f in rss-refs.xml rss-latin1.xml atom-1252.xml feed.json \
	    bad-encoding.xml bad-markup.xml; do
		echo "file://$F/$f"
	done
	printf 'file://%s/missing%s]0;ZQOSCURL\007\302\233\342\200\256.xml\n' "$F" "$esc"
	echo "exec:$F/evil.sh"
} >"$T_TMP/urls"
U="-u $T_TMP/urls -c $T_TMP/cache.db -C /dev/null"

# shellcheck disable=SC2086 # $U is words
"$TIDINGS" $U -x reload >"$T_TMP/reload.out" 2>"$T_TMP/reload.err" </dev/null
check_eq "-x reload exits 0 despite the failed feeds" 0 "$?"
check_safe "-x reload: standard output" text "$T_TMP/reload.out"
check_safe "-x reload: the summary and errors" text "$T_TMP/reload.err"
check_match "the summary counts every feed" '8' "$(cat "$T_TMP/reload.err" "$T_TMP/reload.out")"
# shellcheck disable=SC2086
"$TIDINGS" $U -x print-unread >"$T_TMP/unread.out" 2>"$T_TMP/unread.err" </dev/null
check_match "every good feed was read (-x print-unread)" '^(8|9|[1-9][0-9]+)( |$)' "$(cat "$T_TMP/unread.out")"
check_safe "-x print-unread: standard output" text "$T_TMP/unread.out"
check_safe "-x print-unread: standard error" text "$T_TMP/unread.err"
# shellcheck disable=SC2086
"$TIDINGS" $U -x errors >"$T_TMP/errors.out" 2>"$T_TMP/errors.err" </dev/null
check_match "-x errors lists the broken ones" 'missing.*evil' "$(cat "$T_TMP/errors.out" | tr '\n' ' ')"
check_safe "-x errors: standard output" text "$T_TMP/errors.out"
check_safe "-x errors: standard error" text "$T_TMP/errors.err"

# -e: the titles are the feeds' own.
# shellcheck disable=SC2086
"$TIDINGS" $U -e >"$T_TMP/export.opml" 2>"$T_TMP/export.err" </dev/null
check_eq "-e exits 0" 0 "$?"
check_match "-e carries a feed's title" 'RSSFEED-begin' "$(cat "$T_TMP/export.opml")"
check_safe "-e: OPML, valid XML, clean titles and URLs$OPML_TODO" opml "$T_TMP/export.opml"
check_safe "-e: standard error" text "$T_TMP/export.err"

# -i of an OPML whose titles and URLs are hostile, then -e again.
"$PY" "$GEN" opml "$T_TMP/import.opml" || exit 99
"$TIDINGS" -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -C /dev/null \
    -i "$T_TMP/import.opml" >"$T_TMP/import.out" 2>"$T_TMP/import.err" </dev/null
check_eq "-i takes the hostile OPML" 0 "$?"
check_safe "-i: standard output" text "$T_TMP/import.out"
check_safe "-i: standard error" text "$T_TMP/import.err"
"$TIDINGS" -u "$T_TMP/urls2" -c "$T_TMP/cache2.db" -C /dev/null -e \
    >"$T_TMP/export2.opml" 2>"$T_TMP/export2.err" </dev/null
# Imports take http(s) addresses in printable ASCII only: the one with
# control characters is skipped, the hostile title on a clean one kept.
check_match "-e after -i has the feed with a clean address" \
    'xmlUrl="https://example.org/o.xml"' "$(cat "$T_TMP/export2.opml")"
check_eq "-i skipped the address with control characters" "" \
    "$(grep -o 'OPMLURL-' "$T_TMP/export2.opml")"
check_safe "-e after -i: OPML, valid XML, clean$OPML_TODO" opml "$T_TMP/export2.opml"

# --parse and --quotes: JSON with every control character escaped.
for f in rss-refs.xml atom-1252.xml feed.json; do
	"$TIDINGS" --parse "$F/$f" >"$T_TMP/parse.json" 2>"$T_TMP/parse.err" </dev/null
	check_safe "--parse $f: JSON, controls escaped" json "$T_TMP/parse.json"
done
"$TIDINGS" --parse "$F/rss-latin1.xml" >"$T_TMP/parse.json" 2>"$T_TMP/parse.err" </dev/null
check_match "--parse of the raw latin-1 feed keeps its text" 'LATINTITLE-begin' "$(cat "$T_TMP/parse.json")"
check_safe "--parse rss-latin1.xml: JSON, controls escaped" json "$T_TMP/parse.json"
"$TIDINGS" --parse "$F/bad-encoding.xml" >"$T_TMP/parse.out" 2>"$T_TMP/parse.err" </dev/null
check_safe "--parse of a hostile encoding name: the error" text "$T_TMP/parse.err"
for f in rss-refs.xml feed.json; do
	"$TIDINGS" --quotes "$F/$f" >"$T_TMP/quotes.json" 2>"$T_TMP/quotes.err" </dev/null
	check_safe "--quotes $f: JSON, controls escaped (exit $?)" json "$T_TMP/quotes.json"
done
done_testing
