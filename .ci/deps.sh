#!/bin/sh
# Install the Debian packages genaicost needs, if any are missing.
# Used by `make demo` and by .ci/run.  Prints what it does; exits non-zero
# with a clear message when it cannot install.
set -u
# python3-jsonschema: the CLI tests validate every JSON report against
# lib/schema/report.schema.json; python3-yaml: the CI example test parses
# examples/ci/github-actions.yml; libcsv-dev: the CSV reader of empirical
# distributions; libcairo2-dev: charts drawn as PNG and PDF (--chart);
# libxlsxwriter-dev: --format xlsx; python3-openpyxl: the xlsx test reads
# the workbooks back; abigail-tools (abidw, abidiff) and binutils (nm,
# readelf): make abi-check; python3-pytest, python3-setuptools,
# python3-wheel, python3-pip: the Python package (python/: make
# python-test, pip install); chromium-headless-shell and python3-pil:
# the HTML test renders every --format html page and reads the pictures
# back (tests/html_test.py)
need_pkgs="libyaml-dev libjansson-dev libgsl-dev libcsv-dev zlib1g-dev libcairo2-dev libxlsxwriter-dev check pkg-config make gcc python3-jsonschema python3-yaml python3-openpyxl abigail-tools binutils"
need_pkgs="$need_pkgs python3-pytest python3-setuptools python3-wheel python3-pip"
need_pkgs="$need_pkgs chromium-headless-shell python3-pil"
# optional extras, by GAC_DEPS_EXTRA: clang valgrind mandoc binutils locales
# (.ci/run), gcovr (make coverage), debhelper lintian devscripts dpkg-dev
# (make deb, make deb-test in .ci/run)
# zsh fish: .ci/run, for the completion test (tests/completion_test.sh)
[ "${GAC_DEPS_EXTRA:-}" ] && need_pkgs="$need_pkgs $GAC_DEPS_EXTRA"
missing=""
for p in $need_pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "deps: all packages present ($need_pkgs)"
	exit 0
fi
echo "deps: missing:$missing"
if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: apt-get not found; install these packages (or their equivalents) by hand:$missing" >&2
	exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		SUDO="sudo -n"
	else
		echo "deps: not root and no password-less sudo; run: sudo apt-get install$missing" >&2
		exit 1
	fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || { echo "deps: apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
	{ echo "deps: apt-get install failed for:$missing" >&2; exit 1; }
echo "deps: installed:$missing"
