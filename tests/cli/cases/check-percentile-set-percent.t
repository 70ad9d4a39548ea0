args: check examples/uncertain-demand.yaml --budget 1M --set budget.percentile=95% --trials 1000 --format json
exit: 0
stdout-has: "percentile": 95.0,
