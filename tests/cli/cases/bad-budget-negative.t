args: check tests/data/bad/budget-negative.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/budget-negative.yaml:11:12: budget.monthly must not be negative (got -5)
stdout-empty
