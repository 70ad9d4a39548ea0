#!/bin/sh
# The Python package installed two ways and used from another directory:
# pip install (offline, no build isolation) into a scratch --target, the
# library named by GENAICOST_LIBRARY; and make install into a scratch
# PREFIX, where the package finds the library and the sheets by itself
# (no GENAICOST_LIBRARY, no LD_LIBRARY_PATH).  make uninstall removes it.
# usage: python_install_test.sh BUILD PYTHON
set -eu
build=$1
python=$2
root=$(pwd)
scratch=$root/$build/python-install-test
rm -rf "$scratch"
mkdir -p "$scratch/src"
fail() { echo "python install test: $*" >&2; exit 1; }
check='import genaicost, sys
r = genaicost.estimate(sys.argv[1])
assert r["total"] == 14175.0, r["total"]
print(genaicost.__file__)'

# pip install ./python, from a copy (setuptools writes build/ beside it)
cp -R python "$scratch/src/python"
"$python" -m pip install -q --root-user-action=ignore --no-cache-dir --no-build-isolation --no-index --no-deps \
	--target "$scratch/pip" "$scratch/src/python" || fail "pip install failed"
where=$(cd / && GENAICOST_LIBRARY="$root/$build/libgenaicost.so" PYTHONPATH="$scratch/pip" \
	"$python" -c "$check" "$root/examples/chatbot.yaml") || fail "the pip-installed package failed"
case $where in "$scratch/pip/"*) ;; *) fail "imported $where, not the pip-installed package" ;; esac

# make install PREFIX=scratch: the package knows where the library is.
# From a copy of the objects, so that what the prefix compiles in (a data
# directory) is rebuilt there, not in $build.
mkdir -p "$scratch/build"
cp -pR "$build/lib" "$build/cli" "$scratch/build/"
make --no-print-directory install PREFIX="$scratch/prefix" BUILD="$scratch/build" PYTHON="$python" \
	PYTHONDIR="$scratch/prefix/lib/python3/dist-packages" >/dev/null || fail "make install failed"
test -f "$scratch/prefix/lib/python3/dist-packages/genaicost/_config.py" || fail "no _config.py installed"
where=$(cd / && env -u GENAICOST_LIBRARY -u LD_LIBRARY_PATH -u GENAICOST_PRICING_PATH \
	PYTHONPATH="$scratch/prefix/lib/python3/dist-packages" PYTHONDONTWRITEBYTECODE=1 \
	"$python" -c "$check" "$root/examples/chatbot.yaml") || fail "the make-installed package failed"
case $where in "$scratch/prefix/"*) ;; *) fail "imported $where, not the make-installed package" ;; esac
make --no-print-directory uninstall PREFIX="$scratch/prefix" BUILD="$scratch/build" PYTHON="$python" \
	PYTHONDIR="$scratch/prefix/lib/python3/dist-packages" >/dev/null || fail "make uninstall failed"
left=$(find "$scratch/prefix" -type f | wc -l)
test "$left" -eq 0 || fail "make uninstall left $left files: $(find "$scratch/prefix" -type f | head -3)"
rm -rf "$scratch"
echo "python install test: pip --target and make install both used from /: ok"
