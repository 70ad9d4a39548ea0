args: estimate tests/data/bad/alias-workload-twice.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/alias-workload-twice.yaml:10:5: workload 'chat' is declared twice
stdout-empty
