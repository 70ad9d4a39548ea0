args: compare examples/negotiated-prices.yaml --format csv
exit: 0
stdout-has: Option,Region,Monthly cost,Change,Change %,list_total,negotiated_saving,under_capacity
stdout-has: baseline,us-east-1,46728.82133333333,0,0,62288.333333333336,15559.512000000002,false
