# the plan's guard fallbacks are counted, and the same on 1 and 2 threads
before: $GENAICOST simulate tests/data/plan/long-context.yaml --trials 9000 --threads 1 --format json -o $GAC_TMP/p1.json
args: simulate tests/data/plan/long-context.yaml --trials 9000 --threads 2 --format json -o $GAC_TMP/p2.json
exit: 0
after: grep -q '"engine_fallbacks": 4548,' "$GAC_TMP/p1.json"
after: cmp "$GAC_TMP/p1.json" "$GAC_TMP/p2.json"
