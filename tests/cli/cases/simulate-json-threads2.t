# the same document on 1 and 2 threads
before: $GENAICOST simulate examples/uncertain-demand.yaml --trials 9000 --threads 1 --format json -o $GAC_TMP/t1.json
args: simulate examples/uncertain-demand.yaml --trials 9000 --threads 2 --format json -o $GAC_TMP/t2.json
exit: 0
after: cmp "$GAC_TMP/t1.json" "$GAC_TMP/t2.json"
