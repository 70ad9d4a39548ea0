args: validate tests/data/bad/alias-cycle.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/alias-cycle.yaml:2:6: alias 'x' refers to a node that contains it
stdout-empty
