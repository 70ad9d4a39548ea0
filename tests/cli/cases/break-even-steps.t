args: break-even tests/data/good/steps.yaml --vary workloads.w.requests_per_month --between baseline --and pt --range 1M:20M
exit: 0
stdout-has: 1. at 7,435,185.19 both cost
stdout-has: 2. at 8,000,011.60 the costs jump past each other (a step)
stdout-has: 3. at 14,870,370.37 both cost $32,120.00
