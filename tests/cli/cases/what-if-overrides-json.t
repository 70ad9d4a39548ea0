args: what-if examples/negotiated-prices.yaml --set pricing_overrides.discount=20% --format json
exit: 0
stdout-has: "list_total_before": 62288.333333333336,
stdout-has: "negotiated_saving_before": 15559.512000000002,
stdout-has: "negotiated_saving_after": 19807.586666666662,
