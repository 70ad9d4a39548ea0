args: check examples/multi-region-assistant.yaml --budget 16100 --set budget.include_risk=true --format json
exit: 1
stdout-has: "include_risk": true,
stdout-has: "value": 16520.240875000207,
stdout-has: "expected_outage_cost": 18613.175000000127,
stdout-has: "risk_adjusted_total": 34673.175000000127,
