args: what-if tests/data/good/steps.yaml --sweep workloads.w.requests_per_month=1M:20M:40
exit: 0
stdout-has: ✕ baseline and pt cross between workloads.w.requests_per_month =
