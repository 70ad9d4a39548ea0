args: compare examples/multi-region-assistant.yaml --format json
exit: 0
stdout-has: "strategy": "active-passive"
stdout-has: "availability": 0.99987500249999994
stdout-has: "component": "expected outage cost"
