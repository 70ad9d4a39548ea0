args: validate tests/data/bad/deep-nesting.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/deep-nesting.yaml:1:67: nesting deeper than 64 levels
stdout-empty
