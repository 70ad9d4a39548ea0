args: sensitivity examples/negotiated-prices.yaml
exit: 0
stdout-has: from a total of $46,728.82 ($62,288.33 at list prices, a negotiated saving of $15,559.51)
