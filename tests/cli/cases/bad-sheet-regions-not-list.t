args: validate tests/data/bad/sheet-regions-not-list.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-regions-not-list.yaml:8:14: regions must be a list, not a scalar
stdout-empty
