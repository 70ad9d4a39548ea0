#!/bin/sh
# make bench's scale runs (issue 16): the largest inputs the documented
# limits allow, generated into BUILD/scale/, each timed with
# /usr/bin/time -v for its wall time and peak resident memory:
#   options    estimate and compare of a scenario of 20,000 options
#              (about 1.3 MB of YAML)
#   workloads  sensitivity of a scenario of 1,000 workloads (the limit)
#   sweep      what-if --sweep of a 10,000 x 1,000 grid (10^7 points, the
#              limit), CSV to /dev/null
# usage: bench/scale.sh BUILD_DIR [DIVISOR]
# DIVISOR (default 1) divides every size: 10 runs each at a tenth, for the
# growth between a tenth and the full size; make bench-smoke runs 100.
set -eu
build=$1
div=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin=$build/genaicost
out=$build/scale
mkdir -p "$out"
nopt=$((20000 / div))
nwl=$((1000 / div))
s0=$((10000 / div))
s1=1000
[ "$nwl" -ge 2 ] || nwl=2
[ "$s0" -ge 2 ] || s0=2

# options: one chat workload, each option two overrides
awk -v n="$nopt" 'BEGIN {
	print "genaicost: scenario/1"; print "name: many-options"; print "pricing: aws-bedrock"
	print "region: us-east-1"; print "workloads:"; print "  - name: chat"
	print "    model: anthropic.claude-3-5-sonnet-20241022-v2:0"
	print "    requests_per_month: 2M"; print "    input_tokens: 1500"; print "    output_tokens: 400"
	print "options:"
	for (i = 0; i < n; i++) {
		printf "  - name: o%d\n    set:\n      workloads.chat.output_tokens: %d\n", i, 100 + i % 900
		printf "      workloads.chat.batch_fraction: %g\n", (i % 100) / 100
	}
}' >"$out/options.yaml" </dev/null

# workloads: on demand over three models (each with batch and, but for Nova Pro, cache-read prices)
awk -v n="$nwl" 'BEGIN {
	split("anthropic.claude-3-5-sonnet-20241022-v2:0 amazon.nova-lite-v1:0 " \
	      "amazon.nova-pro-v1:0", m, " ")
	print "genaicost: scenario/1"; print "name: many-workloads"; print "pricing: aws-bedrock"
	print "region: us-east-1"; print "workloads:"
	for (i = 0; i < n; i++) {
		printf "  - name: w%d\n    model: %s\n", i, m[1 + i % 3]
		printf "    requests_per_month: %d\n    input_tokens: %d\n    output_tokens: %d\n", 10000 + 37 * i, \
		       500 + i % 1000, 100 + i % 300
		if (i % 3 < 2)
			printf "    cache_read_fraction: 0.%d\n", 1 + i % 5
		printf "    batch_fraction: 0.%d\n", 1 + i % 3
	}
}' >"$out/workloads.yaml" </dev/null

run() {  # NAME COMMAND...: one timed run, "NAME: S s, M MB" on stdout
	name=$1
	shift
	if ! /usr/bin/time -v true >/dev/null 2>&1; then
		# no GNU time (Debian package time): the wall time alone
		t0=$(date +%s.%N)
		"$@" >/dev/null || { echo "$name: failed" >&2; exit 1; }
		t1=$(date +%s.%N)
		echo "$t0 $t1" | awk -v name="$name" '{ printf "%s: %.2f s, peak RSS not measured (no /usr/bin/time)\n", name, $2 - $1 }'
		return
	fi
	/usr/bin/time -v "$@" >/dev/null 2>"$out/time.txt" || { cat "$out/time.txt" >&2; echo "$name: failed" >&2; exit 1; }
	awk -v name="$name" '
		/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
		/User time \(seconds\)/ { cpu += $NF }
		/System time \(seconds\)/ { cpu += $NF }
		/Maximum resident set size/ { kb = $NF }
		END { printf "%s: %.2f s (%.2f s CPU), %.1f MB peak RSS\n", name, s, cpu, kb / 1024 }' "$out/time.txt"
}

echo "scale runs (sizes divided by $div) on $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg 2>/dev/null):"
run "estimate, $nopt options" "$bin" estimate "$out/options.yaml"
run "compare, $nopt options" "$bin" compare "$out/options.yaml" --format csv
run "sensitivity, $nwl workloads" "$bin" sensitivity "$out/workloads.yaml"
run "estimate, $nwl workloads" "$bin" estimate "$out/workloads.yaml"
run "sweep of $s0 x $s1 = $((s0 * s1)) points, CSV" "$bin" what-if examples/chatbot.yaml \
	--sweep "workloads.chat.requests_per_month=1000:10M:$s0" --sweep "workloads.chat.output_tokens=10:4000:$s1" \
	--format csv
