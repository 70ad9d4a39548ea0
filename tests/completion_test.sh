#!/bin/sh
# The shell completions generated from cli/completion.spec, against the
# built binary:
#  - the spec cannot drift: every command `genaicost --help` lists and every
#    option `genaicost COMMAND --help` names is in it, and nothing else;
#  - bash: the file sourced and _genaicost called as bash calls it
#    (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT);
#  - zsh: the file run under `zsh -f` with compadd, compset and _files
#    replaced by functions that record what is offered;
#  - fish: `complete -C` on a command line, as fish itself asks.
# A shell that is not installed is skipped with a message, unless
# GAC_COMPLETION_SHELLS=all (.ci/run installs zsh and fish).
# usage: tests/completion_test.sh BINARY COMPLETION_DIR
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the completions run `genaicost` for model ids: put the built one first on PATH
ln -s "$bin" "$work/genaicost"
PATH="$work:$PATH"
export PATH
fail=0
ran=""
skipped=""
have() {
	if command -v "$1" >/dev/null 2>&1; then
		ran="$ran $1"
		return 0
	fi
	if [ "${GAC_COMPLETION_SHELLS:-}" = all ]; then
		echo "completion test: $1 is not installed (GAC_COMPLETION_SHELLS=all; sh .ci/deps.sh with GAC_DEPS_EXTRA=\"zsh fish\")"
		fail=1
	else
		echo "completion test: $1 not installed, its completion not tested"
	fi
	skipped="$skipped $1"
	return 1
}

# ---- the spec against the tool's own help ----
spec=$root/cli/completion.spec
# spec_options CMD: the option names the spec gives CMD ("": the tool), one a line
spec_options() {
	awk -v c="$1" '$1 == "option" {
		n = split($2, l, ",")
		ok = c == "" ? $2 == "-" : $2 == "*" && c != "help"
		for (i = 1; i <= n; i++) ok = ok || l[i] == c
		if (ok) { m = split($3, s, ","); for (j = 1; j <= m; j++) print s[j] }
	}' "$spec" | sort -u
}
help_options() {
	genaicost "$1" --help | grep -oE -- '(^|[ ,(])(--[a-z][a-z0-9-]*|-[a-zA-Z])\b' | sed 's/^[ ,(]*//' | sort -u
}
commands=$(genaicost --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ -n "$commands" ] || { echo "completion test: genaicost --help lists no command"; exit 1; }
spec_commands=$(awk '$1 == "command" { print $2 }' "$spec")
for c in $commands; do
	printf '%s\n' "$spec_commands" | grep -qxF "$c" || { echo "completion test: command $c is not in $spec"; fail=1; }
	help_options "$c" > "$work/help"
	spec_options "$c" > "$work/spec"
	# every option of the help is in the spec, and the spec has no other
	# (--allow-path is every command's, named in genaicost --help)
	missing=$(comm -23 "$work/help" "$work/spec" | tr '\n' ' ')
	extra=$(comm -13 "$work/help" "$work/spec" | grep -vxF -- --allow-path | tr '\n' ' ')
	[ -z "$missing" ] || { echo "completion test: $c: $missing in '$c --help' but not in $spec"; fail=1; }
	[ -z "$extra" ] || { echo "completion test: $c: $extra in $spec but not in '$c --help'"; fail=1; }
done
for c in $spec_commands; do
	[ "$c" = help ] || printf '%s\n' "$commands" | grep -qxF "$c" ||
		{ echo "completion test: $spec has command $c, which genaicost --help does not list"; fail=1; }
done
top=$(genaicost --help | sed -n '1,/^$/p')
for o in $(spec_options ""); do
	printf '%s\n' "$top" | grep -qwF -- "$o" || { echo "completion test: $o is not in genaicost --help"; fail=1; }
done
genaicost --help | grep -qF -- "--allow-path" || { echo "completion test: --allow-path is not in genaicost --help"; fail=1; }

# ---- the same questions to each shell ----
# Each case: LINE|WANTED...|how: "exact" (offered exactly these), "has"
# (offered at least these), "none" (nothing offered).  Files are asked
# the shells' own way and tested per shell below.
cat > "$work/cases" <<EOF
genaicost e|estimate|exact
genaicost |estimate models validate compare break-even simulate forecast sensitivity what-if params check diff|has
genaicost check --b|--baseline --budget|exact
genaicost forecast --|--months --set --pricing --format --output --help --allow-path|has
genaicost estimate --format |table json csv markdown focus xlsx|exact
genaicost compare --format |table json csv markdown xlsx|exact
genaicost what-if --format |table json csv markdown|exact
genaicost validate --format |table json|exact
genaicost params --format |table json|exact
genaicost params --|--set --format --help --allow-path|has
genaicost estimate --mode |on-demand batch provisioned|exact
genaicost estimate --commitment |none 1-month 6-month|exact
genaicost break-even --commitment |none 1-month 6-month|exact
genaicost estimate --model anthropic.claude-3-5|anthropic.claude-3-5-sonnet-20241022-v2:0 anthropic.claude-3-5-haiku-20241022-v1:0|has
genaicost estimate --requests ||none
genaicost help si|simulate|exact
EOF
# check SHELL LINE HOW WANTED... < offered: one word a line
check() {
	sh_=$1 line=$2 how=$3
	shift 3
	got=$(sort -u)
	case $how in
	exact)
		want=$(printf '%s\n' "$@" | sort -u)
		[ "$got" = "$want" ] || { echo "completion test: $sh_: \"$line<TAB>\" offered $(echo $got), expected $*"; fail=1; } ;;
	has)
		for w in "$@"; do
			printf '%s\n' "$got" | grep -qxF -- "$w" ||
				{ echo "completion test: $sh_: \"$line<TAB>\" lacks $w; offered $(echo $got)"; fail=1; }
		done ;;
	none)
		[ -z "$got" ] || { echo "completion test: $sh_: \"$line<TAB>\" offered $(echo $got), expected nothing"; fail=1; } ;;
	esac
}
# each_case ASK: ASK LINE prints what SHELL offers for LINE
each_case() {
	while IFS='|' read -r line want how; do
		# shellcheck disable=SC2086
		"$1" "$line" | check "${1%_ask}" "$line" "$how" $want
	done < "$work/cases"
}

# ---- bash ----
if have bash; then
	bash_ask() {
		bash --norc --noprofile -c '
. "$1"
line=$2
COMP_LINE=$line
COMP_POINT=${#line}
read -ra COMP_WORDS <<<"$line"
[[ $line == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMPREPLY=()
_genaicost genaicost "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
((${#COMPREPLY[@]})) && printf "%s\n" "${COMPREPLY[@]}"
exit 0' sh "$dir/genaicost" "$1"
	}
	each_case bash_ask
	bash_ask "genaicost estimate --format=m" | check bash "--format=m" exact markdown
	# after a colon bash completes only what follows it
	bash_ask "genaicost estimate --model anthropic.claude-3-5-sonnet-20240620-v1:" | check bash "id:" exact 0
	bash_ask "genaicost estimate $root/examples/chat" |
		check bash "examples/chat" has "$root/examples/chatbot.yaml" "$root/examples/chatbot-options.yaml"
	bash_ask "genaicost check examples/chatbot.yaml --baseline $root/tests/cli/ex" |
		check bash "--baseline" exact "$root/tests/cli/expected"
	bash_ask "genaicost models " | check bash "models" none
fi

# ---- zsh ----
if have zsh; then
	# compadd records the words offered (after --), as zsh would filter
	# them: by the word's part after what compset -P took
	cat > "$work/capture.zsh" <<'EOF'
line=$1
words=(${(z)line})
[[ $line == *' ' ]] && words+=('')
CURRENT=${#words}
PREFIX=${words[CURRENT]}
compadd() {
	while (( $# )) && [[ $1 != -- ]]; do
		case $1 in -d|-P|-S|-J|-X|-a) shift ;; esac
		shift
	done
	shift
	local w
	for w in "$@"; do [[ $w == "$PREFIX"* ]] && print -r -- "$w"; done
	return 0
}
compset() { [[ $1 == -P && $PREFIX == *=* ]] && PREFIX=${PREFIX#*=}; return 0 }
_files() { print -r -- "_files $*" }
_message() { return 0 }
source "$2"
EOF
	zsh_ask() {
		zsh -f "$work/capture.zsh" "$1" "$dir/_genaicost"
	}
	each_case zsh_ask
	zsh_ask "genaicost estimate --format=m" | check zsh "--format=m" exact markdown
	zsh_ask "genaicost estimate examples/chat" | check zsh "operand" exact "_files "
	zsh_ask "genaicost check x.yaml --baseline " | check zsh "--baseline" exact "_files "
	zsh_ask "genaicost estimate --allow-path " | check zsh "--allow-path" exact "_files -/"
	zsh_ask "genaicost models " | check zsh "models" none
fi

# ---- fish ----
if have fish; then
	fish_ask() {
		HOME=$work fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$dir/genaicost.fish" "$1" |
			cut -f1
	}
	each_case fish_ask
	fish_ask "genaicost estimate --format=m" | check fish "--format=m" exact --format=markdown
	(cd "$root" && fish_ask "genaicost estimate examples/chat") |
		check fish "operand" has examples/chatbot.yaml examples/chatbot-options.yaml
	(cd "$root" && fish_ask "genaicost check x.yaml --baseline tests/cli/ex") |
		check fish "--baseline" has tests/cli/expected/
	(cd "$root" && fish_ask "genaicost models ") | check fish "models" none
fi

[ $fail = 0 ] || exit 1
echo "completion test: spec matches --help; commands, options, --format/--mode/--commitment values," \
	"model ids and files ok in:$ran${skipped:+ (skipped:$skipped)}"
