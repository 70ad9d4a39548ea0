args: validate tests/data/bad/deep-block-seq.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/deep-block-seq.yaml:65:129: nesting deeper than 64 levels
stdout-empty
