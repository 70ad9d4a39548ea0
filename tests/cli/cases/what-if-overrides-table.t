args: what-if examples/negotiated-prices.yaml --set pricing_overrides.discount=20%
exit: 0
stdout-has: Total: $46,728.82 → $42,480.75 (-$4,248.07, -9.1%)
stdout-has: At list prices: $62,288.33 → $62,288.33; negotiated saving $15,559.51 → $19,807.59
stdout-has: $15,559.51  $19,807.59  +$4,248.07    +27.3%
