args: estimate tests/data/bad/no-rate.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/no-rate.yaml:5:5: workload 'chat' needs requests_per_month
stdout-empty
