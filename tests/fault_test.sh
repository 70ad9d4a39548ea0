#!/bin/sh
# Allocation-failure injection: builds where the n-th allocation fails
# (GAC_FAIL_ALLOC=n) run every command line of a list (tests/fault/commands:
# genaicost's arguments, shell words, one command a line, run from the
# source root).  A counting run (GAC_COUNT_ALLOC=1) says how many
# allocations the command makes; then every one of them fails in turn.
# Each run must end cleanly: exit 4 with an "out of memory" message, or
# the exit status of a run where nothing failed with exactly its report on
# standard output (a failure absorbed must not change a figure).
#
# usage: fault_test.sh [-j JOBS] [-e EVERY] [-m MAX] [-o ONLY] COMMANDS PLAIN [SAN]
#   PLAIN  a fault-injection build without sanitizers (quick to start)
#   SAN    the same under ASan + UBSan: it runs every EVERY-th allocation
#          index (default 5; 1 = all), PLAIN the others, so each command's
#          failures are checked for leaks and memory errors on a sample of
#          points along the run and for the rule above everywhere
#   -j     JOBS runs side by side (each job takes every JOBS-th index of
#          every command)
#   -m     at most MAX allocation indices a command line (0, the default:
#          all of them): a line making more fails every s-th allocation,
#          s = ceil(allocations / MAX), so its runs spread over the whole
#          run (the counts of a sampled line say so)
#   -o     only the command lines that contain the string ONLY
set -u
jobs=1 every=5 only="" max=0
while getopts j:e:m:o: opt; do
	case $opt in
	j) jobs=$OPTARG ;;
	e) every=$OPTARG ;;
	m) max=$OPTARG ;;
	o) only=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
list=${1:?usage: fault_test.sh [-j JOBS] [-e EVERY] [-o ONLY] COMMANDS PLAIN [SAN]}
plain=${2:?usage: fault_test.sh [-j JOBS] [-e EVERY] [-o ONLY] COMMANDS PLAIN [SAN]}
san=${3:-}
case $jobs in '' | *[!0-9]* | 0) jobs=1 ;; esac
case $every in '' | *[!0-9]* | 0) every=1 ;; esac
case $max in '' | *[!0-9]*) max=0 ;; esac
[ -n "$san" ] || every=0
export ASAN_OPTIONS=detect_leaks=1:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
start=$(date +%s)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. each command line as nothing fails: its report, exit status and count
cmds=0
while IFS= read -r line; do
	case $line in '' | '#'*) continue ;; esac
	[ -z "$only" ] || case $line in *"$only"*) ;; *) continue ;; esac
	i=$cmds
	printf '%s\n' "$line" > "$tmp/cmd.$i"
	eval "\"\$plain\" $line" > "$tmp/want.$i" 2> "$tmp/err" < /dev/null
	echo $? > "$tmp/rc.$i"
	case $(cat "$tmp/rc.$i") in
	0 | 1) ;;
	*) echo "fault-test: '$line' fails with nothing failing (exit $(cat "$tmp/rc.$i"))"; head -n 5 "$tmp/err"; exit 1 ;;
	esac
	if [ -n "$san" ]; then
		eval "\"\$san\" $line" > "$tmp/got" 2> "$tmp/err" < /dev/null
		rc=$?
		if [ $rc -ne "$(cat "$tmp/rc.$i")" ] || ! cmp -s "$tmp/got" "$tmp/want.$i"; then
			echo "fault-test: '$line': the sanitized build differs with nothing failing (exit $rc)"
			head -n 20 "$tmp/err"
			exit 1
		fi
	fi
	total=$(eval "GAC_COUNT_ALLOC=1 \"\$plain\" $line" 2>&1 > /dev/null < /dev/null | sed -n 's/^gac-allocations: //p')
	[ -n "$total" ] && [ "$total" -gt 0 ] ||
		{ echo "fault-test: $plain counts no allocations (not a fault-injection build?)"; exit 1; }
	echo "$total" > "$tmp/total.$i"
	stride=1
	[ "$max" -eq 0 ] || [ "$total" -le "$max" ] || stride=$(((total + max - 1) / max))
	echo "$stride" > "$tmp/stride.$i"
	cmds=$((cmds + 1))
done < "$list"
[ $cmds -gt 0 ] || { echo "fault-test: no command lines in $list${only:+ containing '$only'}"; exit 1; }

# 2. job w fails allocations k * s for k = w, w + jobs, w + 2 jobs, ... of
# every command (s its stride, 1 unless sampled); it writes "i runs
# sanitized absorbed failed" a command, then its failures
worker() {
	w=$1 i=0
	while [ $i -lt $cmds ]; do
		line=$(cat "$tmp/cmd.$i") total=$(cat "$tmp/total.$i") want_rc=$(cat "$tmp/rc.$i")
		stride=$(cat "$tmp/stride.$i")
		k=$w runs=0 sanitized=0 absorbed=0 failed=0
		while [ $((k * stride)) -lt "$total" ] && [ $failed -lt 3 ]; do  # 3 shown a command and job
			n=$((k * stride))
			bin=$plain build=""
			if [ "$every" -gt 0 ] && [ $((k % every)) -eq 0 ]; then
				bin=$san build=" (ASan + UBSan)"
				sanitized=$((sanitized + 1))
			fi
			eval "GAC_FAIL_ALLOC=$n \"\$bin\" $line" > "$tmp/got.$w" 2> "$tmp/err.$w" < /dev/null
			rc=$?
			why=""
			if [ $rc -eq 4 ]; then
				grep -q "out of memory" "$tmp/err.$w" || why="exit 4 without 'out of memory'"
			elif [ $rc -eq "$want_rc" ]; then
				cmp -s "$tmp/got.$w" "$tmp/want.$i" || why="exit $rc with a different report"
				absorbed=$((absorbed + 1))
			else
				why="exit $rc"
			fi
			if [ -n "$why" ]; then
				{
					echo "fault-test: '$line', allocation $n failing$build: $why"
					head -n 20 "$tmp/err.$w"
					[ $rc -ne "$want_rc" ] || diff "$tmp/want.$i" "$tmp/got.$w" | head -n 10
				} >> "$tmp/fail.$w"
				failed=$((failed + 1))
			fi
			runs=$((runs + 1))
			k=$((k + jobs))
		done
		echo "$i $runs $sanitized $absorbed $failed" >> "$tmp/sum.$w"
		i=$((i + 1))
	done
}
w=0
while [ $w -lt "$jobs" ]; do
	: > "$tmp/sum.$w"
	worker $w &
	w=$((w + 1))
done
wait

# 3. the totals
all_runs=0 all_san=0 all_failed=0 i=0
while [ $i -lt $cmds ]; do
	set -- $(awk -v i=$i '$1 == i { r += $2; s += $3; a += $4; f += $5 } END { print r + 0, s + 0, a + 0, f + 0 }' "$tmp"/sum.*)
	total=$(cat "$tmp/total.$i") stride=$(cat "$tmp/stride.$i")
	sampled=""
	[ "$stride" -eq 1 ] || sampled=", one in $stride"
	echo "fault-test: $total allocations$sampled, $1 runs ($2 sanitized, $3 absorbed, $4 failed): $(cat "$tmp/cmd.$i")"
	all_runs=$((all_runs + $1)) all_san=$((all_san + $2)) all_failed=$((all_failed + $4))
	[ "$1" -eq $(((total + stride - 1) / stride)) ] || all_failed=$((all_failed + 1))  # a job stopped early
	i=$((i + 1))
done
cat "$tmp"/fail.* 2> /dev/null
echo "fault-test: $cmds command lines, $all_runs runs ($all_san under ASan + UBSan), $all_failed failed," \
	"$jobs jobs, $(($(date +%s) - start)) s"
[ $all_failed -eq 0 ]
