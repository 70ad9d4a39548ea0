args: estimate examples/negotiated-prices.yaml --format csv
exit: 0
stdout-exact: negotiated.csv
stdout-has: Workload,Model,Component,Quantity,Unit,List price,Discount,Unit price,Monthly cost,under_capacity
stderr-empty
