args: what-if examples/negotiated-prices.yaml --set pricing_overrides.discount=20% --explain
exit: 0
stdout-has:   negotiated saving after  = 62288.333333333336 − 42480.74666666667 = 19807.586666666662 USD
