# JSON says the budget held to: 3 × 12,000
args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --budget 12k --format json
exit: 0
stdout-has: "budget": 36000.0,
stdout-has: "months": 3,
