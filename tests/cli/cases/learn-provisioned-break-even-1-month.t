args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-1-month
exit: 0
stdout-has: 1. at 13,383,333.33 both cost $28,908.00
