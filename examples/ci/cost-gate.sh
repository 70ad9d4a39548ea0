#!/bin/sh
# The genaicost cost gate for any CI: run `genaicost check` on a scenario,
# leave its Markdown report in a file (and post it on the pull request when
# GitHub credentials are given), and fail the job when a threshold is breached.
#
#   SCENARIO=costs.yaml BASELINE=costs.baseline.json MAX_INCREASE=10% sh cost-gate.sh
#   SCENARIO=costs.yaml BASELINE=costs.baseline.json sh cost-gate.sh --update-baseline
#
# Inputs (environment):
#   SCENARIO        the scenario YAML to check (required)
#   GENAICOST       the genaicost binary (default: genaicost on PATH)
#   BASELINE        a baseline JSON report to measure increases against
#   BUDGET          a monthly budget (check --budget)
#   MAX_INCREASE    the most the total may rise over BASELINE: a share such
#                   as 10%, or an amount such as $500 (a bare number is refused)
#   COMMENT_FILE    where the Markdown report goes (default cost-report.md)
#   GITHUB_TOKEN, GITHUB_REPOSITORY (owner/repo), PR_NUMBER: post the report
#                   as a pull-request comment when all three are set
#   GITHUB_API_URL  (default https://api.github.com; GitHub Enterprise differs)
#   UPDATE_BASELINE=1, or --update-baseline: write a fresh BASELINE instead
# Thresholds may also live in the scenario's budget: section.
#
# Exit status: 0 every threshold holds; 1 a threshold is breached; anything
# else means the gate could not run (2 usage, 3 invalid input such as a
# corrupted baseline, 4 I/O such as a missing baseline: genaicost's codes).
set -eu

GENAICOST=${GENAICOST:-genaicost}
SCENARIO=${SCENARIO:-}
BASELINE=${BASELINE:-}
BUDGET=${BUDGET:-}
MAX_INCREASE=${MAX_INCREASE:-}
COMMENT_FILE=${COMMENT_FILE:-cost-report.md}
GITHUB_TOKEN=${GITHUB_TOKEN:-}
GITHUB_REPOSITORY=${GITHUB_REPOSITORY:-}
PR_NUMBER=${PR_NUMBER:-}
GITHUB_API_URL=${GITHUB_API_URL:-https://api.github.com}
UPDATE_BASELINE=${UPDATE_BASELINE:-0}

say() { printf 'cost-gate: %s\n' "$*" >&2; }

# A broken run must stay distinguishable from a breach (1) and can never
# be a pass: keep genaicost's own code, which is never 0 or 1 here.
broken() {
	case $1 in
	2) why="usage error" ;;
	3) why="invalid input" ;;
	4) why="I/O error" ;;
	126 | 127) why="'$GENAICOST' not found or not executable; set GENAICOST" ;;
	*) why="unexpected exit status" ;;
	esac
	say "the cost gate could not run: genaicost exited $1 ($why); see its message above. This is not a pass."
	exit "$1"
}

# the script's own usage errors take genaicost's usage code, 2
usage() {
	say "$*"
	broken 2
}

case $# in
0) ;;
1)
	case $1 in
	--update-baseline) UPDATE_BASELINE=1 ;;
	-h | --help)
		sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'
		exit 0
		;;
	*) usage "unknown argument '$1': the inputs are environment variables (see --help)" ;;
	esac
	;;
*) usage "too many arguments: the inputs are environment variables (see --help)" ;;
esac

[ -n "$SCENARIO" ] || usage "SCENARIO is not set: name the scenario YAML to check"

if [ "$UPDATE_BASELINE" = 1 ]; then
	[ -n "$BASELINE" ] || usage "--update-baseline needs BASELINE, the file to write"
	# compare rather than estimate: it prices every option of the scenario,
	# so per-option thresholds find a figure in the baseline; and unlike
	# check it needs no threshold and never exits 1 on an over-budget main.
	rc=0
	"$GENAICOST" compare "$SCENARIO" --format json -o "$BASELINE" || rc=$?
	[ "$rc" -eq 0 ] || broken "$rc"
	say "baseline written to $BASELINE; commit it"
	exit 0
fi

set -- check "$SCENARIO" --format markdown -o "$COMMENT_FILE"
[ -z "$BASELINE" ] || set -- "$@" --baseline "$BASELINE"
[ -z "$BUDGET" ] || set -- "$@" --budget "$BUDGET"
[ -z "$MAX_INCREASE" ] || set -- "$@" --max-increase "$MAX_INCREASE"

# a report left by an earlier run must never be posted as this run's
rm -f -- "$COMMENT_FILE"
rc=0
"$GENAICOST" "$@" || rc=$?
case $rc in
0 | 1) ;;
*) broken "$rc" ;;
esac
if [ ! -s "$COMMENT_FILE" ]; then
	say "genaicost check exited $rc but wrote no report to $COMMENT_FILE"
	broken 4
fi
IFS= read -r headline < "$COMMENT_FILE" || true
say "${headline#\#\#\# }"

# GitHub Actions shows the step summary even where the comment cannot be posted
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
	cat "$COMMENT_FILE" >> "$GITHUB_STEP_SUMMARY" || say "could not append the report to the step summary"
fi

post_comment() {
	case $PR_NUMBER in
	'' | *[!0-9]*)
		say "PR_NUMBER '$PR_NUMBER' is not a number"
		return 1
		;;
	esac
	url="$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
	work=$(mktemp -d) || return 1
	trap 'rm -rf "$work"' EXIT
	if command -v jq > /dev/null 2>&1; then
		jq -Rs '{body: .}' < "$COMMENT_FILE" > "$work/body.json" || return 1
	elif command -v python3 > /dev/null 2>&1; then
		python3 -c 'import json, sys
sys.stdout.write(json.dumps({"body": sys.stdin.buffer.read().decode("utf-8")}))' \
			< "$COMMENT_FILE" > "$work/body.json" || return 1
	else
		say "neither jq nor python3 is installed: cannot build the comment's JSON"
		return 1
	fi
	# the token goes through a file, not curl's arguments, which other
	# users of a shared runner can read in the process list
	(
		umask 077
		printf 'Authorization: Bearer %s\n' "$GITHUB_TOKEN" > "$work/auth"
	) || return 1
	# judge the HTTP status ourselves: curl's --fail-with-body is too new
	# for some CI images, and the API's answer says what went wrong
	status=$(curl -sS -H @"$work/auth" -H 'Accept: application/vnd.github+json' \
		-H 'Content-Type: application/json' --data-binary @"$work/body.json" \
		-o "$work/response" -w '%{http_code}' "$url") || return 1
	if [ "$status" != 201 ]; then
		say "GitHub answered HTTP $status to POST $url:"
		cat "$work/response" >&2 || true
		return 1
	fi
	say "report posted on pull request #$PR_NUMBER of $GITHUB_REPOSITORY"
}

if [ -n "$GITHUB_TOKEN" ] && [ -n "$GITHUB_REPOSITORY" ] && [ -n "$PR_NUMBER" ]; then
	# A comment that cannot be posted (pull requests from forks get a
	# read-only token) must not change the verdict: the exit status is it.
	post_comment || say "the report was not posted; it is in $COMMENT_FILE"
else
	say "report written to $COMMENT_FILE (set GITHUB_TOKEN, GITHUB_REPOSITORY and PR_NUMBER to post it)"
fi
[ "$rc" -eq 0 ] || say "a cost threshold is breached: failing"
exit "$rc"
