args: estimate tests/data/bad/fraction-too-big.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/fraction-too-big.yaml:10:26: workloads.chat.cache_read_fraction is a fraction between 0 and 1
stdout-empty
