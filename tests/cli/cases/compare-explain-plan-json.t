args: compare examples/mixed-deployment.yaml --explain --format json
exit: 0
stdout-has:       "plan": {
stdout-has:         "formulas": 2,
stdout-has:         "total": 64337.333333333336
