args: estimate tests/data/bad/bad-inference.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/bad-inference.yaml:10:16: workloads.chat.inference must be one of regional, global, latency-optimized (got 'worldwide')
stdout-empty
