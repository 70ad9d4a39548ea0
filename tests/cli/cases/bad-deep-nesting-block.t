args: validate tests/data/bad/deep-block.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/deep-block.yaml:64:127: nesting deeper than 64 levels
stdout-empty
