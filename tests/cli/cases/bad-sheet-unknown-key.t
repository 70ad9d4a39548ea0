args: validate tests/data/bad/sheet-unknown-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-unknown-key.yaml:11:5: unknown key 'ouput' in a model entry (did you mean 'output'?)
stdout-empty
