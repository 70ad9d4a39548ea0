#!/bin/sh
# After `make install DESTDIR=STAGE PREFIX=P`: check the layout, build
# examples/embed.c against the installed genaicost.pc (static and shared),
# run both and the installed binary.
set -eu
stage=$1 prefix=$2 cc=${3:-cc}
root=$stage$prefix
fail() { echo "install test: $*" >&2; exit 1; }
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
# the .pc names $prefix; point pkg-config at the staged tree
export PKG_CONFIG_PATH="$root/lib/pkgconfig"
export PKG_CONFIG_SYSROOT_DIR="$stage"
cflags=$(pkg-config --cflags genaicost)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$cc -std=c11 -Wall -Wextra -Werror $cflags examples/embed.c -o "$work/embed-shared" \
	$(pkg-config --libs genaicost)
$cc -std=c11 -Wall -Wextra -Werror $cflags examples/embed.c -o "$work/embed-static" \
	"$root/lib/libgenaicost.a" $(pkg-config --libs --static genaicost | sed 's/-lgenaicost//')
out=$(LD_LIBRARY_PATH="$root/lib" "$work/embed-shared" examples/chatbot.yaml "$root/share/genaicost/pricing")
echo "$out" | grep -q '^total 14175.00 USD per month' || fail "embed (shared) printed: $out"
out=$("$work/embed-static" examples/chatbot.yaml "$root/share/genaicost/pricing")
echo "$out" | grep -q '^total 14175.00 USD per month' || fail "embed (static) printed: $out"
# the installed binary finds its bundled sheets relative to itself
out=$("$root/bin/genaicost" estimate --model anthropic.claude-3-5-sonnet-20240620-v1:0 \
	--requests 1M --input-tokens 1500 --output-tokens 400 --format csv)
echo "$out" | grep -q '^default,.*,output tokens,400000,1K tokens,0.015,6000' || fail "installed binary printed: $out"
echo "install test: layout, soname, pkg-config build (shared and static) and bundled sheets ok"
