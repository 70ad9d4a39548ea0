# a streamed run (past --memory) is the same document on 1 and 2 threads:
# the blocks' summaries merge in block order
before: $GENAICOST simulate examples/uncertain-demand.yaml --trials 50000 --memory 1 --threads 1 --format json -o $GAC_TMP/s1.json
args: simulate examples/uncertain-demand.yaml --trials 50000 --memory 1 --threads 2 --format json -o $GAC_TMP/s2.json
exit: 0
after: grep -q '"percentiles": "streaming"' "$GAC_TMP/s1.json"
after: cmp "$GAC_TMP/s1.json" "$GAC_TMP/s2.json"
