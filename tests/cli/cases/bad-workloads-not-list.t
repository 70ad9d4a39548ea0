args: estimate tests/data/bad/workloads-not-list.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workloads-not-list.yaml:5:3: workloads must be a list, not a mapping
stdout-empty
