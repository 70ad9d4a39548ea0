args: break-even tests/data/good/steps.yaml --vary deployment.model_units --between baseline --and pt --set deployment.model_units=1 --set workloads.w.requests_per_month=20M --range 1:10
exit: 0
stdout-has: 1. at 3.00 the costs jump past each other (a step)
stdout-lacks: Scanned in steps
stdout-has: 1. at 3.00 the costs jump past each other (a step): just below (at 2.00), baseline $43,200.00 and pt $32,120.00; just above, baseline $43,200.00 and pt $48,180.00
stdout-has: pt is cheaper below the first break-even (as far as its units carry the load: see above), baseline above the last.
