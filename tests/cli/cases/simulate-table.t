args: simulate examples/uncertain-demand.yaml --trials 20000 --budget 12k
exit: 0
stdout-has: Simulation: 20000 trials, seed 1, exact percentiles (the totals kept: 1.3 MiB, within a quarter of physical memory), USD per month
stdout-has: pt-6-month  $16,060.00      $0.00
stdout-has: every trial: $16,060.00
stdout-has: █
