args: sensitivity examples/negotiated-prices.yaml --explain
exit: 0
stdout-has: negotiated saving = 62288.333333333336 − 46728.82133333333 = 15559.512000000002 USD
