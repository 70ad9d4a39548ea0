args: simulate examples/uncertain-demand.yaml --trials 50000 --memory 1 --threads 2 --format json -o $GAC_TMP/s2.json
exit: 0
after: cmp "$GAC_TMP/s1.json" "$GAC_TMP/s2.json"
