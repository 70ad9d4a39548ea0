args: validate tests/data/bad/sheet-missing-models.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-missing-models.yaml:1:1: a price sheet needs 'models'
stdout-empty
