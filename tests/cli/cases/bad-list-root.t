args: validate tests/data/bad/list-root.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/list-root.yaml:1:1: not a genaicost file
stdout-empty
