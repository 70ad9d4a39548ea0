args: estimate tests/data/bad/overrides-unknown-kind.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overrides-unknown-kind.yaml:6:15: pricing_overrides.discounts: unknown price kind 'outptu' (did you mean 'output'?)
stdout-empty
