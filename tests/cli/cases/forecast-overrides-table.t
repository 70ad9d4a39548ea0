args: forecast examples/negotiated-prices.yaml --months 3
exit: 0
stdout-has: Month  Deployment  Growth factor  Units  Needed  Monthly cost   Cumulative  Owed after     At list      Saving
stdout-has:     3  baseline           1.0000      2       -    $46,728.82  $140,186.46       $0.00  $62,288.33  $15,559.51
stdout-has: At list prices the 3 months cost $186,865.00; pricing_overrides save $46,678.54 of it.
