args: estimate tests/data/bad/too-many-workloads.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/too-many-workloads.yaml:5:3: more than 1000 workloads in one scenario
stdout-empty
