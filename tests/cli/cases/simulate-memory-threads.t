args: simulate bench/mc-reference.yaml --trials 6000 --memory 1 --threads 8 --format json
exit: 0
stdout-has: "percentiles": "exact"
