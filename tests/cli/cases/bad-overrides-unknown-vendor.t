args: estimate tests/data/bad/overrides-unknown-vendor.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overrides-unknown-vendor.yaml:6:16: pricing_overrides.discounts: no model of vendor 'antropic' in price sheet 'aws-bedrock' (did you mean 'anthropic'?)
stdout-empty
