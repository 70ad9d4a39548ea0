args: simulate tests/data/good/huge-uncertain.yaml --trials 500
exit: 0
stdout-has: Simulation: 500 trials
stdout-lacks: inf
stdout-lacks: nan
stdout-lacks: ,000,000,000,000,000,000,
