args: models --pricing tests/data/bad/deep-flow-map.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/deep-flow-map.yaml:1:253: nesting deeper than 64 levels
stdout-empty
