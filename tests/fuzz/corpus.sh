#!/bin/sh
# Gather seed corpora for the fuzz harnesses into DIR/<harness>/ from the
# project's own inputs (nothing is committed twice).  BIN, when given,
# is a built genaicost used to write JSON reports as baseline seeds.
# usage: sh tests/fuzz/corpus.sh DIR [BIN]
set -eu
dir=$1
bin=${2:-}
rm -rf "$dir"
mkdir -p "$dir/sheet" "$dir/scenario" "$dir/number" "$dir/baseline" "$dir/csv"
seed() {  # seed HARNESS FILE...
	h=$1
	shift
	for f in "$@"; do
		[ -f "$f" ] && cp "$f" "$dir/$h/$(printf '%s' "$f" | tr '/' '_')"
	done
	return 0
}
seed sheet pricing/*.yaml tests/data/good/*sheet*.yaml tests/data/ci/sheet-*.yaml tests/data/bad/sheet-*.yaml
seed scenario examples/*.yaml tests/data/good/*.yaml tests/data/ci/gate.yaml tests/data/bad/*.yaml bench/*.yaml
seed baseline tests/data/ci/*.json tests/data/bad/*.json
# inputs of the CLI cases: files they name, and the values they --set
for t in tests/cli/cases/*.t; do
	args=$(sed -n 's/^args: //p' "$t")
	for w in $args; do
		case $w in
		*.yaml) seed scenario "$w" ;;
		*.json) seed baseline "$w" ;;
		*=*) printf '%s' "${w#*=}" > "$dir/number/set-$(basename "$t" .t)-$(printf '%s' "$w" | cksum | cut -d' ' -f1)" ;;
		esac
	done
done
# CSV seeds: a column name line, then a file (tests/fuzz/fuzz_csv.c)
for f in examples/data/*.csv tests/data/good/*.csv tests/data/bad/*.csv; do
	[ -f "$f" ] || continue
	col=$(head -n 1 "$f" | sed 's/^\xEF\xBB\xBF//; s/,.*//; s/"//g')
	{ printf '%s\n' "$col"; cat "$f"; } > "$dir/csv/$(printf '%s' "$f" | tr '/' '_')"
done
printf 'r\n"r","n"\r\n"1\n2",3\r\n4,"a ""b"""\n' > "$dir/csv/quoted"
printf 'r\n\357\273\277r,x\n5k,50%%\n' > "$dir/csv/bom"
i=0
for v in 0 1 -1 1.5 1_000_000 1e3 2.5E-3 1k 3M 2B 50% 0.5% -0 .5 5. 1e308 1e309 -1e308 4.9e-324 \
	1__0 _1 1_ 1e 1e+ +1 ++1 0x10 nan inf -inf 1%% 1k% '' ' 1' '1 ' 1,5; do
	printf '%s' "$v" > "$dir/number/v$i"
	i=$((i + 1))
done
if [ -n "$bin" ] && [ -x "$bin" ]; then
	n=0
	for s in examples/*.yaml; do
		n=$((n + 1))
		"$bin" estimate --format json "$s" > "$dir/baseline/estimate-$n.json" 2>/dev/null || rm -f "$dir/baseline/estimate-$n.json"
		"$bin" compare --format json "$s" > "$dir/baseline/compare-$n.json" 2>/dev/null || rm -f "$dir/baseline/compare-$n.json"
	done
fi
for h in sheet scenario number baseline csv; do
	echo "corpus $h: $(ls "$dir/$h" | wc -l) seeds"
done
