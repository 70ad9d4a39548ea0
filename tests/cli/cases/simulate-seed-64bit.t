args: simulate examples/uncertain-demand.yaml --trials 200 --seed 18446744073709551615 --format json
exit: 0
stdout-has: "seed": 18446744073709551615,
# the same runner as the case (valgrind rounds the last digit of sd otherwise)
after: $GENAICOST simulate examples/uncertain-demand.yaml --trials 200 --seed 18446744073709551615 --format json | cmp -s - "$OUT"
after: $GENAICOST_BIN simulate examples/uncertain-demand.yaml --trials 200 --seed 4294967296 --format json > "$GAC_TMP/hi.json" && $GENAICOST_BIN simulate examples/uncertain-demand.yaml --trials 200 --seed 0 --format json > "$GAC_TMP/lo.json" && ! cmp -s "$GAC_TMP/hi.json" "$GAC_TMP/lo.json"
after: $GENAICOST_BIN simulate examples/uncertain-demand.yaml --trials 200 --seed 4294967296 | grep -q 'seed 4294967296,'
