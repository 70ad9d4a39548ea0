args: simulate examples/uncertain-demand.yaml --trials 9000 --threads 1 --format json -o $GAC_TMP/t1.json
exit: 0
after: true
