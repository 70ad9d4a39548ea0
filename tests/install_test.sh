#!/bin/sh
# The install test, in two installs of the same objects (make install-test):
#   STAGE  `make install DESTDIR=STAGE PREFIX=/usr`: the layout, genaicost.pc's
#          variables, and (by the Makefile) that uninstall removes it all;
#   REAL   `make install PREFIX=REAL`: examples/embed.c built against the
#          installed genaicost.pc (shared, with the rpath the README gives,
#          and static) and run from another directory, where the library
#          finds its bundled sheets with no environment variable; then
#          GENAICOST_PRICING_PATH overriding them, and a sheet not found.
# usage: install_test.sh STAGE REAL CC
set -eu
stage=$1 real=$2 cc=${3:-cc}
src=$(pwd)
fail() { echo "install test: $*" >&2; exit 1; }

# ---- the staged /usr install: layout ----
root=$stage/usr
for f in bin/genaicost lib/libgenaicost.a lib/libgenaicost.so lib/pkgconfig/genaicost.pc \
         include/genaicost.h share/genaicost/pricing/aws-bedrock.yaml share/genaicost/report.schema.json \
         share/man/man1/genaicost.1 share/man/man3/libgenaicost.3 \
         share/man/man5/genaicost-pricesheet.5 share/man/man5/genaicost-scenario.5 \
         share/man/man5/genaicost-report.5 share/man/man7/genaicost.7 \
         share/bash-completion/completions/genaicost share/zsh/vendor-completions/_genaicost \
         share/fish/vendor_completions.d/genaicost.fish; do
	test -e "$root/$f" || fail "missing $f"
done
soname=$(ls "$root/lib" | grep -E '^libgenaicost\.so\.[0-9]+$' | head -n 1)
test -n "$soname" || fail "no libgenaicost.so.MAJOR symlink"
readelf -d "$root/lib/libgenaicost.so" | grep -q "SONAME.*\[$soname\]" || fail "soname is not $soname"
cmp -s lib/schema/report.schema.json "$root/share/genaicost/report.schema.json" ||
	fail "share/genaicost/report.schema.json differs from lib/schema/report.schema.json"
# the completions are generated from cli/completion.spec (make): installed as made
for c in bash:bash-completion/completions/genaicost zsh:zsh/vendor-completions/_genaicost \
         fish:fish/vendor_completions.d/genaicost.fish; do
	awk -v shell="${c%%:*}" -f cli/completion.awk cli/completion.spec | cmp -s - "$root/share/${c#*:}" ||
		fail "share/${c#*:} differs from what cli/completion.awk makes of cli/completion.spec"
done
if command -v bash >/dev/null; then
	bash -n "$root/share/bash-completion/completions/genaicost" || fail "the installed completion does not parse"
	bash --norc -c ". '$root/share/bash-completion/completions/genaicost' && complete -p genaicost" >/dev/null ||
		fail "the installed completion registers no completion for genaicost"
fi
pcvar() { PKG_CONFIG_PATH="$1/lib/pkgconfig" pkg-config --variable="$2" genaicost; }
[ "$(pcvar "$root" pricingdir)" = /usr/share/genaicost/pricing ] ||
	fail "staged genaicost.pc: pricingdir is '$(pcvar "$root" pricingdir)', not /usr/share/genaicost/pricing"
[ "$(pcvar "$root" datadir)" = /usr/share/genaicost ] ||
	fail "staged genaicost.pc: datadir is '$(pcvar "$root" datadir)', not /usr/share/genaicost"
# the staged library has /usr's directory compiled in
grep -q /usr/share/genaicost/pricing "$root/lib/libgenaicost.so" ||
	fail "the staged library does not name /usr/share/genaicost/pricing"

# ---- the real install: run from elsewhere ----
export PKG_CONFIG_PATH="$real/lib/pkgconfig"
pricingdir=$(pkg-config --variable=pricingdir genaicost)
[ "$pricingdir" = "$real/share/genaicost/pricing" ] || fail "pricingdir is '$pricingdir', not $real/share/genaicost/pricing"
[ -f "$pricingdir/aws-bedrock.yaml" ] || fail "no aws-bedrock.yaml in pricingdir $pricingdir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# as README "Using the library": a prefix the dynamic linker does not search
# is named by an rpath taken from pkg-config
$cc -std=c11 -Wall -Wextra -Werror $(pkg-config --cflags genaicost) examples/embed.c -o "$work/embed-shared" \
	$(pkg-config --libs genaicost) -Wl,-rpath,"$(pkg-config --variable=libdir genaicost)"
$cc -std=c11 -Wall -Wextra -Werror $(pkg-config --cflags genaicost) examples/embed.c -o "$work/embed-static" \
	"$real/lib/libgenaicost.a" $(pkg-config --libs --static genaicost | sed 's/-lgenaicost//')
readelf -d "$work/embed-shared" | grep -q "NEEDED.*libgenaicost\.so" || fail "embed-shared is not linked to libgenaicost.so"
mkdir "$work/elsewhere"
cp examples/chatbot.yaml "$work/elsewhere/chatbot.yaml"
run() {  # run [VAR=VALUE...] PROGRAM ARGS...: from elsewhere, no GENAICOST_* or LD_LIBRARY_PATH
	(cd "$work/elsewhere" && env -u LD_LIBRARY_PATH -u GENAICOST_PRICING_PATH "$@")
}
for kind in shared static; do
	out=$(run "$work/embed-$kind" chatbot.yaml 2>&1) || fail "embed ($kind) from another directory failed: $out"
	echo "$out" | grep -q '^total 14175.00 USD per month' || fail "embed ($kind) printed: $out"
done
# GENAICOST_PRICING_PATH first: a sheet there with output at $0.02 per 1K
# (chatbot: 576,000 output tokens, 8,640.00 at $0.015 -> 11,520.00)
mkdir "$work/prices"
sed '/"anthropic.claude-3-5-sonnet-20241022-v2:0"/,/output:/s/output: 0.015$/output: 0.02/' \
	pricing/aws-bedrock.yaml > "$work/prices/aws-bedrock.yaml"
out=$(run GENAICOST_PRICING_PATH="/nonexistent:$work/prices" "$work/embed-shared" chatbot.yaml 2>&1) ||
	fail "embed with GENAICOST_PRICING_PATH failed: $out"
echo "$out" | grep -q '^total 17055.00 USD per month' || fail "embed with GENAICOST_PRICING_PATH printed: $out"
# not found: every directory searched, the installed one last
out=$(run GENAICOST_PRICING_PATH=/nonexistent-a:/nonexistent-b "$work/embed-shared" \
	"$src/tests/data/access/pricing-nosuchsheet.yaml" 2>&1) && fail "a missing sheet passed: $out"
echo "$out" | grep -qF "pricing: no price sheet named 'nosuchsheet' (looked in /nonexistent-a, /nonexistent-b, $pricingdir)" ||
	fail "not-found message: $out"
# the installed binary, from elsewhere, no environment
out=$(run "$real/bin/genaicost" estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 \
	--requests 1M --input-tokens 1500 --output-tokens 400 --format csv)
echo "$out" | grep -q '^default,.*,output tokens,400000,1K tokens,0.015,6000' || fail "installed binary printed: $out"
out=$(run "$real/bin/genaicost" models --pricing nosuch 2>&1) && fail "installed binary found 'nosuch'"
# the installed sheets are named once (bin/../share/genaicost/pricing is the compiled-in directory)
echo "$out" | grep -qF "(looked in $pricingdir)" || fail "installed binary's not-found message: $out"
echo "install test: layout, soname, genaicost.pc datadir/pricingdir, embed.c (shared, static) from another" \
	"directory with the installed sheets, GENAICOST_PRICING_PATH, not-found message ok"
