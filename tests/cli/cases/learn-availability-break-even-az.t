args: break-even examples/multi-region-assistant.yaml --vary topology.downtime_cost_per_hour --between single-az --and baseline
exit: 0
stdout-has: 1. at 1.10 both cost $16,064.10
stdout-has: single-az is cheaper below the first break-even, baseline above the last.
