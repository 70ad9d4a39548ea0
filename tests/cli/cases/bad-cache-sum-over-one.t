args: estimate tests/data/bad/cache-sum-over-one.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/cache-sum-over-one.yaml:5:5: workload 'chat': cache_read_fraction + cache_write_fraction is 1.2, above 1
stdout-empty
