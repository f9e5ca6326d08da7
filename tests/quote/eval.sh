#!/bin/sh
# tests/quote/eval.sh: the attribution's evaluation set (tests/quote/eval,
# see its README): fails below found 95%, speakers right 90%, any term
# taken as speech, or more than 1 in 10 unattributed quotations given a
# name.  The figures are printed per style, for the dev and held-out
# halves and for all of it.
. "$TOP_SRCDIR/tests/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"
EVAL="$TOP_SRCDIR/tests/quote/eval"
plan 3
for set in dev held all; do
	if "$PY" "$EVAL/score.py" "$TIDINGS" "$EVAL" --set "$set" --check \
	    >"$T_TMP/$set.out" 2>&1; then
		ok "evaluation set ($set) scores above the bar"
	else
		not_ok "evaluation set ($set) scores above the bar"
		"$PY" "$EVAL/score.py" "$TIDINGS" "$EVAL" --set "$set" -v 2>&1 |
		    grep -v '^  ' | sed 's/^/# /'
	fi
	sed 's/^/# /' "$T_TMP/$set.out"
done
done_testing
