args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1
exit: 0
stdout-has: Simulation: 40000 trials, seed 1, streaming percentile estimates (P², totals not kept), USD per month
stdout-has: pt-6-month  $16,060.00      $0.00
stdout-has: baseline $
stdout-has: █
