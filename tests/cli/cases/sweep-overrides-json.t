args: what-if examples/negotiated-prices.yaml --sweep workloads.triage.requests_per_month=1M:3M:3 --format json
exit: 0
stdout-has: "list_total": {
stdout-has:         "baseline": 61900.833333333336,
stdout-has:         "no-edp": 62675.833333333336
