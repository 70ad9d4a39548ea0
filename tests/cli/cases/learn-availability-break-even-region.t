args: break-even examples/multi-region-assistant.yaml --vary topology.downtime_cost_per_hour --between baseline --and active-passive --range 0:1M
exit: 0
stdout-has: 1. at 176,135.13 both cost $32,136.01
