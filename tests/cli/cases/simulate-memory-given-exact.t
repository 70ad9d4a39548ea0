# a cap given that the totals fit: the report says which cap kept them
args: simulate examples/uncertain-demand.yaml --trials 20000 --memory 8
exit: 0
stdout-has: Simulation: 20000 trials, seed 1, exact percentiles (the totals kept: 1.3 MiB, within the 8.0 MiB memory cap), USD per month
