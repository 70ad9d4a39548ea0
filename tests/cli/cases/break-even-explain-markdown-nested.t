args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --explain --format markdown
exit: 0
stdout-has: 1. x = 7,435,185.19: f changed sign
stdout-has:    - cost_baseline(x) = the sum of baseline's line items = $16,060.00:
stdout-has:      - assistant input tokens: 7435185\.185185186 requests
stdout-has:    - cost_pt\-6\-month(x) = the sum of pt\-6\-month's line items = $16,060.00:
