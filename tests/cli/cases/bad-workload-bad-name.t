args: estimate tests/data/bad/workload-bad-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-bad-name.yaml:5:11: workload name 'chat bot' may only hold letters, digits, '_' and '-' (at most 64)
stdout-empty
