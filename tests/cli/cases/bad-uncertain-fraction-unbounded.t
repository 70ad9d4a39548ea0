args: simulate tests/data/bad/uncertain-fraction-unbounded.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-fraction-unbounded.yaml:11:3: uncertain workloads.chat.cache_read_fraction: the distribution reaches -4.31612, which the parameter refuses (workloads.chat.cache_read_fraction must not be negative (got -4.31612)); bound it with min/max
stdout-empty
