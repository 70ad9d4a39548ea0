args: validate tests/data/bad/many-aliases.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/many-aliases.yaml:2:1029: more than 256 aliases
stdout-empty
