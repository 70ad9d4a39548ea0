args: estimate tests/data/bad/negative-fraction.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/negative-fraction.yaml:10:26: workloads.chat.cache_read_fraction must not be negative (got -0.1)
stdout-empty
