args: check examples/multi-region-assistant.yaml --budget 16100
exit: 0
# the budget judges the bill, $16,064.00, not the bill and the risk ($16,520.24)
stdout-has: ok      budget.monthly  total       $16,100.00  $16,064.00            $36.00 under
stdout-has: Expected outage cost (not billed, not above): baseline $456.24, single-az $18,613.18, active-passive $0.06, active-active $0.06
stdout-lacks: Budgets judge the risk-adjusted total
