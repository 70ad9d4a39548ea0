args: estimate tests/data/bad/workload-no-model.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-no-model.yaml:5:5: workload 'chat' needs 'model'
stdout-empty
