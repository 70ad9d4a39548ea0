#!/bin/sh
# The progress bar of `genaicost simulate`: drawn on standard error when it
# is a terminal and a run takes over about a second, at 100% only when the
# run is finished; nothing when standard error is not a terminal.  The
# terminal is script(1)'s pseudo-terminal.
# usage: tests/progress_test.sh BINARY
set -eu
bin=$1
root=$(cd "$(dirname "$0")/.." && pwd)
command -v script >/dev/null || { echo "progress test: script(1) not installed, skipped"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# one thread and 6,000 year-long trials of the bench scenario (each
# trial 12 months priced as forecast prices them): about 5 seconds here,
# well past the bar's one-second wait (and longer under sanitizers); the
# plan made a million one-month trials too quick to draw a bar
n=6000
cmd="$bin simulate $root/bench/mc-reference.yaml --trials $n --months 12 --threads 1 --format json"
script -qec "$cmd 2>$work/tty-err >$work/out" /dev/null >/dev/null 2>&1 || true
# script gives the child a terminal on all three streams; the redirections
# above send stdout and stderr to files, so run it again with stderr on the
# terminal and only stdout to a file
script -qec "$cmd >$work/out" "$work/typescript" >/dev/null 2>&1
fail=0
grep -q "\"trials\": $n," "$work/out" || { echo "progress test: the report is missing"; fail=1; }
# the bar: carriage returns, a partial state, then 100% once, at the end
tr '\r' '\n' <"$work/typescript" >"$work/lines"
grep -q "% of $n trials" "$work/lines" || { echo "progress test: no bar on the terminal"; fail=1; }
n100=$(grep -c "100% of $n trials" "$work/lines" || true)
[ "$n100" = 1 ] || { echo "progress test: 100% drawn $n100 times, expected once"; fail=1; }
last=$(grep "% of $n trials" "$work/lines" | tail -n 1)
case $last in *"100% of $n trials"*) ;; *) echo "progress test: the bar ends at '$last'"; fail=1 ;; esac
# stderr a file, not a terminal: not a byte of it
[ ! -s "$work/tty-err" ] || { echo "progress test: a bar on a file: $(head -c 80 "$work/tty-err")"; fail=1; }
[ $fail = 0 ] && echo "progress test: bar on a terminal, 100% once at the end, silent on a file"
exit $fail
