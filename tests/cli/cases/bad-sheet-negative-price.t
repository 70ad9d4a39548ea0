args: validate tests/data/bad/sheet-negative-price.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-negative-price.yaml:10:12: input must not be negative (got -3)
stdout-empty
