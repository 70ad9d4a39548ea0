args: break-even examples/multi-region-assistant.yaml --vary topology.downtime_cost_per_hour --between single-az --and baseline --range 0:100000 --format json
exit: 0
# the break-even weighs the risk: the second AZ's $4 against 3.631 h more downtime, $4 ÷ 3.63138 h = $1.1015 an hour
stdout-has: "risk_adjusted": true,
stdout-has: "value": 1.1015075487035371,
