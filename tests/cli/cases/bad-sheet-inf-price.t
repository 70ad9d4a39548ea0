args: validate tests/data/bad/sheet-inf-price.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-inf-price.yaml:11:13: output: '.inf' is not a number
stdout-empty
