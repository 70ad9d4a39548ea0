args: check tests/data/ci/gate.yaml --percentile 90 --trials 4000 --seed 3 --set budget.max_increase_percent=none --set budget.options.small.max_increase=none
exit: 1
stdout-has: Budgets judge P90 of 4000 simulated months
stdout-has: at P90
stdout-has: FAIL    budget.monthly
