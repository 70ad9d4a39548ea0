args: check examples/multi-region-assistant.yaml --budget 16100 --set budget.include_risk=true
exit: 1
# $16,064.00 billed + $456.24 expected outage = $16,520.24, $420.24 over
stdout-has: Budgets judge the risk-adjusted total: billed + expected outage cost (budget.include_risk; workload budgets: billed)
stdout-has: FAIL    budget.monthly  total + risk  $16,100.00  $16,520.24            $420.24 over
