args: simulate examples/uncertain-demand.yaml --trials 40000 --memory 1
exit: 0
stdout-has: Simulation: 40000 trials, seed 1, percentiles from a streamed summary within 0.0488% (the totals would take 2.6 MiB, past the 1.0 MiB memory cap), USD per month
stdout-has: pt-6-month  $16,060.00      $0.00
stdout-has: baseline $
stdout-has: █
