args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json --max-increase '$700' --set budget.max_increase_percent=none
exit: 0
stdout-has: ok      budget.max_increase 
stdout-has: +$600.00 (+11.1%); $100.00 under
