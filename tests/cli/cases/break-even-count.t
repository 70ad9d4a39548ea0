args: break-even tests/data/good/steps.yaml --vary deployment.model_units --between baseline --and pt --set deployment.model_units=1 --set workloads.w.requests_per_month=20M --range 1:10
exit: 0
stdout-has: 1. at 3.00 the costs jump past each other (a step)
stdout-lacks: Scanned in steps
