args: check examples/uncertain-demand.yaml --budget 1M --percentile 0.9
exit: 2
stderr-has: genaicost: --percentile 0.9: budget.percentile is a percentile from 1 to below 100: write 90 or 90% for P90 (got 0.9, which would read as P0.9, not as a share)
stdout-empty
