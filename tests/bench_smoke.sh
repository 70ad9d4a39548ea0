#!/bin/sh
# make bench's two programs, built as make check builds everything and run
# on small counts: they run, report every line, and bench-ceiling's link-
# time wrapping took (its stubs count their calls).  Figures are not
# checked: timing belongs to make bench, not to tests.
# usage: tests/bench_smoke.sh BUILD_DIR
set -eu
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail=0
"$build/bench" bench/three-workloads.yaml pricing/aws-bedrock.yaml 20 bench/mc-reference.yaml 4096 \
	examples/uncertain-demand.yaml 100000 50 "$build/genaicost" bench/single-lognormal.yaml 20000 >"$work/bench" 2>&1 ||
	{ echo "bench smoke: bench failed"; fail=1; }
for want in 'monte carlo memory: examples/uncertain-demand.yaml, 100000 trials: exact percentiles' \
	'sweep 20 x 20 grid, 2 options: 400 points, 800 estimates' \
	'monte carlo 4096 trials, 4 options, 5 inputs:' 'a bare GSL loop drawing the same variates:' \
	'sensitivity over 5 workloads:' 'over 50:' 'single lognormal (bench/single-lognormal.yaml' \
	'20000 trials: bare loop' 'exact    1 thread' 'streamed 1 thread'; do
	grep -qF "$want" "$work/bench" || { echo "bench smoke: bench did not print '$want'"; fail=1; }
done
# the sweep written as CSV, 20 x 20, two runs: every line printed
"$build/bench-sweep-csv" bench/three-workloads.yaml pricing/aws-bedrock.yaml "$build/genaicost" 20 2 >"$work/sweepcsv" 2>&1 ||
	{ echo "bench smoke: bench-sweep-csv failed"; fail=1; }
for want in 'sweep 20 x 20 as CSV (' 'library gac_sweep_run' 'library gac_sweep_write' 'CLI what-if --format csv' \
	'(target 3x)'; do
	grep -qF "$want" "$work/sweepcsv" || { echo "bench smoke: bench-sweep-csv did not print '$want'"; fail=1; }
done
# three rounds of two stubbed modes, 4096 trials of four options and one
# estimate of each option before them (whether a capacity verdict applies,
# for P(under capacity)): 3 x 2 x 4 x (4096 + 1) estimates; three rounds
# of nine series sorted in one mode
"$build/bench-ceiling" pricing/aws-bedrock.yaml bench/mc-reference.yaml 4096 >"$work/ceiling" 2>&1 ||
	{ echo "bench smoke: bench-ceiling failed"; fail=1; }
for want in 'monte carlo ceiling, 4096 trials on 1 thread' 'the real engine' 'the engine free, no sorting' \
	'(98328 estimates stubbed, 27 sorts skipped)'; do
	grep -qF "$want" "$work/ceiling" || { echo "bench smoke: bench-ceiling did not print '$want'"; fail=1; }
done
# the scale runs at a hundredth of their size: every run reports its
# time and peak memory
sh bench/scale.sh "$build" 100 >"$work/scale" 2>&1 || { echo "bench smoke: bench/scale.sh failed"; fail=1; }
for want in 'estimate, 200 options:' 'compare, 200 options:' 'sensitivity, 10 workloads:' \
	'sweep of 100 x 1000 = 100000 points, CSV:'; do
	grep -qF "$want" "$work/scale" || { echo "bench smoke: bench/scale.sh did not print '$want'"; fail=1; }
done
# calibrate over 1,000 generated invocation-log records, gzip and plain,
# two runs each: every run and the ranges reported, inflate alone first
sh bench/calibrate.sh "$build" 1000 2 plain >"$work/calibrate" 2>&1 || { echo "bench smoke: bench/calibrate.sh failed"; fail=1; }
for want in 'inflate alone (zlib ' ' bytes, 1000 lines in ' 'calibrate: 1000 invocation-log records (' ' MB gzip), run 2 of 2: ' \
	' MB gzip), 2 runs: ' ' MB plain), run 1 of 2: ' ' MB plain), 2 runs: ' '(target 1,000,000), peak RSS ' 'load average before: '; do
	grep -qF "$want" "$work/calibrate" || { echo "bench smoke: bench/calibrate.sh did not print '$want'"; fail=1; }
done
if [ $fail -ne 0 ]; then
	cat "$work/bench" "$work/ceiling" "$work/scale" "$work/calibrate"
	exit 1
fi
echo "bench smoke: ok"
