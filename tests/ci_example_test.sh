#!/bin/sh
# examples/ci, run for real: examples/ci/cost-gate.sh against the built
# genaicost (a pass, breaches, broken and missing baselines, usage errors,
# posting to a fake curl, the baseline refresh), then the GitHub workflow
# parsed and its steps run in a copy of the tree (tests/ci_example_workflow.py).
# GENAICOST is the binary (default build/genaicost).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
GENAICOST=${GENAICOST:-$root/build/genaicost}
gate=$root/examples/ci/cost-gate.sh
scenario=$root/examples/chatbot.yaml
shbin=$(command -v sh)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 cases=0
ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	printf 'ci example test: FAIL: %s\n' "$*" >&2
}
[ -x "$GENAICOST" ] || {
	echo "ci example test: FAIL: no genaicost binary at $GENAICOST (run make all)" >&2
	exit 1
}

# A curl that records its call in $CURL_LOG/ (arguments, headers including
# those read from @files, the body, the URL) and answers $CURL_STATUS.
fakebin=$tmp/fakebin
mkdir "$fakebin"
cat > "$fakebin/curl" << 'EOF'
#!/bin/sh
PATH=$PATH:/usr/bin:/bin
log=${CURL_LOG:?}
mkdir -p "$log"
: > "$log/args"
: > "$log/headers"
out="" w="" url=""
while [ $# -gt 0 ]; do
	printf '%s\n' "$1" >> "$log/args"
	case $1 in
	-H | --header)
		shift
		printf '%s\n' "$1" >> "$log/args"
		case $1 in
		@*) cat "${1#@}" >> "$log/headers" ;;
		*) printf '%s\n' "$1" >> "$log/headers" ;;
		esac
		;;
	-d | --data | --data-binary | --data-raw)
		shift
		printf '%s\n' "$1" >> "$log/args"
		case $1 in
		@-) cat > "$log/body" ;;
		@*) cat "${1#@}" > "$log/body" ;;
		*) printf '%s' "$1" > "$log/body" ;;
		esac
		;;
	-o | --output) shift; printf '%s\n' "$1" >> "$log/args"; out=$1 ;;
	-w | --write-out) shift; printf '%s\n' "$1" >> "$log/args"; w=$1 ;;
	-*) ;;
	*) url=$1 ;;
	esac
	shift
done
printf '%s\n' "$url" > "$log/url"
[ -n "$out" ] && printf '{"message": "fake"}\n' > "$out"
[ -n "$w" ] && printf '%s' "${CURL_STATUS:-201}"
exit 0
EOF
chmod +x "$fakebin/curl"

# run_gate NAME [VAR=VALUE...]: the gate in $tmp/NAME with only the given
# environment (so a CI runner's own GITHUB_* cannot leak in); $got is its
# exit status, $dir/out and $dir/err its output, $dir/curl the curl record.
gate_path=$fakebin:$PATH
gate_args=""
run_gate() {
	case_name=$1
	shift
	cases=$((cases + 1))
	dir=$tmp/$case_name
	mkdir -p "$dir"
	got=0
	# shellcheck disable=SC2086
	(cd "$dir" && env -i PATH="$gate_path" HOME="$tmp" CURL_LOG="$dir/curl" GENAICOST="$GENAICOST" \
		"$@" "$shbin" "$gate" $gate_args) > "$dir/out" 2> "$dir/err" < /dev/null || got=$?
}
# expect DESCRIPTION TEST-COMMAND...: one assertion about the last run
expect() {
	d=$1
	shift
	if "$@"; then ok; else bad "$case_name: $d"; fi
}
expect_exit() {
	if [ "$got" = "$1" ]; then
		ok
	else
		bad "$case_name: exit $got, expected $1; its stderr:"
		sed 's/^/    /' "$dir/err" >&2
	fi
}
has() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qF -- "$2" "$1"; }
no_curl() { [ ! -e "$dir/curl" ]; }
json_body_is() { python3 -c 'import json, sys
body = json.load(open(sys.argv[1], encoding="utf-8"))["body"]
sys.exit(body != open(sys.argv[2], encoding="utf-8").read())' "$1" "$2"; }

base=$tmp/base.json
"$GENAICOST" estimate "$scenario" --format json -o "$base" || bad "estimate --format json failed"
sed 's/output_tokens: 400/output_tokens: 800/' "$scenario" > "$tmp/more-output.yaml"
grep -q 'output_tokens: 800' "$tmp/more-output.yaml" ||
	bad "examples/chatbot.yaml no longer has 'output_tokens: 400' to raise"
printf '{"genaicost": "report/1", "total": \n' > "$tmp/corrupt.json"

# (a) unchanged scenario
run_gate unchanged SCENARIO="$scenario" BASELINE="$base" MAX_INCREASE=5%
expect_exit 0
expect "comment lacks ✅" has "$dir/cost-report.md" "✅"
expect "stderr does not say where the report is" has "$dir/err" "report written to cost-report.md"
expect "curl was called without credentials" no_curl

# (b) output tokens doubled, a 5% limit: a breach
run_gate breach SCENARIO="$tmp/more-output.yaml" BASELINE="$base" MAX_INCREASE=5% COMMENT_FILE=pr.md
expect_exit 1
expect "comment lacks ❌" has "$dir/pr.md" "❌"
expect "comment lacks the threshold path (Markdown-escaped)" has "$dir/pr.md" "budget.max\\_increase\\_percent"
expect "comment lacks the input that changed" has "$dir/pr.md" '  - `workloads.chat.output_tokens` 400 -> 800'
expect "a breach is reported as a broken run" lacks "$dir/err" "could not run"

# a bare number could mean 10% or $10: refused, and the gate says it could not run
run_gate bare-increase SCENARIO="$scenario" BASELINE="$base" MAX_INCREASE=10
expect_exit 2
expect "stderr lacks both forms" has "$dir/err" "such as 10% or an amount such as \$500 (got '10')"
expect "stderr lacks could not run" has "$dir/err" "could not run"
run_gate amount SCENARIO="$tmp/more-output.yaml" BASELINE="$base" 'MAX_INCREASE=$10000'
expect_exit 0

run_gate budget-breach SCENARIO="$scenario" BUDGET=10000
expect_exit 1
expect "comment lacks budget.monthly" has "$dir/cost-report.md" "budget.monthly"

# (c) corrupted baseline; a stale report from an earlier run must go
mkdir -p "$tmp/corrupt"
echo "### ✅ stale" > "$tmp/corrupt/cost-report.md"
run_gate corrupt SCENARIO="$scenario" BASELINE="$tmp/corrupt.json" MAX_INCREASE=5% \
	GITHUB_TOKEN=t GITHUB_REPOSITORY=o/r PR_NUMBER=7
expect_exit 3
expect "no 'could not run' message" has "$dir/err" "the cost gate could not run"
expect "the stale report survived" test ! -e "$dir/cost-report.md"
expect "a broken run posted a comment" no_curl

# (d) missing baseline file
run_gate missing SCENARIO="$scenario" BASELINE="$tmp/nonexistent.json" MAX_INCREASE=5%
expect_exit 4
expect "no 'could not run' message" has "$dir/err" "the cost gate could not run"

# usage errors keep code 2; a missing binary is never a pass or a breach
run_gate no-scenario MAX_INCREASE=5%
expect_exit 2
expect "no message naming SCENARIO" has "$dir/err" "SCENARIO is not set"
run_gate increase-without-baseline SCENARIO="$scenario" MAX_INCREASE=5%
expect_exit 2
expect "no 'could not run' message" has "$dir/err" "the cost gate could not run"
run_gate no-binary SCENARIO="$scenario" BUDGET=1e9 GENAICOST="$tmp/no-such-genaicost"
expect_exit 127
expect "no 'could not run' message" has "$dir/err" "the cost gate could not run"

# (e) posting, with jq building the body
api=https://ghe.example.com/api/v3
run_gate post SCENARIO="$scenario" BASELINE="$base" MAX_INCREASE=5% GITHUB_TOKEN=tok-123 \
	GITHUB_REPOSITORY=octo/repo PR_NUMBER=42 GITHUB_API_URL="$api" GITHUB_STEP_SUMMARY="$tmp/summary.md"
expect_exit 0
expect "curl was not called" test -e "$dir/curl/url"
expect "wrong URL: $(cat "$dir/curl/url" 2> /dev/null)" \
	test "$(cat "$dir/curl/url" 2> /dev/null)" = "$api/repos/octo/repo/issues/42/comments"
expect "no Authorization header" has "$dir/curl/headers" "Authorization: Bearer tok-123"
expect "the token is on curl's command line" lacks "$dir/curl/args" "tok-123"
expect "JSON body is not the comment file's text" json_body_is "$dir/curl/body" "$dir/cost-report.md"
expect "the step summary lacks the report" cmp -s "$tmp/summary.md" "$dir/cost-report.md"

# a breach is posted too, and still fails
run_gate post-breach SCENARIO="$tmp/more-output.yaml" BASELINE="$base" MAX_INCREASE=5% \
	GITHUB_TOKEN=tok-123 GITHUB_REPOSITORY=octo/repo PR_NUMBER=42
expect_exit 1
expect "JSON body is not the comment file's text" json_body_is "$dir/curl/body" "$dir/cost-report.md"
expect "default API URL not used" \
	test "$(cat "$dir/curl/url" 2> /dev/null)" = "https://api.github.com/repos/octo/repo/issues/42/comments"

# without jq, python3 builds the body (a PATH holding only what the script needs)
nojq=$tmp/nojq-bin
mkdir "$nojq"
ln -s "$fakebin/curl" "$nojq/curl"
ln -s "$(python3 -c 'import sys; print(sys.executable)')" "$nojq/python3"
for c in mktemp rm cat; do ln -s "$(command -v "$c")" "$nojq/$c"; done
gate_path=$nojq
run_gate post-python SCENARIO="$scenario" BASELINE="$base" MAX_INCREASE=5% GITHUB_TOKEN=tok-123 \
	GITHUB_REPOSITORY=octo/repo PR_NUMBER=42
gate_path=$fakebin:$PATH
expect_exit 0
expect "JSON body is not the comment file's text" json_body_is "$dir/curl/body" "$dir/cost-report.md"

# a refused comment (a fork's read-only token) leaves the verdict alone
run_gate post-refused SCENARIO="$scenario" BASELINE="$base" MAX_INCREASE=5% GITHUB_TOKEN=ro \
	GITHUB_REPOSITORY=octo/repo PR_NUMBER=42 CURL_STATUS=403
expect_exit 0
expect "no warning that the report was not posted" has "$dir/err" "was not posted"

# (f) the baseline refresh, by flag and by environment
gate_args=--update-baseline
run_gate update SCENARIO="$scenario" BASELINE=new-baseline.json
gate_args=""
expect_exit 0
accepted() { "$GENAICOST" check "$scenario" --baseline "$1" --max-increase 0% > /dev/null 2>&1; }
expect "check does not accept the refreshed baseline" accepted "$dir/new-baseline.json"
expect "a refresh wrote a comment" test ! -e "$dir/cost-report.md"
run_gate update-env SCENARIO="$tmp/more-output.yaml" BASELINE=new-baseline.json UPDATE_BASELINE=1
expect_exit 0
more_accepted() { "$GENAICOST" check "$tmp/more-output.yaml" --baseline "$1" --max-increase 0% > /dev/null 2>&1; }
expect "check does not accept the refreshed baseline" more_accepted "$dir/new-baseline.json"
gate_args=--update-baseline
run_gate update-no-baseline SCENARIO="$scenario"
gate_args=""
expect_exit 2

# the workflow: parsed, its gate step and baseline refresh run in a copy
py=""
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import yaml' 2> /dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	bad "workflow: no python3 with the yaml module: install the Debian package python3-yaml (.ci/deps.sh lists it)"
else
	"$py" tests/ci_example_workflow.py "$root" "$GENAICOST" "$tmp/workflow" "$fakebin" > "$tmp/workflow.log" 2>&1
	wrc=$?
	grep '^NOTE ' "$tmp/workflow.log" | sed 's/^NOTE /ci example test: note: /'
	p=$(grep -c '^PASS ' "$tmp/workflow.log")
	f=$(grep -c '^FAIL ' "$tmp/workflow.log")
	pass=$((pass + p))
	fail=$((fail + f))
	grep -v '^PASS \|^NOTE ' "$tmp/workflow.log" | sed 's/^FAIL /ci example test: FAIL: workflow: /' >&2
	if [ "$wrc" -ne 0 ] && [ "$f" -eq 0 ]; then
		bad "workflow: tests/ci_example_workflow.py exited $wrc"
	fi
fi

if [ "$fail" -ne 0 ]; then
	echo "ci example test: $fail of $((pass + fail)) assertions failed ($cases gate runs and the workflow)" >&2
	exit 1
fi
echo "ci example test: $pass assertions passed: $cases cost-gate.sh runs, the workflow parsed and its gate and refresh steps run"
