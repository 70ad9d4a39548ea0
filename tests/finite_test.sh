#!/bin/sh
# No inf or NaN reaches a report (issue 16): every example and good test
# scenario, and edge volumes on provisioned throughput (0, vanishing,
# tiny, huge), are rendered as table, JSON, CSV and Markdown; no output
# may hold inf or nan, and no run may end "out of memory".  A run may
# refuse its input (exit 3, FILE:LINE:COL), never print a non-finite.
# usage: tests/finite_test.sh BINARY
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail=0 runs=0
for v in 0 1e-310 1e-300 1e-200 1 1e15 1e300; do
	for key in requests_per_month requests_per_second; do
		for units in 1 auto; do
			f=$work/pt-$key-$v-$units.yaml
			cat > "$f" <<EOT
genaicost: scenario/1
name: p
pricing: aws-bedrock
region: us-east-1
deployment: {mode: provisioned, commitment: 6-month, model_units: $units, model_unit_input_tpm: 100K, model_unit_output_tpm: 20K}
workloads:
  - name: w
    model: anthropic.claude-instant-v1
    $key: $v
    input_tokens: 100
    output_tokens: 100
EOT
		done
	done
done
for s in examples/*.yaml tests/data/good/*.yaml "$work"/*.yaml; do
	for fmt in table json csv markdown; do
		runs=$((runs + 1))
		rc=0
		"$bin" estimate --explain --format "$fmt" "$s" > "$work/out" 2> "$work/err" || rc=$?
		if grep -Eiq '(^|[^a-z])(-?inf(inity)?|nan)([^a-z]|$)' "$work/out"; then
			echo "finite test: $s --format $fmt prints a non-finite figure:"
			grep -Ein '(^|[^a-z])(-?inf(inity)?|nan)([^a-z]|$)' "$work/out" | head -3
			fail=1
		fi
		if grep -q "out of memory" "$work/err"; then
			echo "finite test: $s --format $fmt: $(cat "$work/err")"
			fail=1
		fi
		case $rc in
		0) ;;
		3) grep -q "^genaicost: $s:[0-9]*:[0-9]*: " "$work/err" ||
			{ echo "finite test: $s refused without FILE:LINE:COL: $(cat "$work/err")"; fail=1; } ;;
		*) echo "finite test: $s --format $fmt: exit $rc: $(cat "$work/err")"; fail=1 ;;
		esac
	done
done
[ "$fail" = 0 ] && echo "finite test: $runs reports, no inf or NaN"
exit "$fail"
