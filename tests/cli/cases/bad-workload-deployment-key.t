args: estimate tests/data/bad/workload-deployment-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/workload-deployment-key.yaml:12:7: unknown key 'units' in a workload's deployment
stdout-empty
