#!/bin/sh
# make deb-test, after make deb and lintian: the packages' set, fields and
# contents, then all of them unpacked (dpkg -x) in a scratch root and run
# from there: the CLI, and examples/embed.c built against the packaged
# genaicost.pc.  The root is not the system's /usr, so the library is found
# with LD_LIBRARY_PATH and the sheets with GENAICOST_PRICING_PATH; the
# directory compiled into the packaged library, /usr/share/genaicost/pricing,
# is checked in its not-found message.
# usage: deb_test.sh DEBDIR LIBPKG CC
set -eu
debs=$(cd "$1" && pwd) libpkg=$2 cc=${3:-cc}
src=$(pwd)
fail() { echo "deb test: $*" >&2; exit 1; }
ma=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
deb() { ls "$debs"/"$1"_*.deb 2>/dev/null | head -n 1; }
for p in "$libpkg" libgenaicost-dev genaicost genaicost-data python3-genaicost; do
	[ -n "$(deb $p)" ] || fail "no $p package in $debs"
done
field() { dpkg-deb -f "$(deb "$1")" "$2"; }
[ "$(field genaicost-data Architecture)" = all ] || fail "genaicost-data is not Architecture: all"
field libgenaicost-dev Depends | grep -q "$libpkg (= " || fail "libgenaicost-dev does not depend on $libpkg (= version)"
field genaicost Depends | grep -q "genaicost-data (= " || fail "genaicost does not depend on genaicost-data"
# what goes where
has() { dpkg-deb -c "$(deb "$1")" | grep "$2" >/dev/null || fail "$1 lacks $2"; }
has "$libpkg" "/usr/lib/$ma/libgenaicost\.so\.[0-9]"
has libgenaicost-dev "/usr/include/genaicost.h"
has libgenaicost-dev "/usr/lib/$ma/pkgconfig/genaicost.pc"
has libgenaicost-dev "/usr/lib/$ma/libgenaicost.a"
has libgenaicost-dev "/usr/share/man/man3/libgenaicost.3"
has genaicost "/usr/bin/genaicost"
has genaicost "/usr/share/man/man1/genaicost.1"
has genaicost "/usr/share/bash-completion/completions/genaicost"
has genaicost-data "/usr/share/genaicost/pricing/aws-bedrock.yaml"
has genaicost-data "/usr/share/genaicost/report.schema.json"
has python3-genaicost "/usr/lib/python3/dist-packages/genaicost/__init__.py"
[ "$(field python3-genaicost Architecture)" = all ] || fail "python3-genaicost is not Architecture: all"
if dpkg-deb -c "$(deb "$libpkg")" | grep '\.so$' >/dev/null; then fail "$libpkg holds the unversioned .so"; fi
dpkg-deb -I "$(deb "$libpkg")" shlibs | grep "^libgenaicost [0-9]* $libpkg" >/dev/null || fail "$libpkg has no shlibs"
dpkg-deb -I "$(deb "$libpkg")" symbols | grep '^ gac_estimate@' >/dev/null || fail "$libpkg has no symbols file"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
for f in "$debs"/*.deb; do
	case $f in *-dbgsym_*) continue ;; esac
	dpkg -x "$f" "$root"
done
lib=$root/usr/lib/$ma
mkdir "$work/elsewhere"
cp examples/chatbot.yaml "$work/elsewhere/"
cd "$work/elsewhere"
# the CLI: its sheets found next to it (../share/genaicost/pricing)
out=$(env -u GENAICOST_PRICING_PATH "$root/usr/bin/genaicost" estimate chatbot.yaml --format csv) ||
	fail "the packaged CLI failed: $out"
echo "$out" | grep -q ',output tokens,576000,1K tokens,0.015,8640' || fail "the packaged CLI printed: $out"
out=$(env -u GENAICOST_PRICING_PATH "$root/usr/bin/genaicost" models --pricing nosuch 2>&1) && fail "found 'nosuch'"
echo "$out" | grep -qF "/usr/share/genaicost/pricing)" || fail "the CLI's not-found message: $out"
"$root/usr/bin/genaicost" --version | grep -q "$(sed -n 's/^#define GAC_VERSION_STRING "\(.*\)"/\1/p' "$src/include/genaicost.h")" ||
	fail "the packaged CLI's --version"
# embed.c against the packaged -dev
export PKG_CONFIG_PATH="$lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$root"
pricingdir=$(PKG_CONFIG_SYSROOT_DIR= pkg-config --variable=pricingdir genaicost)
[ "$pricingdir" = /usr/share/genaicost/pricing ] || fail "genaicost.pc pricingdir: $pricingdir"
$cc -std=c11 -Wall -Wextra -Werror $(pkg-config --cflags genaicost) "$src/examples/embed.c" -o "$work/embed" \
	$(pkg-config --libs genaicost) || fail "embed.c does not build against the packaged genaicost.pc"
LD_LIBRARY_PATH=$lib ldd "$work/embed" | grep -q "libgenaicost.so.[0-9]* => $lib/" ||
	fail "embed does not load the packaged library: $(LD_LIBRARY_PATH=$lib ldd "$work/embed" | grep genaicost)"
out=$(LD_LIBRARY_PATH=$lib GENAICOST_PRICING_PATH=$root/usr/share/genaicost/pricing "$work/embed" chatbot.yaml) ||
	fail "embed failed: $out"
echo "$out" | grep -q '^total 14175.00 USD per month' || fail "embed printed: $out"
out=$(LD_LIBRARY_PATH=$lib GENAICOST_PRICING_PATH=/nonexistent "$work/embed" \
	"$src/tests/data/access/pricing-nosuchsheet.yaml" 2>&1) && fail "embed found 'nosuchsheet'"
echo "$out" | grep -qF "(looked in /nonexistent, /usr/share/genaicost/pricing)" ||
	fail "the packaged library's not-found message: $out"
# the Python module, from the packaged library (named: the root is not /usr)
if [ -x /usr/bin/python3 ]; then
	out=$(GENAICOST_LIBRARY=$lib/libgenaicost.so.${libpkg#libgenaicost} GENAICOST_PRICING_PATH=$root/usr/share/genaicost/pricing \
		PYTHONPATH=$root/usr/lib/python3/dist-packages PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -c \
		'import genaicost; print(genaicost.__file__, genaicost.estimate("chatbot.yaml")["total"])') ||
		fail "the packaged Python module failed: $out"
	[ "$out" = "$root/usr/lib/python3/dist-packages/genaicost/__init__.py 14175.0" ] ||
		fail "the packaged Python module printed: $out"
fi
echo "deb test: packages, contents, the CLI, embed.c and the Python module from the unpacked packages ok"
ls -l "$debs"/*.deb | awk '{print "deb test: " $NF ": " $5 " bytes"}'
