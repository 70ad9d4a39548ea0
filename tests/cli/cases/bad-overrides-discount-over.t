args: estimate tests/data/bad/overrides-discount-over.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overrides-discount-over.yaml:7:37: pricing_overrides.discounts.1.discount is a discount from 0 to 100% (got 120%)
stdout-empty
