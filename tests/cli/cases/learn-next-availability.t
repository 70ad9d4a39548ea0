args: compare examples/multi-region-assistant.yaml --set topology.downtime_cost_per_hour=0
exit: 0
stdout-has: Cheapest: single-az at $16,060.00, $4.00 (0.0%) less than the baseline.
