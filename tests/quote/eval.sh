#!/bin/sh
# tests/quote/eval.sh: the attribution's evaluation set (tests/quote/eval,
# see its README): the whole set fails below found 95%, speakers right
# 90%, any term taken as speech, or more than 1 in 10 unattributed
# quotations given a name.  The figures of the dev, held-out and fresh parts are
# printed too, per style (informational: each part is small).
. "$TOP_SRCDIR/tests/lib.sh"
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || skip_all "python3 not found"
EVAL="$TOP_SRCDIR/tests/quote/eval"
plan 1
for set in dev held fresh next blind; do
	"$PY" "$EVAL/score.py" "$TIDINGS" "$EVAL" --set "$set" 2>&1 |
	    sed 's/^/# /'
done
if "$PY" "$EVAL/score.py" "$TIDINGS" "$EVAL" --set all --check \
    >"$T_TMP/all.out" 2>&1; then
	ok "the evaluation set scores above the bar"
else
	not_ok "the evaluation set scores above the bar"
	"$PY" "$EVAL/score.py" "$TIDINGS" "$EVAL" --set all -v 2>&1 |
	    grep -v '^  ' | sed 's/^/# /'
fi
sed 's/^/# /' "$T_TMP/all.out"
done_testing
