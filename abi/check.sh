#!/bin/sh
# make abi-check / make abi-baseline: the built shared library against the
# committed ABI baseline abi/libgenaicost.abi (abidw + abidiff, Debian
# abigail-tools), with the suppressions of abi/public.supp.
#   abi/check.sh check LIB             fail on any change but added functions
#   abi/check.sh baseline LIB [FORCE]  record LIB as the baseline
# Run from the source root.  The rules (libgenaicost(3), ABI):
#  - only gac_* is exported, each symbol with version node GENAICOST_N
#    where libgenaicost.so.N is the soname;
#  - the baseline's soname is the built one: a soname bump (ABI in the
#    Makefile) comes with a new baseline, in the same commit;
#  - against the baseline, abidiff reports nothing but added functions;
#    anything else (a removed or retyped function, a struct or enum
#    changed) fails, compatible by the struct policy or not: an append to
#    an append-only struct is recorded, after review, with FORCE=1.
set -u
mode=$1 lib=$2 force=${3:-}
base=${GAC_ABI_BASELINE:-abi/libgenaicost.abi}
supp=abi/public.supp
fail() { echo "abi-$mode: $*" >&2; exit 1; }
for t in abidw abidiff nm readelf; do
	command -v $t >/dev/null 2>&1 ||
		fail "$t not found: install abigail-tools and binutils (sh .ci/deps.sh)"
done
[ -f "$lib" ] || fail "no $lib: build it first"
readelf -S "$lib" | grep -q '\.debug_info' || fail "$lib has no debug information: build it with -g"
soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
n=${soname##*.so.}
# exports: gac_* alone, each under the node of the soname
bad=$(nm -D --defined-only "$lib" | awk -v node="GENAICOST_$n" '
	$2 == "A" && $3 == node { next }
	{ s = $3; v = s; sub(/@.*/, "", s); sub(/^[^@]*@+/, "", v)
	  if (s !~ /^gac_[a-z0-9_]+$/ || v != node) print $3 }')
[ -z "$bad" ] || fail "exported symbols other than gac_*@@GENAICOST_$n (lib/libgenaicost.map's node follows the soname):" \
	$(echo $bad | tr ' ' '\n' | head -n 5) "..."
count=$(nm -D --defined-only "$lib" | grep -c ' T gac_')
out=${lib%/*}/libgenaicost.abi
abidw --headers-dir include --drop-private-types --no-corpus-path --no-comp-dir-path --no-elf-needed --no-show-locs \
	--type-id-style hash "$lib" >"$out" || fail "abidw failed on $lib"

compare() {  # abidiff of the baseline and the build, added functions aside
	abidiff --no-added-syms --suppressions "$supp" "$base" "$out" >"$out.diff" 2>&1
}
base_soname=$(sed -n "1s/.*soname='\([^']*\)'.*/\1/p" "$base" 2>/dev/null)
if [ "$mode" = baseline ]; then
	why=""
	if [ ! -f "$base" ]; then why="first baseline"
	elif [ "$base_soname" != "$soname" ]; then why="soname bumped from $base_soname"
	elif compare; then why="compatible: added functions at most"
	elif [ "$force" = 1 ]; then
		why="FORCE=1 over changes at the same soname $soname (see $out.diff): only for changes the struct policy allows"
	else
		cat "$out.diff" >&2
		fail "$lib changed the ABI of $soname incompatibly (above): bump ABI in the Makefile, or, for a change the struct policy allows (a member appended to an append-only struct), run make abi-baseline FORCE=1"
	fi
	cp "$out" "$base"
	echo "abi-baseline: $base written for $soname, $count functions ($why)"
	exit 0
fi
[ -f "$base" ] || fail "no baseline $base: run make abi-baseline"
[ "$base_soname" = "$soname" ] ||
	fail "the library's soname is $soname but the baseline $base is of $base_soname: a soname bump comes with a new baseline (make abi-baseline FORCE=1), in the same commit"
if ! compare; then
	cat "$out.diff" >&2
	fail "$lib is not ABI-compatible with $base ($soname), above: undo the change, or bump ABI in the Makefile (the soname) and run make abi-baseline FORCE=1 together; an append to an append-only struct (libgenaicost(3), struct policy) is recorded with make abi-baseline FORCE=1"
fi
added=$(abidiff --suppressions "$supp" "$base" "$out" 2>/dev/null | sed -n 's/.*, \([0-9][0-9]*\) Added function.*/\1/p' | head -n 1)
note=""
[ "${added:-0}" -gt 0 ] && note="; $added functions added since the baseline: record them with make abi-baseline"
echo "abi-check: $soname, $count gac_* functions under GENAICOST_$n, compatible with $base$note"
