args: break-even tests/data/good/steps.yaml --vary workloads.w.requests_per_month --between baseline --and pt --range 1M:20M --explain
exit: 0
stdout-has:     just below the step, x = 8000011.5999999009:
stdout-has:     just above the step, x = 8000011.6000003293:
stdout-has: = 1 model unit × 730 hours (6-month commitment) = 730 model-unit hours × 22 USD = 16060 USD
stdout-has: = 2 model units × 730 hours (6-month commitment) = 1460 model-unit hours × 22 USD = 32120 USD
