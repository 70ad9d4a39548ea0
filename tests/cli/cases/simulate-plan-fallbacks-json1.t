args: simulate tests/data/plan/long-context.yaml --trials 9000 --threads 1 --format json -o $GAC_TMP/p1.json
exit: 0
after: grep -q '"engine_fallbacks": 4548,' "$GAC_TMP/p1.json"
