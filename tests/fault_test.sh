#!/bin/sh
# Allocation-failure injection: a build where the n-th allocation fails
# (GAC_FAIL_ALLOC=n), run for every n over loading a scenario and its sheet
# and estimating, until a run succeeds.  Each run must end cleanly: exit 4
# with a message, or 0; AddressSanitizer reports any crash or leak (99).
set -u
bin=${1:?usage: fault_test.sh GENAICOST [SCENARIO]}
scen=${2:-examples/chatbot.yaml}
export ASAN_OPTIONS=detect_leaks=1:exitcode=99
n=0 fails=0
while :; do
	GAC_FAIL_ALLOC=$n "$bin" estimate "$scen" --format json > /dev/null 2> /tmp/gac-fault.$$
	rc=$?
	if [ $rc -eq 0 ]; then
		break
	fi
	if [ $rc -ne 4 ] || ! grep -q "out of memory\|cannot" /tmp/gac-fault.$$; then
		echo "fault-test: n=$n: exit $rc"
		head -n 20 /tmp/gac-fault.$$
		fails=$((fails + 1))
		[ $fails -ge 5 ] && break
	fi
	n=$((n + 1))
done
rm -f /tmp/gac-fault.$$
echo "fault-test: $n allocation failures injected, each run ended cleanly unless listed above"
echo "fault-test: $((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
