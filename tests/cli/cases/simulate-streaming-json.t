args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1 --format json
exit: 0
stdout-has: "percentiles": "streaming"
stdout-has: "percentile_error": 0.00048828125
stdout-has: "trials": 40000
stdout-lacks: "se_p95": null
