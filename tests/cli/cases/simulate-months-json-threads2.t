# a horizon with 2 blocks of trials: the same document on 1 and 2 threads
before: $GENAICOST simulate examples/usage/last-quarter.yaml --months 12 --trials 5000 --threads 1 --format json -o $GAC_TMP/h1.json
args: simulate examples/usage/last-quarter.yaml --months 12 --trials 5000 --threads 2 --format json -o $GAC_TMP/h2.json
exit: 0
after: grep -q '"months": 12,' "$GAC_TMP/h1.json"
after: cmp "$GAC_TMP/h1.json" "$GAC_TMP/h2.json"
