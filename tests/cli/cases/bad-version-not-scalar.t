args: estimate tests/data/bad/version-not-scalar.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/version-not-scalar.yaml:1:12: genaicost must be a scalar, not a mapping
stdout-empty
