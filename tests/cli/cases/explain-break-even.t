args: break-even examples/growing-assistant.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --explain
exit: 0
stdout-has: f(x) = cost_baseline(x) - cost_pt-6-month(x), each the monthly total with workloads.assistant.requests_per_month = x.
stdout-has: 1. x = 7,435,185.19: f changed sign between 7,375,000.00 and 7,500,000.00; Brent took 2 iterations to x
stdout-has: cost_baseline(x) = the sum of baseline's line items = $16,060.00:
stdout-has: cost_pt-6-month(x) = the sum of pt-6-month's line items = $16,060.00:
stdout-has: assistant provisioned throughput: 1 model unit × 730 hours (6-month commitment) = 730 model-unit hours × 22 USD = 16060 USD
stdout-lacks: 1 model units
