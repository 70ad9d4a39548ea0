args: simulate tests/data/bad/uncertain-beta-negative.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-beta-negative.yaml:11:39: uncertain workloads.chat.cache_read_fraction: beta needs alpha and beta above 0, or a mean in (0,1) and a matching sd
stdout-empty
