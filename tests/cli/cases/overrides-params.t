args: params examples/negotiated-prices.yaml
exit: 0
stdout-has: pricing_overrides.discount = 0.12
stdout-has: pricing_overrides.discounts.2.discount = 0.15
stdout-has: pricing_overrides.prices.anthropic.claude-3-haiku-20240307-v1:0.output = 1
stderr-empty
