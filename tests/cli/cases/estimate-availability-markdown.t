args: estimate examples/multi-region-assistant.yaml --format markdown --set topology.regions=us-east-1,us-west-2 --set topology.strategy=active-active
exit: 0
stdout-has: **Availability** 99.999998% (active-active, 2 regions × 2 AZs); expected downtime 0.000011 hours a month
