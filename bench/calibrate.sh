#!/bin/sh
# make bench's calibrate run (issue 18): N generated Bedrock invocation-log
# records (default 10^7) of 4 models in 2 regions over 90 days, as S3
# delivers them (one JSON record a line, real field set, gzip), written to
# BUILD/calibrate/, then `genaicost calibrate` over them timed with
# /usr/bin/time -v: records per second and peak resident memory, against
# the issue's targets of 1,000,000 records/s and 64 MB.
# usage: bench/calibrate.sh BUILD_DIR [RECORDS]
set -eu
build=$1
n=${2:-10000000}
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
size=$(wc -c <"$logs")
/usr/bin/time -v "$bin" calibrate "$logs" -o /dev/null 2>"$out/time.txt" >/dev/null ||
	{ cat "$out/time.txt"; echo "calibrate bench: calibrate failed" >&2; exit 1; }
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
awk -v n="$n" -v s="$secs" -v rss="$rss" -v size="$size" 'BEGIN {
	rate = s > 0 ? n / s : 0
	printf "calibrate: %d invocation-log records (%.1f MB gzip) in %.2f s: %.0f records/s (target 1,000,000), peak RSS %.1f MB (target 64)\n",
	    n, size / 1e6, s, rate, rss / 1024
}'
grep -q "invocations used           $(printf "%d" "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')" "$out/time.txt" ||
	{ echo "calibrate bench: not every record was used" >&2; sed -n '/calibrate:/,$p' "$out/time.txt" >&2; exit 1; }
