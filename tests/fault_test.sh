#!/bin/sh
# Allocation-failure injection: a build where the n-th allocation fails
# (GAC_FAIL_ALLOC=n).  A counting run (GAC_COUNT_ALLOC=1) says how many
# allocations loading each scenario and its sheet and estimating makes;
# then every one of them fails in turn.  Each run must end cleanly: exit 4
# with an "out of memory" message, or exit 0 with exactly the report of a
# run where nothing failed (a failure absorbed must not change a figure);
# AddressSanitizer's leak checker reports any crash or leak (exit 99).
set -u
bin=${1:?usage: fault_test.sh GENAICOST SCENARIO...}
shift
export ASAN_OPTIONS=detect_leaks=1:exitcode=99
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# several scenarios: one child run each, side by side (each ASan run is
# mostly start-up, so two cores halve the time), then their totals summed
if [ $# -gt 1 ]; then
	i=0
	for scen in "$@"; do
		sh "$0" "$bin" "$scen" > "$tmp/log.$i" 2>&1 &
		i=$((i + 1))
	done
	wait
	passed=0 failed=0
	for log in "$tmp"/log.*; do
		grep -v '^fault-test: [0-9]* passed, [0-9]* failed$' "$log"
		line=$(grep '^fault-test: [0-9]* passed, [0-9]* failed$' "$log")
		if [ -z "$line" ]; then
			failed=$((failed + 1))  # the child stopped before its summary
			continue
		fi
		set -- $line
		passed=$((passed + $2))
		failed=$((failed + $4))
	done
	echo "fault-test: $passed passed, $failed failed"
	[ $failed -eq 0 ]
	exit
fi
total_runs=0 fails=0
for scen in "$@"; do
	"$bin" estimate "$scen" --format json > "$tmp/want" 2> /dev/null || { echo "fault-test: $scen does not estimate"; exit 1; }
	total=$(GAC_COUNT_ALLOC=1 "$bin" estimate "$scen" --format json 2>&1 > /dev/null | sed -n 's/^gac-allocations: //p')
	[ -n "$total" ] && [ "$total" -gt 0 ] || { echo "fault-test: $bin counts no allocations (not a fault-injection build?)"; exit 1; }
	n=0 absorbed=0
	while [ $n -lt "$total" ]; do
		GAC_FAIL_ALLOC=$n "$bin" estimate "$scen" --format json > "$tmp/got" 2> "$tmp/err"
		rc=$?
		why=""
		if [ $rc -eq 0 ]; then
			cmp -s "$tmp/got" "$tmp/want" || why="exit 0 with a different report"
			absorbed=$((absorbed + 1))
		elif [ $rc -ne 4 ] || ! grep -q "out of memory" "$tmp/err"; then
			why="exit $rc"
		fi
		if [ -n "$why" ]; then
			echo "fault-test: $scen, allocation $n failing: $why"
			head -n 20 "$tmp/err"
			fails=$((fails + 1))
			[ $fails -ge 5 ] && break 2
		fi
		n=$((n + 1))
	done
	echo "fault-test: $scen: $total allocations, each failed in turn ($absorbed absorbed with the same report)"
	total_runs=$((total_runs + n))
done
echo "fault-test: $((total_runs - fails)) passed, $fails failed"
[ $fails -eq 0 ]
