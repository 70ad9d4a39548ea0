#!/bin/sh
# examples/usage/reconcile.sh, run for real against the built binary:
# the quarter (estimate 3 × 2,275.55 = 6,826.65, billed 7,120.25: +4.3%)
# is within 5% (exit 0), September alone (2,563.40 against 2,275.55:
# +12.6%) is not (exit 1), and the same bill gzip-compressed reads the same.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
: "${GENAICOST:=$root/build/genaicost}"
export GENAICOST
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "reconcile example: $*"; fail=1; }

sh "$root/examples/usage/reconcile.sh" > "$work/q3" 2> "$work/err"
rc=$?
[ "$rc" = 0 ] || bad "the quarter exits $rc, expected 0: $(cat "$work/err")"
grep -q 'Within the tolerance of 5%: billed \$7,120.25 against \$6,826.65 estimated' "$work/q3" ||
	bad "the quarter's totals are not 7,120.25 billed against 6,826.65"
grep -q 'output_priority .* not in the scenario' "$work/q3" || bad "the priority tier line is not marked"
grep -q 'AmazonBedrock: Tax' "$work/q3" || bad "the tax lines are not listed"

sh "$root/examples/usage/reconcile.sh" --month 2026-09 > "$work/sep" 2>&1
rc=$?
[ "$rc" = 1 ] || bad "September exits $rc, expected 1"
grep -q 'Over the tolerance of 5%: billed \$2,563.40 against \$2,275.55 estimated' "$work/sep" ||
	bad "September's totals are not 2,563.40 billed against 2,275.55"

gzip -c "$root/examples/usage/cur-2026-q3.csv" > "$work/cur-2026-q3.csv.gz"
"$GENAICOST" reconcile "$root/examples/usage/assistant.yaml" --bill "$work/cur-2026-q3.csv.gz" --format csv \
	> "$work/gz.csv" 2>&1 || bad "the gzip bill exits $?"
"$GENAICOST" reconcile "$root/examples/usage/assistant.yaml" --bill "$root/examples/usage/cur-2026-q3.csv" \
	--format csv > "$work/plain.csv" 2>&1
cmp -s "$work/gz.csv" "$work/plain.csv" || bad "the gzip bill reconciles otherwise than the plain one"

[ "$fail" = 0 ] && echo "reconcile example: quarter within 5%, September over, gzip as plain: ok"
exit "$fail"
