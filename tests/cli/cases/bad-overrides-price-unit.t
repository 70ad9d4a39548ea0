args: estimate tests/data/bad/overrides-price-unit.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overrides-price-unit.yaml:6:36: pricing_overrides.prices: amazon.nova-lite-v1:0 input is 0.05 per 1K tokens, 833 times the list price (6e-05 in us-east-1); a private price is per 1K tokens, the sheet's unit, unless the entry says per: 1M
stdout-empty
