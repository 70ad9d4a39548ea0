args: forecast examples/negotiated-prices.yaml --months 2 --explain
exit: 0
stdout-has: month 1 at list prices = sum of quantity × list price, unrounded: 62288.333333333336; saving = 62288.333333333336 − 46728.82133333333 = 15559.512000000002 USD
