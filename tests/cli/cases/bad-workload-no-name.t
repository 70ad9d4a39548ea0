args: estimate tests/data/bad/workload-no-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-no-name.yaml:5:5: a workload needs 'name'
stdout-empty
