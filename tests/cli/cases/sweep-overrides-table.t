args: what-if examples/negotiated-prices.yaml --sweep pricing_overrides.discount=0:20%:3
exit: 0
stdout-has: At list prices: $62,288.33 at every point, for every option (pricing_overrides); the negotiated saving of a cell is that less its total.
stdout-lacks: at list  
stderr-empty
