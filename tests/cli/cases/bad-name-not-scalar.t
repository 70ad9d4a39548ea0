args: estimate tests/data/bad/name-not-scalar.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/name-not-scalar.yaml:2:7: name must be a scalar, not a list
stdout-empty
