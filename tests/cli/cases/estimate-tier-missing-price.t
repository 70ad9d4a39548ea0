args: estimate tests/data/good/tiers.yaml --set workloads.cheap.cache_read_fraction=0.5
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/good/tiers.yaml:17:5: workload 'cheap': the price sheet has no Flex tier price for cache read for m.tiers in us-east-1 (its tiers: standard, priority, flex)
