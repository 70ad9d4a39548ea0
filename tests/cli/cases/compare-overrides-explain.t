args: compare examples/negotiated-prices.yaml --explain
exit: 0
stdout-has: At list = the sum of each line's quantity × list price (the sheet's, before pricing_overrides); Saving = At list − Monthly cost.
stdout-has:   baseline: 62288.333333333336 − 46728.82133333333 = 15559.512000000002
stdout-has:   edp-at-15: 62288.333333333336 − 45135.79333333333 = 17152.540000000008
