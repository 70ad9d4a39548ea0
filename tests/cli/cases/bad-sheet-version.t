args: validate tests/data/bad/sheet-version.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-version.yaml:1:12: price sheet version 'pricesheet/2' is not supported
stdout-empty
