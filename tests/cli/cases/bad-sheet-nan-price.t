args: validate tests/data/bad/sheet-nan-price.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-nan-price.yaml:10:12: input: '.nan' is not a number
stdout-empty
