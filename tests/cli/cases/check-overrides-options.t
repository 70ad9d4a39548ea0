args: check examples/negotiated-prices.yaml --budget 50000
exit: 0
stdout-has: Option     Monthly cost     At list      Saving
stdout-has: edp-at-15    $45,135.79  $62,288.33  $17,152.54
