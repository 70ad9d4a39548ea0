args: estimate examples/negotiated-prices.yaml --format json
exit: 0
stdout-exact: negotiated.json
stdout-has: "list_unit_price": 0.00025
stdout-has: "list_total": 
stderr-has: genaicost: warning: anthropic.claude-3-haiku-20240307-v1:0 was retired on 2026-09-10 (AWS end of life); priced at the sheet's last prices
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20240620-v1:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
