args: sensitivity examples/negotiated-prices.yaml --format json
exit: 0
stdout-has: "list_total": 62288.333333333336,
stdout-has: "negotiated_saving": 15559.512000000002,
