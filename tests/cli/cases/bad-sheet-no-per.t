args: validate tests/data/bad/sheet-no-per.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-no-per.yaml:7:5: model 'm.one' has token prices but no 'per'
stdout-empty
