args: check examples/uncertain-demand.yaml --budget 1M --percentile 90% --trials 1000
exit: 0
stdout-has: Budgets judge P90 of 1000 simulated months
stdout-has: $1,000,000.00 at P90
