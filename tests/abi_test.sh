#!/bin/sh
# make abi-test: abi/check.sh passes on the tree as it is and catches an
# incompatible change.  A copy of the library's sources is built (-O0, in
# a scratch directory) with, in turn: a function no longer exported, a
# struct member retyped without a change of size (gac_provisioned.units
# double -> float in its padding), the soname bumped without a new
# baseline (each must fail the check), and a function added (must pass).
set -u
lib=$1
root=$(pwd)
fail() { echo "abi test: $*" >&2; exit 1; }
start=$(date +%s)
sh abi/check.sh check "$lib" >/dev/null || fail "abi-check fails on the unchanged tree"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tests/fuzz"
cp -R Makefile include lib abi "$work/"
cp tests/fuzz/fuzz.mk "$work/tests/fuzz/"
# the Makefile includes debian/deb.mk too
mkdir -p "$work/debian" && cp debian/deb.mk "$work/debian/"
# the unchanged build's objects, times kept: a change to one source file
# rebuilds that file alone
mkdir -p "$work/build" && cp -pR "$(dirname "$lib")/lib" "$work/build/"
variant() {  # variant NAME EXPECT(pass|fail) FILE SED-EXPRESSION [WANT-IN-OUTPUT]
	name=$1 expect=$2 file=$3 expr=$4 want=${5:-}
	rm -rf "$work/v" && mkdir "$work/v" && cp -pR "$work"/Makefile "$work"/include "$work"/lib "$work"/abi \
		"$work"/tests "$work"/debian "$work"/build "$work/v/"
	cp "$work/v/$file" "$work/v/$file.orig"
	sed "$expr" "$work/v/$file.orig" >"$work/v/$file"
	cmp -s "$work/v/$file" "$work/v/$file.orig" && fail "$name: the edit changed nothing in $file"
	# a soname bump moves the symbol version node with it (the check wants both)
	[ "$file" = Makefile ] && sed -i 's/GENAICOST_1/GENAICOST_2/' "$work/v/lib/libgenaicost.map"
	touch "$work/v/$file"
	(cd "$work/v" && make -s -j2 WERROR= OPT="-O0 -g" shared >"$work/build.log" 2>&1) ||
		{ cat "$work/build.log" >&2; fail "$name: the changed copy does not build"; }
	built=$(ls -t "$work"/v/build/libgenaicost.so.*.*.* 2>/dev/null | head -n 1)
	(cd "$work/v" && sh abi/check.sh check "$built") >"$work/out" 2>&1
	rc=$?
	if [ "$expect" = fail ]; then
		[ $rc -ne 0 ] || { cat "$work/out" >&2; fail "$name: abi-check passed an incompatible change"; }
	else
		[ $rc -eq 0 ] || { cat "$work/out" >&2; fail "$name: abi-check failed a compatible change"; }
	fi
	[ -z "$want" ] || grep -qF -- "$want" "$work/out" || { cat "$work/out" >&2; fail "$name: no '$want' in the report"; }
	echo "abi test: $name: abi-check $( [ $rc -eq 0 ] && echo passed || echo failed), as it must"
}
variant removed-function fail include/genaicost.h \
	's/^GAC_API const char \*gac_sheet_hash(/const char *gac_sheet_hash(/' "gac_sheet_hash"
variant retyped-member fail include/genaicost.h \
	's/^\tdouble units;                \/\* model units billed \*\//\tfloat units;/' "type of 'double units' changed"
variant soname-without-baseline fail Makefile 's/^ABI     := 1$/ABI     := 2/' "a soname bump comes with a new baseline"
variant added-function pass lib/util.c \
	's/^void gac_free(void \*p)$/GAC_API int gac_abi_test_added(void);\nint gac_abi_test_added(void) { return 1; }\n&/' \
	"1 functions added since the baseline"
echo "abi test: ok in $(($(date +%s) - start)) s"
