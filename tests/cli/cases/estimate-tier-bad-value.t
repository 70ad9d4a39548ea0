args: estimate tests/data/good/tiers.yaml --set workloads.cheap.service_tier=economy
exit: 2
stdout-empty
stderr-has: service_tier must be one of standard, priority, flex (got 'economy')
