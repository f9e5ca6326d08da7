#!/bin/sh
# tests/parse/conformance.sh: `tidings --parse` against the shared
# conformance corpus (feedparser's and newsboat's test feeds with
# feedparser's answers).  Fails below 97% or on any crash or hang.
. "$TOP_SRCDIR/tests/lib.sh"

corpus=${SHARED_DIR:+$SHARED_DIR/conformance}
if [ -z "$corpus" ] || [ ! -f "$corpus/check_conformance.py" ]; then
	skip_all "no conformance corpus (SHARED_DIR not set)"
fi
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "no python3"

plan 4
"$PY" "$corpus/check_conformance.py" --reader "$TIDINGS --parse" \
    --timeout 20 --show 50 "$corpus" >"$T_TMP/report" 2>&1
rc=$?
check_eq "checker ran" 0 "$rc"
last=$(tail -n 1 "$T_TMP/report")
passed=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
failed=$(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
check_match "summary line" '^[0-9]+ passed, [0-9]+ failed' "$last"
if grep -q '^CRASH/HANG' "$T_TMP/report"; then
	not_ok "no crashes or hangs"
	sed -n '/^CRASH\/HANG/,/^$/p' "$T_TMP/report" | diag "$(cat)"
else
	ok "no crashes or hangs"
fi
total=$(( ${passed:-0} + ${failed:-0} ))
if [ "$total" -gt 0 ] && [ $(( ${passed:-0} * 1000 / total )) -ge 970 ]; then
	ok "conformance $passed/$total >= 97%"
else
	not_ok "conformance ${passed:-0}/$total >= 97%"
	diag "$(sed -n '/failures:/,$p' "$T_TMP/report")"
fi
done_testing
