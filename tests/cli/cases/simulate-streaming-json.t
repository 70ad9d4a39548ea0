args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1 --format json
exit: 0
stdout-has: "percentiles": "streaming"
stdout-has: "se_p95": null
stdout-has: "trials": 40000
