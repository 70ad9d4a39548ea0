args: estimate tests/data/bad/overrides-no-scope.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overrides-no-scope.yaml:6:7: an entry of pricing_overrides.discounts names what it applies to
stdout-empty
