args: what-if examples/negotiated-prices.yaml --sweep pricing_overrides.discount=0:20%:3 --format csv
exit: 0
stdout-has: pricing_overrides.discount,baseline,edp-at-15,no-edp,baseline under_capacity,edp-at-15 under_capacity,no-edp under_capacity,baseline list_total,edp-at-15 list_total,no-edp list_total
stdout-has: 0.2,42480.74666666667,42480.74666666667,42480.74666666667,false,false,false,62288.333333333336,62288.333333333336,62288.333333333336
