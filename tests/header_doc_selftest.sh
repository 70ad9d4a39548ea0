#!/bin/sh
# The header doc checker (tests/header_doc_test.py) fails on each kind of
# omission with FILE:LINE: name: problem, and passes a good header.  Each
# bad header is the good one (tests/data/header/good.h) with one edit.
set -u
here=$(cd "$(dirname "$0")" && pwd)
check="${PYTHON:-python3} $here/header_doc_test.py"
d=$here/data/header
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# mk NAME SED-SCRIPT: the good header with one edit, as $tmp/NAME
mk() { sed "$2" "$d/good.h" >"$tmp/$1"; }
mk bad_undocumented.h '/^\/\*$/{N;/\n \* The size of a thing\.$/{:a
N;/\n \*\/$/!ba
d;};}'
mk bad_missing_param.h '/^ \* size:       bytes to keep$/d'
mk bad_missing_return.h '/^ \* Returns:  its size in bytes; 0 for NULL\.$/d'
mk bad_wrong_param.h 's/^ \* thing:      the thing; NULL does nothing$/ * thng:       the thing; NULL does nothing/'
mk bad_missing_errors.h '/^ \* Errors:     EX_ENOMEM when memory runs out\.$/d'
mk bad_missing_ownership.h '/^ \* Ownership:  \*out belongs to the caller; free it with ex_free()\.$/d'
mk bad_member.h '/^\/\* Version of the example, as text\. \*\/$/d; s|^\(	size_t count;\)  /\* points \*/$|\1|'
mk bad_unknown.h '/^GAC_API size_t ex_size/{n;a\
/* A count kept by the library. */\
extern int ex_count;\

}'
mk bad_unknown_code.h 's/EX_ENOMEM when memory runs out/EX_ENOMEN when memory runs out/'
mk bad_summary.h '/^ \* Make a thing\.$/{N;d;}'

# expect FILE EXIT-CODE PATTERN [ALLOW-FILE]: the checker's exit code and a
# line of its output matching PATTERN (grep -E); good.h is read where it
# is, the bad headers from $tmp
expect() {
	f=$1 want=$2 pat=$3
	p=$d/$f
	[ -f "$p" ] || p=$tmp/$f
	if [ $# -ge 4 ]; then $check --allow "$4" "$p" >"$tmp/out" 2>&1
	else $check "$p" >"$tmp/out" 2>&1; fi
	got=$?
	if [ "$got" != "$want" ] || ! grep -Eq -- "$pat" "$tmp/out"; then
		echo "FAIL: $f: exit $got (want $want), output without /$pat/:"
		sed 's/^/    /' "$tmp/out"
		fail=1
	else
		echo "ok: $f: exit $got, $(grep -E -m1 -- "$pat" "$tmp/out" | sed -e "s|$d/||" -e "s|$tmp/||")"
	fi
}

expect good.h 0 '7 of 7 declarations documented'
expect bad_undocumented.h 1 "bad_undocumented.h:48: ex_size: no doc comment"
expect bad_missing_param.h 1 "bad_missing_param.h:37: ex_new: parameter 'size' is not documented"
expect bad_missing_return.h 1 "bad_missing_return.h:53: ex_size: missing 'Returns:' line"
expect bad_wrong_param.h 1 "bad_wrong_param.h:46: ex_free: documents 'thng', which is not a parameter"
expect bad_missing_errors.h 1 "bad_missing_errors.h:37: ex_new: missing 'Errors:' line"
expect bad_missing_ownership.h 1 "bad_missing_ownership.h:37: ex_new: missing 'Ownership:' line"
expect bad_member.h 1 "bad_member.h:23: ex_pair: member 'count' \(line 25\) is not documented"
expect bad_member.h 1 "bad_member.h:7: EX_VERSION: no doc comment"
expect bad_unknown.h 1 "bad_unknown.h:57: ex_count: not a declaration the checker knows"
expect bad_unknown_code.h 1 "bad_unknown_code.h:38: ex_new: 'Errors:' names EX_ENOMEN, which no status enum declares"
expect bad_summary.h 1 "bad_summary.h:36: ex_new: doc comment has no summary sentence"

# the allow-list excuses a name, and says so; a stale entry fails
printf '# name reason\nex_size being rewritten by someone else\n' >"$tmp/allow"
expect bad_undocumented.h 0 "ex_size: excused by .*: being rewritten by someone else" "$tmp/allow"
printf 'ex_gone removed long ago\n' >"$tmp/allow2"
expect good.h 1 "allow-list names 'ex_gone', which the header does not declare" "$tmp/allow2"
printf 'ex_size\n' >"$tmp/allow3"
expect good.h 2 "'ex_size' has no reason" "$tmp/allow3"

[ $fail = 0 ] && echo "header doc self-test: passed"
exit $fail
