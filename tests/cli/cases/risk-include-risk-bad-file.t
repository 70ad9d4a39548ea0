args: check tests/data/bad/include-risk.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/include-risk.yaml:9:17: budget.include_risk must be one of false, true (got 'yes')
stdout-empty
