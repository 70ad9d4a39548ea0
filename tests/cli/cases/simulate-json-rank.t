args: simulate examples/uncertain-demand.yaml --trials 5000 --format json
exit: 0
stdout-has: "rank_correlation": {
stdout-has: "se_p95":
