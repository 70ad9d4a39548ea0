#!/bin/sh
# Declarative CLI tests (in the manner of pkgconf's t/*.test and zstd's
# cli-tests): each tests/cli/cases/*.t holds lines
#   args: ARGUMENTS          (shell words, run from the source root)
#   exit: N                  (expected exit code)
#   stdout-has: TEXT         (fixed string on stdout; repeatable)
#   stdout-lacks: TEXT
#   stderr-has: TEXT         (fixed string on stderr; repeatable)
#   stderr-lacks: TEXT
#   stdout-exact: FILE       (stdout equals tests/cli/expected/FILE)
#   stdout-empty / stderr-empty
#   env: NAME=VALUE          (repeatable)
#   bare                     (run $GENAICOST_BIN, never under valgrind: for an
#                            environment valgrind itself cannot start in, such
#                            as a TMPDIR that does not exist)
#   before: SHELL COMMAND    (run first, e.g. to lay out files in $GAC_TMP)
#   after: SHELL COMMAND     (must succeed after the run; $OUT is stdout's file)
#                            ($GAC_TMP is a scratch directory, $GENAICOST_BIN the binary)
# $GENAICOST is the command to run (may start with valgrind).
# Every JSON document a case prints, or writes with -o/--output, is then
# validated against lib/schema/report.schema.json (tests/cli/validate_json.py).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
: "${GENAICOST:=$root/build/genaicost}"
export GENAICOST  # before: commands run it too
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the binary alone (GENAICOST may start with valgrind), for after: checks
export GENAICOST_BIN="${GENAICOST##* }"
mkdir "$tmp/json" "$tmp/scratch" "$tmp/shards"
# GAC_CLI_JOBS: run the cases in that many shards at once (case k goes to
# shard k mod N); each case gets a scratch directory of its own ($GAC_TMP),
# so no case sees another's files, whatever the order
jobs=${GAC_CLI_JOBS:-1}
case $jobs in '' | *[!0-9]* | 0) echo "GAC_CLI_JOBS: a number of 1 or more, not '$jobs'" >&2; exit 2 ;; esac

# run_shard K: the cases of shard K; its counts go to $tmp/shards/K.count
run_shard() {
shard=$1 pass=0 fail=0 k=0
# GAC_CLI_CASES: another directory of cases (tests/fault/cases, run with a
# fault-injection build); the JSON schema checks below are the main list's
for t in "${GAC_CLI_CASES:-$here/cases}"/*.t; do
	k=$((k + 1))
	[ $((k % jobs)) -eq "$shard" ] || continue
	name=$(basename "$t" .t)
	GAC_TMP="$tmp/scratch/$name"
	mkdir "$GAC_TMP"
	export GAC_TMP
	args="" want_exit=0 envs="" before="" run=$GENAICOST
	while IFS= read -r line; do
		case "$line" in
		args:*) args=${line#args: } ;;
		before:*) before=${line#before: } ;;
		exit:*) want_exit=${line#exit: } ;;
		env:*) envs="$envs ${line#env: }" ;;
		bare) run=$GENAICOST_BIN ;;
		esac
	done < "$t"
	out="$tmp/$name.out" err="$tmp/$name.err"
	[ -z "$before" ] || sh -c "$before" || echo "$name: before-command failed: $before" >&2
	# shellcheck disable=SC2086
	eval "env $envs $run $args" > "$out" 2> "$err" < /dev/null
	got=$?
	why=""
	[ "$got" = "$want_exit" ] || why="exit $got, expected $want_exit"
	while IFS= read -r line; do
		[ -n "$why" ] && break
		case "$line" in
		stdout-has:*) grep -qF -- "${line#stdout-has: }" "$out" || why="stdout lacks '${line#stdout-has: }'" ;;
		stdout-lacks:*) grep -qF -- "${line#stdout-lacks: }" "$out" && why="stdout has '${line#stdout-lacks: }'" ;;
		stderr-has:*) grep -qF -- "${line#stderr-has: }" "$err" || why="stderr lacks '${line#stderr-has: }'" ;;
		stderr-lacks:*) grep -qF -- "${line#stderr-lacks: }" "$err" && why="stderr has '${line#stderr-lacks: }'" ;;
		stdout-exact:*) cmp -s "$out" "$here/expected/${line#stdout-exact: }" ||
			why="stdout differs from expected/${line#stdout-exact: }" ;;
		stdout-empty) [ -s "$out" ] && why="stdout not empty" ;;
		stderr-empty) [ -s "$err" ] && why="stderr not empty" ;;
		after:*) OUT=$out sh -c "${line#after: }" >/dev/null 2>&1 || why="after-check failed: ${line#after: }" ;;
		esac
	done < "$t"
	# keep the JSON documents for the schema check below, named by case
	[ "$(head -c 1 "$out")" = "{" ] && cp "$out" "$tmp/json/$name.json"
	written=$(eval "set -- $args"; while [ $# -gt 0 ]; do
		case $1 in
		-o | --output) [ $# -gt 1 ] && printf '%s\n' "$2" && shift ;;
		--output=*) printf '%s\n' "${1#--output=}" ;;
		esac
		shift
	done)
	# a file the case wrote, never a name of an open descriptor such as
	# /dev/stdout: reading that inside $(...) would read this very pipe
	case $written in /dev/* | /proc/*) written="" ;; esac
	if [ -n "$written" ] && [ -f "$written" ] && [ "$(head -c 1 "$written")" = "{" ]; then
		cp "$written" "$tmp/json/$name.output.json"
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: $why"
		echo "  args: $args"
		sed 's/^/  stdout: /' "$out" | head -n 15
		sed 's/^/  stderr: /' "$err" | head -n 15
	fi
	rm -rf "$GAC_TMP"
done
echo "$pass $fail" > "$tmp/shards/$shard.count"
}

shard=0
while [ "$shard" -lt "$jobs" ]; do
	run_shard "$shard" > "$tmp/shards/$shard.log" 2>&1 &
	shard=$((shard + 1))
done
wait
pass=0 fail=0 shard=0
while [ "$shard" -lt "$jobs" ]; do
	cat "$tmp/shards/$shard.log"
	if [ -f "$tmp/shards/$shard.count" ]; then
		read -r p f < "$tmp/shards/$shard.count"
		pass=$((pass + p)) fail=$((fail + f))
	else
		fail=$((fail + 1))
		echo "FAIL shard $shard of $jobs ended before its last case"
	fi
	shard=$((shard + 1))
done
if [ -n "${GAC_CLI_CASES:-}" ]; then
	echo "cli-tests ($GAC_CLI_CASES): $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
	exit
fi

# The JSON schema: every document kept above must validate, every kind must
# have been seen, and broken documents must be refused (the check bites).
# CI installs python3-jsonschema (.ci/deps.sh): without it this fails.
py=""
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import jsonschema' 2>/dev/null; then
		py=$p
		break
	fi
done
schema=lib/schema/report.schema.json
if [ -z "$py" ]; then
	fail=$((fail + 1))
	echo "FAIL json-schema: no python3 can import jsonschema (tried python3, /usr/bin/python3);"
	echo "  install python3-jsonschema (sh .ci/deps.sh) or pip install jsonschema"
elif ! (cd "$tmp/json" && "$py" "$root/tests/cli/validate_json.py" --all-kinds "$root/$schema" ./*.json); then
	fail=$((fail + 1))
	echo "FAIL json-schema: documents above break $schema (FILE is the case name)"
else
	pass=$((pass + 1))
	good="$tmp/json/estimate-json.json"
	mkdir "$tmp/bad"
	# sed expression | what the validator must say
	while IFS='|' read -r expr says; do
		bad="$tmp/bad/doc.json"
		sed "$expr" "$good" > "$bad"
		if cmp -s "$good" "$bad"; then
			why="'$expr' changed nothing"
		elif "$py" tests/cli/validate_json.py --quiet "$schema" "$bad" > "$tmp/bad/says" 2>&1; then
			why="accepted a document edited with '$expr'"
		elif ! grep -qF -- "$says" "$tmp/bad/says"; then
			why="refused '$expr' but did not say '$says': $(head -n 3 "$tmp/bad/says")"
		else
			why=""
		fi
		if [ -z "$why" ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL json-schema-negative: $why"
		fi
	done <<-'EOF'
	s/"total": \([0-9.]*\)/"total": "\1"/|doc.json: /total: '14175.0' is not of type 'number'
	s/"total": [0-9.]*/"total": null/|doc.json: /total: None is not of type 'number'
	s/"total": [0-9.]*/"total": NaN/|not JSON: NaN is not a JSON number
	s,"report/1","report/2",|doc.json: /genaicost: 'report/2' is not one of
	s/"currency":/"curency":/|doc.json: /: 'currency' is a required property
	s/"currency":/"curency":/|doc.json: /: Additional properties are not allowed ('curency' was unexpected)
	s/"hash": "[0-9a-f]*"/"hash": "x"/|doc.json: /scenario/hash: 'x' does not match
	/"provisioned": \[\],/d|doc.json: /: 'provisioned' is a required property
	EOF
fi
echo "cli-tests: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
