args: forecast tests/data/bad/growth-too-big.yaml --months 3
exit: 3
stderr-has: genaicost: tests/data/bad/growth-too-big.yaml:10:23: workloads.chat.growth_per_month must be at most 10 (got 20)
stdout-empty
