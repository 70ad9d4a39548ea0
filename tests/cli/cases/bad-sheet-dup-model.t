args: validate tests/data/bad/sheet-dup-model.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-dup-model.yaml:12:9: model id 'm.one' appears twice
stdout-empty
