args: estimate tests/data/bad/workload-name-too-long.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-name-too-long.yaml:5:11: workload name 'w
stderr-has: (at most 64)
stdout-empty
