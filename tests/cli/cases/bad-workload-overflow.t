args: estimate tests/data/bad/workload-overflow.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-overflow.yaml:13:17: workloads.chat.deployment.overflow must be one of throttle, on-demand (got 'spill')
stdout-empty
