args: break-even tests/data/good/steps.yaml --vary workloads.w.requests_per_month --between baseline --and pt --range 1M:20M
exit: 0
# the second unit at about 8M requests: pt's cost doubles across the step
stdout-has: 2. at 8,000,011.60 the costs jump past each other (a step): just below, baseline $17,280.03 and pt $16,060.00; just above, baseline $17,280.03 and pt $32,120.00
stdout-has: 4. at 16,000,023.20 the costs jump past each other (a step): just below, baseline $34,560.05 and pt $32,120.00; just above, baseline $34,560.05 and pt $48,180.00
