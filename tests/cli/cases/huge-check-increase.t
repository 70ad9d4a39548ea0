args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json --max-increase 10% --set budget.max_increase_percent=none --set budget.monthly=none --set workloads.chat.requests_per_month=1e300
exit: 1
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: nan
