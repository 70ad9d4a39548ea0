args: estimate tests/data/bad/overflow-value.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overflow-value.yaml:13:13: deployment.overflow must be one of throttle, on-demand (got 'burst')
stdout-empty
