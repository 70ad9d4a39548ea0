args: validate tests/data/bad/sheet-models-not-list.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-models-not-list.yaml:6:9: models must be a list, not a mapping
stdout-empty
