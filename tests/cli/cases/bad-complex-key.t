args: estimate tests/data/bad/complex-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/complex-key.yaml:4:3: mapping keys must be scalars
stdout-empty
