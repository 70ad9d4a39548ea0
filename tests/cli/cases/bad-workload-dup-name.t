args: estimate tests/data/bad/workload-dup-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-dup-name.yaml:10:11: workload 'chat' is declared twice
stdout-empty
