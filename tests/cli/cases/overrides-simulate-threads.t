args: simulate tests/data/good/overrides-simulate.yaml --trials 10000 --threads 1 --format json
exit: 0
after: "$GENAICOST_BIN" simulate tests/data/good/overrides-simulate.yaml --trials 10000 --threads 2 --format json | cmp -s - "$OUT"
