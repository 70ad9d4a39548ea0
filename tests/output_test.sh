#!/bin/sh
# -o FILE by the type of what FILE resolves to (cli/output.c), and the
# outputs of a run written only once it succeeded:
#  - past a file-size limit (ulimit -f, which would otherwise kill the run
#    with SIGXFSZ midway) the run ends with exit 4 and its message, the
#    existing report is as it was, and no temporary file is left;
#  - a regular file under /dev/ or /proc/ (/dev/shm, /dev/../tmp,
#    /proc/self/cwd) is replaced like any other: written twice, one JSON
#    document; a dangling symlink gets its target created, the link kept;
#    a 250-character name works; a replaced file keeps its mode;
#  - --histogram and -o naming one file (however spelt) is exit 2 and
#    writes nothing; a report that cannot be written leaves no histogram;
#  - a run killed with SIGKILL while writing leaves no file behind;
#  - FIFOs: one with no writer given as a scenario, a sheet or to validate
#    is exit 4 within seconds, not a hang; -o to a FIFO with a reader
#    writes to it in place, with none it is exit 4; a socket is written;
#  - -o /dev/stdout with >> appends through the shell's descriptor.
# (A failed load, a bad flag, an empty -o and a full device are CLI cases:
# tests/cli/cases/output-*.t.)
# usage: tests/output_test.sh BINARY
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
shm=""
trap 'rm -rf "$work" $shm' EXIT
fail=0
chat=$root/examples/chatbot.yaml
unc=$root/examples/uncertain-demand.yaml
err() { echo "output test: $*"; fail=1; }
only() {  # only DIR NAME...: DIR holds exactly these names (hidden ones too)
	d=$1
	shift
	got=$(cd "$d" && ls -A | sort | tr '\n' ' ')
	want=""
	[ $# = 0 ] || want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
	[ "$got" = "$want" ] || err "$d holds '$got', expected '$want'"
}
onejson() {  # the file is exactly one JSON document
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null || err "$1 is not one JSON document"
}

# ---- past ulimit -f ----
mkdir "$work/limit"
printf 'the report of yesterday\n' > "$work/limit/report.json"
# 1 block of 512 bytes: the explained JSON report is far larger
rc=0
(ulimit -f 1 && exec "$bin" estimate "$chat" --format json --explain \
	-o "$work/limit/report.json") 2>"$work/err" || rc=$?
[ "$rc" = 4 ] || err "exit $rc past the file-size limit, expected 4"
grep -q "report.json: cannot write: File too large" "$work/err" || { err "no message:"; cat "$work/err"; }
[ "$(cat "$work/limit/report.json")" = "the report of yesterday" ] || err "the existing report was changed"
only "$work/limit" report.json
# within the limit the same run replaces the report
"$bin" estimate "$chat" --format json --explain -o "$work/limit/report.json"
grep -q '"total": 14175.0' "$work/limit/report.json" || err "the report was not replaced"

# ---- by type, not by name ----
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
	shm=/dev/shm/genaicost-output-test-$$.json
	"$bin" estimate "$chat" --format json -o "$shm"
	"$bin" estimate "$chat" --format json -o "$shm"
	onejson "$shm"
fi
mkdir "$work/t"
"$bin" estimate "$chat" --format json -o "/dev/..$work/t/x.json"
"$bin" estimate "$chat" --format json -o "/dev/..$work/t/x.json"
onejson "$work/t/x.json"
(cd "$work/t" && "$bin" estimate "$chat" --format json -o /proc/self/cwd/y.json &&
	"$bin" estimate "$chat" --format json -o /proc/self/cwd/y.json)
onejson "$work/t/y.json"
# a dangling symlink: its target is created, the link kept
mkdir "$work/t/sub"
ln -s sub/target.json "$work/t/dangling"
"$bin" estimate "$chat" --format json -o "$work/t/dangling"
[ -L "$work/t/dangling" ] || err "the dangling symlink was replaced"
onejson "$work/t/sub/target.json"
# a replaced file keeps its mode
chmod 640 "$work/t/x.json"
"$bin" estimate "$chat" --format csv -o "$work/t/x.json"
[ "$(stat -c %a "$work/t/x.json")" = 640 ] || err "mode $(stat -c %a "$work/t/x.json"), expected 640"
# a 250-character name: the temporary file's name does not grow with it
long=$(printf '%0250d' 0 | tr 0 a)
"$bin" estimate "$chat" --format json -o "$work/t/$long" || err "a 250-character name failed"
onejson "$work/t/$long"
only "$work/t" x.json y.json dangling sub "$long"

# ---- two outputs, one file; outputs only after success ----
mkdir "$work/two"
for o in h.csv ./h.csv ../two/h.csv "$work/two/h.csv"; do
	rc=0
	(cd "$work/two" && "$bin" simulate "$unc" --trials 100 --histogram h.csv -o "$o") 2>"$work/err" || rc=$?
	[ "$rc" = 2 ] || err "--histogram h.csv -o $o: exit $rc, expected 2"
	grep -q "name the same file" "$work/err" || err "--histogram h.csv -o $o: no message"
done
printf 'kept\n' > "$work/two/h.csv"
ln -s h.csv "$work/two/link.csv"
rc=0
"$bin" simulate "$unc" --trials 100 --histogram "$work/two/h.csv" -o "$work/two/link.csv" 2>/dev/null || rc=$?
[ "$rc" = 2 ] || err "--histogram through a symlink: exit $rc, expected 2"
[ "$(cat "$work/two/h.csv")" = kept ] || err "h.csv was written"
rm "$work/two/h.csv" "$work/two/link.csv"
rc=0
"$bin" simulate "$unc" --trials 100 --histogram "$work/two/h.csv" -o /nonexistent-genaicost/x 2>/dev/null || rc=$?
[ "$rc" = 4 ] || err "-o into a missing directory: exit $rc, expected 4"
only "$work/two"
"$bin" simulate "$unc" --trials 100 --histogram "$work/two/h.csv" -o "$work/two/r.json" --format json
onejson "$work/two/r.json"
grep -q '^option,bin_low,bin_high,count' "$work/two/h.csv" || err "no histogram"

# ---- killed while writing ----
# a 150,000-point sweep writes about 6 MB; SIGKILL once the report is
# being written (an unnamed file among the process's descriptors)
mkdir "$work/kill"
"$bin" what-if "$chat" --sweep workloads.chat.requests_per_month=1:1e6:150000 --format csv \
	-o "$work/kill/big.csv" 2>/dev/null &
pid=$!
hit=0 i=0
while [ $i -lt 3000 ] && kill -0 $pid 2>/dev/null; do
	if ls -l /proc/$pid/fd 2>/dev/null | grep -q "$work/kill/#.*(deleted)"; then
		kill -9 $pid 2>/dev/null || true  # it may have just finished
		hit=1
		break
	fi
	i=$((i + 1))
	sleep 0.01
done
wait $pid 2>/dev/null || true
if [ $hit = 1 ]; then
	# the kill may land just after the file was linked into place: then
	# the report is there whole (150,000 rows and the header), never part
	if [ -e "$work/kill/big.csv" ]; then
		[ "$(wc -l < "$work/kill/big.csv")" -eq 150001 ] || err "a killed run left a partial big.csv"
		rm -f "$work/kill/big.csv"
	fi
	only "$work/kill"
else
	echo "output test: (the sweep finished before it could be killed while writing)"
	rm -f "$work/kill/big.csv"
	only "$work/kill"
fi

# ---- FIFOs ----
mkfifo "$work/no-writer.fifo"
for args in "validate $work/no-writer.fifo" "estimate $work/no-writer.fifo" \
	"estimate $chat --pricing $work/no-writer.fifo"; do
	rc=0
	# shellcheck disable=SC2086
	timeout 5 "$bin" $args 2>"$work/err" || rc=$?
	[ "$rc" = 4 ] || err "$args: exit $rc, expected 4 (124: it hung)"
	grep -q "a FIFO with no writer" "$work/err" || { err "$args: no message"; cat "$work/err"; }
done
mkfifo "$work/out.fifo"
cat "$work/out.fifo" > "$work/from-fifo.json" &
"$bin" estimate "$chat" --format json -o "$work/out.fifo"
wait
onejson "$work/from-fifo.json"
rc=0
timeout 5 "$bin" estimate "$chat" -o "$work/out.fifo" 2>"$work/err" || rc=$?
[ "$rc" = 4 ] || err "-o to a FIFO with no reader: exit $rc, expected 4 (124: it hung)"
grep -q "a FIFO with no reader" "$work/err" || err "-o to a FIFO with no reader: no message"

# ---- a socket: connected to and written, not replaced ----
(cd "$work" && exec python3 -c '
import socket
s = socket.socket(socket.AF_UNIX)
s.bind("out.sock")
s.listen(1)
s.settimeout(20)
c, _ = s.accept()
d = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    d += b
open("from-socket.json", "wb").write(d)
') &
i=0
while [ $i -lt 100 ] && [ ! -S "$work/out.sock" ]; do i=$((i + 1)); sleep 0.1; done
"$bin" estimate "$chat" --format json -o "$work/out.sock" || err "-o to a socket failed"
wait
[ -S "$work/out.sock" ] || err "the socket was replaced"
onejson "$work/from-socket.json"

# ---- the shell's descriptor ----
printf 'first line\n' > "$work/log"
"$bin" estimate "$chat" -o /dev/stdout >> "$work/log"
[ "$(head -n 1 "$work/log")" = "first line" ] || err "-o /dev/stdout >> log replaced the log"
grep -q 'Estimate: support-chatbot' "$work/log" || err "-o /dev/stdout >> log did not append"

# ---- no colour: no escape sequence from any command, NO_COLOR or not ----
# genaicost(1), ENVIRONMENT: output never has colour, so NO_COLOR changes
# nothing.  Each command's table, Markdown and --explain output and its
# errors, through a pipe and, when script(1) is there, on a terminal.
esc=$(printf '\033')
noesc=0
while IFS= read -r args; do
	for nc in unset 1; do
		for tty in no yes; do
			[ $tty = no ] || command -v script >/dev/null 2>&1 || continue
			rm -f "$work/esc.out" "$work/esc.err"
			if [ $tty = no ]; then
				# shellcheck disable=SC2086
				(cd "$root" && if [ $nc = unset ]; then unset NO_COLOR; else export NO_COLOR=1; fi
				 "$bin" $args > "$work/esc.out" 2> "$work/esc.err") || true
			else
				# script gives the command a terminal for stdout and stderr
				(cd "$root" && if [ $nc = unset ]; then unset NO_COLOR; else export NO_COLOR=1; fi
				 TERM=xterm-256color script -qec "$bin $args" /dev/null > "$work/esc.out" 2>&1 < /dev/null) || true
			fi
			[ -s "$work/esc.out" ] || [ -s "$work/esc.err" ] || err "genaicost $args printed nothing (NO_COLOR $nc, tty $tty)"
			if cat "$work/esc.out" "$work/esc.err" 2>/dev/null | grep -q "$esc"; then
				err "genaicost $args printed an escape sequence (NO_COLOR $nc, terminal $tty)"
			fi
			noesc=$((noesc + 1))
		done
	done
done <<'EOF2'
--help
estimate examples/chatbot.yaml --explain
estimate examples/chatbot.yaml --format markdown
models
validate examples/chatbot.yaml pricing/aws-bedrock.yaml tests/data/bad/unknown-model.yaml
params examples/mixed-deployment.yaml
compare examples/chatbot-options.yaml --explain --months 3
break-even examples/chatbot-options.yaml --vary workloads.chat.requests_per_month --between baseline --and haiku-3-5 --explain
simulate examples/uncertain-demand.yaml --trials 200 --explain
forecast examples/growing-assistant.yaml --months 12 --explain
sensitivity examples/chatbot-options.yaml --explain
what-if examples/chatbot.yaml --sweep workloads.chat.requests_per_month=1M:4M:8
check examples/chatbot.yaml --budget 1
diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml
estimate tests/data/bad/unknown-key.yaml
estimate --no-such-option
EOF2

[ $fail = 0 ] && echo "output test: -o by file type (ulimit -f, /dev/shm, /dev/.., /proc/self/cwd, dangling link," \
	"mode, 250-char name, one file twice, killed run $([ $hit = 1 ] && echo hit || echo missed), FIFOs, socket, >>)," \
	"no escape sequence in $noesc runs with and without NO_COLOR: ok"
exit $fail
