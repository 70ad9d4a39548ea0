args: break-even examples/multi-region-assistant.yaml --vary topology.downtime_cost_per_hour --between active-passive --and active-active --range 0:100000
exit: 0
stdout-has: active-passive and active-active cost the same throughout
