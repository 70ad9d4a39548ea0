args: break-even examples/negotiated-prices.yaml --vary workloads.triage.requests_per_month --between baseline --and no-edp --range 0:4M --format json
exit: 0
stdout-has: "list_ends": {
stdout-has:     "cost_a_lo": 61513.333333333336,
stdout-has:     "cost_b_hi": 63063.333333333336
