#!/bin/sh
# bench/quotes.sh: what extracting quotations costs for 100k articles.
# Generates the shared corpus (500 feeds x 200 items, deterministic), then
# times `tidings --parse` (the baseline: reading the same documents) and
# `tidings --quotes` (parse + render + quote finder + JSON) over every
# feed file, and prints the difference per article and as a ratio.
# Run by `make bench`; FEEDS / ITEMS / KEEP=DIR override the defaults.
: "${TIDINGS:?run through make bench}"
: "${SHARED_DIR:?run through make bench}"
FEEDS=${FEEDS:-500}
ITEMS=${ITEMS:-200}
PY=${PYTHON3:-python3}

dir=${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/tidings-bench-quotes.XXXXXX")}
mkdir -p "$dir"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$dir"' EXIT
if [ ! -f "$dir/corpus/manifest.tsv" ]; then
	"$PY" "$SHARED_DIR/bench/gen_corpus.py" --feeds "$FEEDS" \
	    --items "$ITEMS" --out "$dir/corpus" >/dev/null || exit 1
fi

now() { date +%s.%N; }
# CPU seconds (user + system) of the children, from `times` output saved
# in a file (times must run in the shell that waited for them).
cpu() { awk 'NR == 2 { gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }' "$1"; }

# run MODE: every feed through tidings MODE; prints "wall cpu" seconds
# (CPU time matters on a shared machine, where wall time drifts).
run() {
	t0=$(now)
	times >"$dir/times0"
	for f in "$dir"/corpus/feed-*.xml; do
		"$TIDINGS" "$1" "$f" || { echo "failed: $1 $f" >&2; exit 1; }
	done >"$dir/out$1"
	times >"$dir/times1"
	t1=$(now)
	c0=$(cpu "$dir/times0")
	c1=$(cpu "$dir/times1")
	echo "$t0 $t1 $c0 $c1" | awk '{ printf "%.2f %.2f", $2 - $1, $4 - $3 }'
}

articles=$((FEEDS * ITEMS))
tp=$(run --parse) || exit 1
tq=$(run --quotes) || exit 1
nq=$(grep -c '"kind"' "$dir/out--quotes")
speech=$(grep -c '"kind": "speech"' "$dir/out--quotes")
named=$(grep '"kind": "speech"' "$dir/out--quotes" | grep -vc '"speaker": ""')
echo "articles:            $articles in $FEEDS files"
echo "quotations found:    $nq ($speech speech, $named of them with a speaker)"
echo "$tp $tq $articles" | awk '{
	printf "--parse  (baseline): %.2f s wall, %.2f s CPU\n", $1, $2
	printf "--quotes:            %.2f s wall, %.2f s CPU\n", $3, $4
	printf "extraction cost:     %.0f us CPU per article (%.1f s per 100k), %.2fx the parse CPU time\n",
	    ($4 - $2) * 1e6 / $5, ($4 - $2) * 100000 / $5, $4 / $2 }'
