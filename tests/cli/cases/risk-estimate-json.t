args: estimate examples/multi-region-assistant.yaml --format json
exit: 0
# total is what AWS bills; the risk beside it, derived in topology
stdout-has: "total": 16064.0,
stdout-has: "expected_outage_cost": 456.24087500020784
stdout-has: "risk_adjusted_total": 16520.240875000207
stdout-has: "unit": "downtime hour",
stdout-has: "formula": "(1 − 0.9998750024999999 availability) × 730 hours;
stdout-lacks: "component": "expected outage cost"
