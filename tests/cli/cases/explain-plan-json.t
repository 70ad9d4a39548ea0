args: estimate examples/mixed-deployment.yaml --explain --format json
exit: 0
stdout-has:   "plan": {
stdout-has:     "formulas": 4,
stdout-has:     "without_formula": 0,
stdout-has:     "guards": 19,
stdout-has:     "total": 97041.333333333328
stdout-has:   "total": 97041.333333333328,
