args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --format markdown
exit: 0
stdout-has: ### Simulation: 500 trials of 3 months each, seed 1,
stdout-has: every figure is the 3-month total
