# past a 1 MiB cap (136 bytes a trial: 10,000 trials stream) a horizon
# streams as a month does, the same for 1 and 2 threads
args: simulate examples/usage/last-quarter.yaml --months 2 --trials 10000 --memory 1 --threads 2 --format json
exit: 0
stdout-has: "months": 2,
stdout-has: "percentiles": "streaming",
after: $GENAICOST_BIN simulate examples/usage/last-quarter.yaml --months 2 --trials 10000 --memory 1 --threads 1 --format json | cmp -s - "$OUT"
