args: break-even examples/multi-region-assistant.yaml --vary topology.downtime_cost_per_hour --between single-az --and baseline --explain
exit: 0
# an expected outage cost is priced: the plans leave it out, so every
# total is the engine's, and the report says why rather than "0 from the plans"
stdout-has: Solved on the cost engine: 
stdout-has: (no option's plan follows topology.downtime_cost_per_hour, or an expected outage cost is priced, which the plans leave out).
stdout-lacks: Solved on the compiled plans
