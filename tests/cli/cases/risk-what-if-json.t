args: what-if examples/multi-region-assistant.yaml --set topology.strategy=single --set topology.azs_per_region=1 --set traffic.cross_az_gb=0 --format json
exit: 0
stdout-has: "before": 16064.0,
stdout-has: "after": 16060.0,
stdout-has: "expected_outage_cost_after": 18613.175000000127,
stdout-has: "risk_adjusted_after": 34673.175000000127,
