args: estimate --format json tests/data/bad/provisioned-vanishing.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/provisioned-vanishing.yaml:9:25: workload 'w': requests_per_month is too small
stdout-empty
