args: break-even examples/learn/responsiveness.yaml --vary workloads.answers.requests_per_month --between baseline --and provisioned
exit: 0
stdout-has: 1. at 25,696,000.00 both cost $16,060.00
stdout-has: baseline is cheaper below the first break-even, provisioned above the last.
