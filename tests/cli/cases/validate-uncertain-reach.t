args: validate tests/data/bad/uncertain-fraction-unbounded.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-fraction-unbounded.yaml:11:3: uncertain workloads.chat.cache_read_fraction: the distribution reaches -4.31612, which the parameter refuses
stdout-empty
