args: check tests/data/ci/gate.yaml --budget 6000 --set budget.max_increase_percent=none --set budget.options.small.max_increase=none
exit: 1
stdout-has: FAIL    budget.monthly
stdout-has: $25.00 over
stderr-empty
