args: break-even examples/growing-assistant.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --range 1:1e300
exit: 0
stdout-has: Searched 1.00 to 1e+300.
stdout-has: 1. at 7,435,185.19 both cost $16,060.00
