args: validate tests/data/bad/sheet-model-no-id.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-model-no-id.yaml:7:5: a model entry needs 'id'
stdout-empty
