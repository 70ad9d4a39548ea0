args: estimate tests/data/bad/alias-value.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/alias-value.yaml:9:26: workloads.chat.cache_read_fraction is a fraction between 0 and 1 (got 2; write 50% or 0.5)
stdout-empty
