args: validate tests/data/bad/sheet-region-override-unknown.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-region-override-unknown.yaml:13:7: region_prices names 'eu-west-9', which is not in this model's regions
stdout-empty
