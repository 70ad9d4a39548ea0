#!/bin/sh
# The bash completion (cli/genaicost.bash-completion) against the built
# binary: commands, options, choice values and model ids, each asked the
# way bash asks (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT).
# usage: tests/completion_test.sh BINARY
set -eu
command -v bash >/dev/null || { echo "completion test: bash not installed, skipped"; exit 0; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the completion runs `genaicost`: put the built one first on PATH
ln -s "$bin" "$work/genaicost"
PATH="$work:$PATH" bash --norc --noprofile -c '
set -u
. "$1/cli/genaicost.bash-completion"
fail=0
# complete LINE: the completions of the last word of LINE
complete_line() {
	COMP_LINE=$1
	COMP_POINT=${#1}
	read -ra COMP_WORDS <<<"$1"
	[[ $1 == *" " ]] && COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_genaicost genaicost "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	printf "%s\n" "${COMPREPLY[@]}" | sort
}
expect() {  # LINE WANTED...: every WANTED is offered
	local line=$1 got w
	shift
	got=$(complete_line "$line")
	for w in "$@"; do
		grep -qxF -- "$w" <<<"$got" || { echo "completion test: \"$line<TAB>\" lacks $w; got: $(echo $got)"; fail=1; }
	done
}
exact() {  # LINE WANTED...: exactly these are offered
	local line=$1 got want
	shift
	got=$(complete_line "$line")
	want=$(printf "%s\n" "$@" | sort)
	[[ $got == "$want" ]] || { echo "completion test: \"$line<TAB>\" gave $(echo $got), expected $*"; fail=1; }
}
exact "genaicost e" estimate
expect "genaicost " estimate models validate compare break-even simulate forecast sensitivity what-if params check diff
exact "genaicost check --b" --baseline --budget
expect "genaicost forecast --" --months --set --pricing --format --output --help
exact "genaicost estimate --format " table json csv markdown focus
exact "genaicost compare --format " table json csv markdown
exact "genaicost estimate --format=m" markdown
exact "genaicost estimate --mode " on-demand batch provisioned
exact "genaicost estimate --commitment " none 1-month 6-month
exact "genaicost break-even --commitment " none 1-month 6-month
expect "genaicost estimate --model anthropic.claude-3-5" anthropic.claude-3-5-sonnet-20240620-v1:0 anthropic.claude-3-5-haiku-20241022-v1:0
got=$(complete_line "genaicost estimate --model anthropic.claude-3-5")
grep -qv "^anthropic.claude-3-5" <<<"$got" && { echo "completion test: --model offered $got"; fail=1; }
# after a colon bash completes only what follows it
exact "genaicost estimate --model anthropic.claude-3-5-sonnet-20240620-v1:" 0
exact "genaicost estimate --requests " 
expect "genaicost estimate $1/examples/chat" "$1/examples/chatbot.yaml" "$1/examples/chatbot-options.yaml"
expect "genaicost check examples/chatbot.yaml --baseline $1/tests/cli/ex" "$1/tests/cli/expected"
exit $fail
' sh "$root"
echo "completion test: commands, options, --format/--mode/--commitment values, model ids and files ok"
