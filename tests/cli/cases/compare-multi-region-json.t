args: compare examples/multi-region-assistant.yaml --format json
exit: 0
stdout-has: "strategy": "active-passive"
stdout-has: "availability": 0.99987500249999994
# billed and risk apart: the cheapest bill is single-az, the lowest
# risk-adjusted total the baseline ((1 − 0.9998750025) × 730 h × $5,000 = $456.24)
stdout-has: "cheapest": "single-az"
stdout-has: "lowest_risk_adjusted": "baseline"
stdout-has: "expected_outage_cost": 456.24087500020784
stdout-has: "risk_adjusted_total": 16520.240875000207
stdout-has: "unit": "downtime hour"
stdout-lacks: "component": "expected outage cost"
