args: validate tests/data/bad/scalar-root.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/scalar-root.yaml:1:1: not a genaicost file
stdout-empty
