args: validate tests/data/bad/sheet-price-string.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-price-string.yaml:10:12: input: 'three' is not a number
stdout-empty
