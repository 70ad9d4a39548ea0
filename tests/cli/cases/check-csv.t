args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json --format csv
exit: 1
stdout-has: ,Threshold,Applies to,Limit,Now,Baseline,Past the limit
stdout-has: breached,budget.max_increase_percent,total,10,6025,5425,
