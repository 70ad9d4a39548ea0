args: estimate examples/negotiated-prices.yaml --format csv
exit: 0
stdout-exact: negotiated.csv
stdout-has: Workload,Model,Component,Quantity,Unit,List price,Discount,Unit price,Monthly cost,under_capacity
stderr-has: genaicost: warning: anthropic.claude-3-haiku-20240307-v1:0 was retired on 2026-09-10 (AWS end of life); priced at the sheet's last prices
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20240620-v1:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
