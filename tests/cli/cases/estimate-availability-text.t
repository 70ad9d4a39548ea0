args: estimate examples/multi-region-assistant.yaml
exit: 0
stdout-has: Availability: 99.9875% (multi-az, 1 region × 2 AZs); expected downtime 0.09 hours a month
