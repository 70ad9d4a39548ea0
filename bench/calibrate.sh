#!/bin/sh
# make bench's calibrate runs (issue 18): N generated Bedrock invocation-log
# records (default 10^7) of 4 models in 2 regions over 90 days, as S3
# delivers them (one JSON record a line, real field set, gzip), written to
# BUILD/calibrate/, then `genaicost calibrate` over them RUNS times (default
# 3), each timed with /usr/bin/time -v: records per second, CPU time and
# peak resident memory a run, then their ranges against the issue's targets
# of 1,000,000 records/s and 64 MB, with the load average before the runs
# (the machine may be shared: read the CPU time beside the wall time).
# With `plain`, the same records inflated beforehand are read too.  Where
# BUILD/bench-inflate exists, zlib's inflate alone over the gzip file first:
# the part of the work calibrate's second thread takes off the first.
# usage: bench/calibrate.sh BUILD_DIR [RECORDS [RUNS [plain]]]
set -eu
build=$1
n=${2:-10000000}
runs=${3:-3}
plain=${4:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin=$build/genaicost
out=$build/calibrate
mkdir -p "$out"
logs=$out/invocations-$n.jsonl.gz
if [ ! -s "$logs" ]; then
	awk -v n="$n" 'BEGIN {
		split("anthropic.claude-haiku-4-5-20251001-v1:0 us.anthropic.claude-sonnet-4-5-20250929-v1:0 amazon.nova-micro-v1:0 amazon.titan-embed-text-v2:0", m, " ")
		split("us-east-1 us-west-2", r, " ")
		t0 = 1767225600   # 2026-01-01T00:00:00Z
		span = 90 * 86400
		for (i = 0; i < n; i++) {
			t = t0 + int(i * span / n)
			s = t % 86400; d = int(t / 86400)
			# civil date of day d (days since 1970-01-01)
			z = d + 719468; era = int(z / 146097); doe = z - era * 146097
			yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
			doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
			dd = doy - int((153 * mp + 2) / 5) + 1; mm = mp < 10 ? mp + 3 : mp - 9; yy = yoe + era * 400 + (mm <= 2)
			k = i % 4
			printf "{\"schemaType\":\"ModelInvocationLog\",\"schemaVersion\":\"1.0\",\"timestamp\":\"%04d-%02d-%02dT%02d:%02d:%02dZ\",\"accountId\":\"111122223333\",\"identity\":{\"arn\":\"arn:aws:sts::111122223333:assumed-role/app/w\"},\"region\":\"%s\",\"requestId\":\"00000000-0000-4000-8000-%012d\",\"operation\":\"Converse\",\"modelId\":\"%s\",\"input\":{\"inputContentType\":\"application/json\",\"inputTokenCount\":%d,\"cacheReadInputTokenCount\":%d,\"cacheWriteInputTokenCount\":0},\"output\":{\"outputContentType\":\"application/json\",\"outputTokenCount\":%d}}\n",
			    yy, mm, dd, int(s / 3600), int(s % 3600 / 60), s % 60, r[1 + int(i / 4) % 2], i, m[1 + k],
			    500 + i % 1000, (i % 3) * 500, k == 3 ? 0 : 100 + i % 300
		}
	}' </dev/null | gzip -1 >"$logs.tmp"
	mv "$logs.tmp" "$logs"
fi
grouped=$(printf "%d" "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
[ ! -x "$build/bench-inflate" ] || "$build/bench-inflate" "$logs"

# runs FILE KIND: RUNS timed runs of calibrate over FILE, a line each and
# one of their ranges
runs() {
	file=$1 kind=$2
	size=$(wc -c <"$file")
	load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
	: >"$out/runs.txt"
	i=1
	while [ "$i" -le "$runs" ]; do
		/usr/bin/time -v "$bin" calibrate "$file" -o /dev/null 2>"$out/time.txt" >/dev/null ||
			{ cat "$out/time.txt"; echo "calibrate bench: calibrate failed" >&2; exit 1; }
		grep -q "invocations used           $grouped\$" "$out/time.txt" ||
			{ echo "calibrate bench: not every record was used" >&2; sed -n '/calibrate:/,$p' "$out/time.txt" >&2; exit 1; }
		wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt")
		user=$(sed -n 's/.*User time (seconds): //p' "$out/time.txt")
		sys=$(sed -n 's/.*System time (seconds): //p' "$out/time.txt")
		rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
		echo "$wall $user $sys $rss" | awk -v n="$n" -v size="$size" -v kind="$kind" -v i="$i" -v runs="$runs" \
			-v runsfile="$out/runs.txt" '{
			k = split($1, a, ":"); s = 0; for (j = 1; j <= k; j++) s = s * 60 + a[j]
			rate = s > 0 ? n / s : 0
			printf "calibrate: %d invocation-log records (%.1f MB %s), run %d of %d: %.2f s, %.0f records/s, CPU %.2f s (user %.2f + sys %.2f), peak RSS %.1f MB\n",
			    n, size / 1e6, kind, i, runs, s, rate, $2 + $3, $2, $3, $4 / 1024
			printf "%.0f %.1f\n", rate, $4 / 1024 >>runsfile
		}'
		i=$((i + 1))
	done
	awk -v n="$n" -v size="$size" -v kind="$kind" -v runs="$runs" -v load="$load" '
		function grouped(x,    s) { s = sprintf("%.0f", x); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); return s }
		NR == 1 || $1 < rlo { rlo = $1 } NR == 1 || $1 > rhi { rhi = $1 }
		NR == 1 || $2 < mlo { mlo = $2 } NR == 1 || $2 > mhi { mhi = $2 }
		END {
			printf "calibrate: %d invocation-log records (%.1f MB %s), %d runs: %s to %s records/s (target 1,000,000), peak RSS %.1f to %.1f MB (target 64); load average before: %s\n",
			    n, size / 1e6, kind, runs, grouped(rlo), grouped(rhi), mlo, mhi, load
		}' "$out/runs.txt"
}

runs "$logs" gzip
if [ "$plain" = plain ]; then
	text=$out/invocations-$n.jsonl
	[ -s "$text" ] || { gzip -dc "$logs" >"$text.tmp" && mv "$text.tmp" "$text"; }
	runs "$text" plain
fi
