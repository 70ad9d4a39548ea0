args: break-even tests/data/good/steps.yaml --vary workloads.w.requests_per_month --between baseline --and pt --range 1M:20M --format json
exit: 0
stdout-has: "below": null,
stdout-has: "above": null
stdout-has: "cost_b": 16060.0
stdout-has: "cost_b": 32120.0
stdout-has: "cost_b": 48180.0
