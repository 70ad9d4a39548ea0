# a horizon with 2 blocks of trials: the same document on 1 and 2 threads
args: simulate examples/usage/last-quarter.yaml --months 12 --trials 5000 --threads 1 --format json -o $GAC_TMP/h1.json
exit: 0
after: grep -q '"months": 12,' "$GAC_TMP/h1.json"
