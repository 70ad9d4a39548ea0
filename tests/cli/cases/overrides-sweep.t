args: what-if examples/negotiated-prices.yaml --sweep pricing_overrides.discount=0:20%:3
exit: 0
stdout-has: pricing_overrides.discount
stdout-has: $53,100.93
stderr-empty
