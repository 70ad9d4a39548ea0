args: check examples/negotiated-prices.yaml --budget 40000
exit: 1
stdout-has: no-edp       $53,100.93  $62,288.33   $9,187.40
