#!/bin/sh
# Declarative CLI tests (in the manner of pkgconf's t/*.test and zstd's
# cli-tests): each tests/cli/cases/*.t holds lines
#   args: ARGUMENTS          (shell words, run from the source root)
#   exit: N                  (expected exit code)
#   stdout-has: TEXT         (fixed string on stdout; repeatable)
#   stdout-lacks: TEXT
#   stderr-has: TEXT         (fixed string on stderr; repeatable)
#   stdout-exact: FILE       (stdout equals tests/cli/expected/FILE)
#   stdout-empty / stderr-empty
#   env: NAME=VALUE          (repeatable)
#   after: SHELL COMMAND     (must succeed after the run; $OUT is stdout's file)
# $GENAICOST is the command to run (may start with valgrind).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
: "${GENAICOST:=$root/build/genaicost}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GAC_TMP="$tmp"
pass=0 fail=0
for t in "$here"/cases/*.t; do
	name=$(basename "$t" .t)
	args="" want_exit=0 envs=""
	while IFS= read -r line; do
		case "$line" in
		args:*) args=${line#args: } ;;
		exit:*) want_exit=${line#exit: } ;;
		env:*) envs="$envs ${line#env: }" ;;
		esac
	done < "$t"
	out="$tmp/$name.out" err="$tmp/$name.err"
	# shellcheck disable=SC2086
	eval "env $envs $GENAICOST $args" > "$out" 2> "$err" < /dev/null
	got=$?
	why=""
	[ "$got" = "$want_exit" ] || why="exit $got, expected $want_exit"
	while IFS= read -r line; do
		[ -n "$why" ] && break
		case "$line" in
		stdout-has:*) grep -qF -- "${line#stdout-has: }" "$out" || why="stdout lacks '${line#stdout-has: }'" ;;
		stdout-lacks:*) grep -qF -- "${line#stdout-lacks: }" "$out" && why="stdout has '${line#stdout-lacks: }'" ;;
		stderr-has:*) grep -qF -- "${line#stderr-has: }" "$err" || why="stderr lacks '${line#stderr-has: }'" ;;
		stdout-exact:*) cmp -s "$out" "$here/expected/${line#stdout-exact: }" ||
			why="stdout differs from expected/${line#stdout-exact: }" ;;
		stdout-empty) [ -s "$out" ] && why="stdout not empty" ;;
		stderr-empty) [ -s "$err" ] && why="stderr not empty" ;;
		after:*) OUT=$out sh -c "${line#after: }" >/dev/null 2>&1 || why="after-check failed: ${line#after: }" ;;
		esac
	done < "$t"
	if [ -z "$why" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: $why"
		echo "  args: $args"
		sed 's/^/  stdout: /' "$out" | head -n 15
		sed 's/^/  stderr: /' "$err" | head -n 15
	fi
done
echo "cli-tests: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
