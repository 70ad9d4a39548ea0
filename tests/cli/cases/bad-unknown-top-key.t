args: estimate tests/data/bad/unknown-top-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/unknown-top-key.yaml:2:1: unknown key 'nmae' in a scenario (did you mean 'name'?)
stdout-empty
