args: simulate examples/usage/last-quarter.yaml --months 12 --trials 5000 --threads 2 --format json -o $GAC_TMP/h2.json
exit: 0
after: cmp "$GAC_TMP/h1.json" "$GAC_TMP/h2.json"
