args: simulate tests/data/plan/long-context.yaml --trials 9000 --threads 2 --format json -o $GAC_TMP/p2.json
exit: 0
after: cmp "$GAC_TMP/p1.json" "$GAC_TMP/p2.json"
