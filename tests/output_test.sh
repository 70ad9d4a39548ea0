#!/bin/sh
# -o FILE when the write itself fails: past a file-size limit (ulimit -f,
# which would otherwise kill the run with SIGXFSZ midway) the run ends with
# exit 4 and its message, the existing report is as it was, and no
# temporary file is left beside it.  (A failed load, a bad flag and a full
# device are CLI cases: tests/cli/cases/output-*.t.)
# usage: tests/output_test.sh BINARY
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
printf 'the report of yesterday\n' > "$work/report.json"
# 1 block of 512 bytes: the explained JSON report is far larger
rc=0
(ulimit -f 1 && exec "$bin" estimate "$root/examples/chatbot.yaml" --format json --explain \
	-o "$work/report.json") 2>"$work/err" || rc=$?
[ "$rc" = 4 ] || { echo "output test: exit $rc past the file-size limit, expected 4"; fail=1; }
grep -q "report.json: cannot write: File too large" "$work/err" ||
	{ echo "output test: no message:"; cat "$work/err"; fail=1; }
[ "$(cat "$work/report.json")" = "the report of yesterday" ] ||
	{ echo "output test: the existing report was changed"; fail=1; }
left=$(ls "$work" | grep -c 'report.json.tmp' || true)
[ "$left" = 0 ] || { echo "output test: $left temporary files left"; fail=1; }
# within the limit the same run replaces the report
"$bin" estimate "$root/examples/chatbot.yaml" --format json --explain -o "$work/report.json"
grep -q '"total": 14175.0' "$work/report.json" || { echo "output test: the report was not replaced"; fail=1; }
[ $fail = 0 ] && echo "output test: a write past ulimit -f keeps the old report, exit 4, no temporary file"
exit $fail
